/**
 * Word lists the rule reads. Every lookup is a `Set`/`Map` hit on a lower-cased
 * word, built once when the module loads.
 */

/** Phase of an event a verb speaks of. */
export type Phase = 'begin' | 'end' | 'generic'

/** Verb form, for telling tense. */
export type Form = 'base' | 'third' | 'past' | 'participle' | 'past-or-participle' | 'ing'

/** A verb the rule knows. */
export interface VerbEntry {
  /** `begin`, `end`, `generic`; `resume` and `reschedule` are never compared; `actor` verbs take a person or body as subject. */
  kind: Phase | 'resume' | 'reschedule' | 'actor'
  form: Form
  /** A particle that must follow (`kicked off`, `wrapped up`, `took place`). */
  particle?: string
}

/** Weekday names by number (0 = Sunday), full and abbreviated. */
export const weekdayWords: ReadonlyMap<string, number> = new Map([
  ['sunday', 0],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6]
])

/** Abbreviated weekdays, trusted only beside a calendar date (“Sun” is also a newspaper). */
export const weekdayAbbreviations: ReadonlyMap<string, number> = new Map([
  ['sun', 0],
  ['mon', 1],
  ['tue', 2],
  ['tues', 2],
  ['wed', 3],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['fri', 5],
  ['sat', 6]
])

/** Month names and their news abbreviations, by number. */
export const monthWords: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12]
])

/** Days counted from the document date. */
export const relativeDayWords: ReadonlyMap<string, number> = new Map([
  ['yesterday', -1],
  ['today', 0],
  ['tonight', 0],
  ['tomorrow', 1]
])

/** Words before a weekday or a unit that place it in time. */
export const anchorWords: ReadonlyMap<string, 'last' | 'next' | 'this'> = new Map([
  ['last', 'last'],
  ['past', 'last'],
  ['previous', 'last'],
  ['next', 'next'],
  ['coming', 'next'],
  ['this', 'this']
])

/** Units a relative phrase counts in (“last year”, “next week”). */
export const unitWords: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend'])

/**
 * Words that make a sentence worth a closer look. A sentence without one of
 * these never reaches chrono.
 */
export const cueWords: ReadonlySet<string> = new Set([
  ...weekdayWords.keys(),
  ...weekdayAbbreviations.keys(),
  ...monthWords.keys(),
  ...relativeDayWords.keys(),
  'hour',
  'ago',
  'year',
  'week',
  'month',
  'weekend'
])

/**
 * Nouns that name an event held on a day. `point`: the event happens once, on
 * one day (a vote, a funeral); others may run over several days (talks, a
 * summit), so two days for them are not a contradiction by themselves.
 */
export const eventNouns: ReadonlyMap<string, {lemma: string; point: boolean}> = new Map(
  (
    [
      ['talks', false],
      ['negotiations', false],
      ['summit', false],
      ['conference', false],
      ['hearing', false],
      ['trial', false],
      ['visit', false],
      ['strike', false],
      ['session', false],
      ['congress', false],
      ['meeting', true],
      ['vote', true],
      ['ballot', true],
      ['election', true],
      ['referendum', true],
      ['runoff', true],
      ['debate', true],
      ['ceremony', true],
      ['inauguration', true],
      ['funeral', true],
      ['dinner', true],
      ['rally', true],
      ['launch', true],
      ['signing', true],
      ['speech', true],
      ['parade', true],
      ['wedding', true],
      ['sentencing', true],
      ['caucus', true],
      ['caucuses', true]
    ] as const
  ).map(([word, point]) => [word, {lemma: word, point}])
)

/** Words before an event noun that show it is used as a verb (“will vote”, “is meeting”). */
export const verbalBefore: ReadonlySet<string> = new Set([
  'will',
  "'ll",
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'to',
  'did',
  'does',
  'do',
  'not',
  "n't",
  "won't",
  "didn't",
  "don't",
  "doesn't",
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'it',
  'who'
])

/** Forms of “be”, which make an `-ing` event noun a verb (“was meeting”). */
export const beForms: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"])

/** Determiners of an event noun phrase. */
export const determiners: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'that',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'another',
  'every',
  'each',
  'no',
  'any',
  'some',
  'both',
  'all'
])

/** Adjectives that describe an event without telling it apart from another one. */
export const plainAdjectives: ReadonlySet<string> = new Set([
  'high-level',
  'top-level',
  'low-level',
  'senior-level',
  'formal',
  'informal',
  'planned',
  'scheduled',
  'upcoming',
  'crucial',
  'key',
  'important',
  'critical',
  'bilateral',
  'multilateral',
  'direct',
  'face-to-face',
  'closed-door',
  'preliminary',
  'expected',
  'proposed',
  'anticipated',
  'much-anticipated',
  'long-awaited',
  'tense',
  'diplomatic',
  'official',
  'landmark',
  'historic',
  'marathon',
  'so-called',
  'much-awaited',
  'high-stakes',
  'delicate',
  'difficult',
  'intense',
  'crunch',
  'rare',
  'special',
  'same',
  'such'
])

/** Modifiers that make an event one of several (“the second round”, “a new vote”). */
export const instanceWords: ReadonlySet<string> = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'next',
  'previous',
  'latest',
  'last',
  'final',
  'new',
  'further',
  'fresh',
  'another',
  'earlier',
  'later',
  'subsequent',
  'follow-up',
  'initial',
  'other',
  'recent',
  'past',
  'annual'
])

/** Modifiers that make an event last several days. */
export const multiDayWords: ReadonlySet<string> = new Set([
  'two-day',
  'three-day',
  'four-day',
  'five-day',
  'multi-day',
  'multiday',
  'week-long',
  'weeklong',
  'days-long',
  'weeks-long',
  'month-long',
  'monthlong'
])

/** Nouns standing between an ordinal and “of talks” (“the second round of talks”). */
export const roundWords: ReadonlySet<string> = new Set(['round', 'rounds', 'day', 'session'])

/** Prepositions that keep a day from being the day of the event (“until Monday”, “since Monday”). */
export const boundaryPrepositions: ReadonlySet<string> = new Set([
  'from',
  'until',
  'till',
  'til',
  'by',
  'before',
  'after',
  'since',
  'through',
  'thru',
  'between',
  'ahead',
  'following',
  'over',
  'past',
  'beyond',
  'around',
  'as',
  'than'
])

/** Words that make a day recurring (“every Monday”). */
export const recurringBefore: ReadonlySet<string> = new Set(['every', 'each', 'most', 'some', 'other'])

/** Plural time words after a weekday that make it recurring (“Monday nights”). */
export const recurringAfter: ReadonlySet<string> = new Set(['nights', 'mornings', 'evenings', 'afternoons'])

/** Prepositions between a day and its verb (“begin in Geneva on Sunday”). */
export const prepositions: ReadonlySet<string> = new Set([
  'in',
  'at',
  'on',
  'for',
  'to',
  'into',
  'with',
  'of',
  'near',
  'outside',
  'inside',
  'across',
  'about',
  'over',
  'under',
  'between',
  'among',
  'against',
  'within',
  'without',
  'via',
  'per',
  'amid',
  'during',
  'toward',
  'towards',
  'behind',
  'beside'
])

/** Negations inside a verb group. */
export const negations: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'never',
  "won't",
  "wouldn't",
  "didn't",
  "don't",
  "doesn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "hasn't",
  "haven't",
  "hadn't",
  "can't",
  'cannot',
  "couldn't",
  "shouldn't",
  'no'
])

/** Auxiliaries and particles of a verb group. */
export const auxiliaries: ReadonlySet<string> = new Set([
  ...negations,
  'will',
  "'ll",
  'shall',
  'would',
  "'d",
  'could',
  'may',
  'might',
  'should',
  'must',
  'can',
  'is',
  'are',
  'am',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  "'re",
  'has',
  'have',
  'had',
  "'ve",
  'do',
  'does',
  'did',
  'to',
  'going',
  'scheduled',
  'set',
  'due',
  'expected',
  'planned',
  'slated',
  'supposed',
  'likely',
  'poised',
  'about',
  'able',
  'originally',
  'initially',
  'first'
])

/** Adverbs allowed inside a verb group. */
export const adverbs: ReadonlySet<string> = new Set([
  'also',
  'now',
  'still',
  'already',
  'just',
  'finally',
  'officially',
  'formally',
  'reportedly',
  'only',
  'then',
  'eventually',
  'quietly',
  'again',
  'actually',
  'indeed',
  'instead',
  'due',
  'probably',
  'certainly'
])

/** Modal verbs: a day after one of these is a possibility, not a fact or a plan. */
export const modals: ReadonlySet<string> = new Set([
  'could',
  'may',
  'might',
  'should',
  'must',
  'can',
  "can't",
  'cannot',
  "couldn't",
  "shouldn't"
])


/** Words that mark a changed date (“postponed”, “originally”): the event may truly have had two days. */
export const rescheduleWords: ReadonlySet<string> = new Set([
  'postpone',
  'postpones',
  'postponed',
  'postponing',
  'postponement',
  'delay',
  'delays',
  'delayed',
  'delaying',
  'reschedule',
  'reschedules',
  'rescheduled',
  'rescheduling',
  'moved',
  'brought',
  'pushed',
  'cancel',
  'cancels',
  'cancelled',
  'canceled',
  'cancellation',
  'adjourned',
  'suspended',
  'scrubbed',
  'scrapped',
  'originally',
  'initially',
  'instead',
  'rather',
  'again',
  'resume',
  'resumed',
  'resumes',
  'reconvene',
  'reconvened'
])

/** Clause boundary words: a subject is not looked for across them. */
export const clauseWords: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'if',
  'unless',
  'but',
  'so',
  'since',
  'after',
  'before',
  'until',
  'as',
  'where',
  'said',
  'says',
  'according'
])

/** Relative pronouns opening a clause about the noun before them. */
export const relativePronouns: ReadonlySet<string> = new Set(['which', 'that'])

function verbs(kind: VerbEntry['kind'], forms: Partial<Record<Form, string[]>>, particle?: string) {
  const entries: Array<[string, VerbEntry]> = []
  for (const [form, words] of Object.entries(forms) as Array<[Form, string[]]>) {
    for (const word of words) {
      entries.push([word, particle ? {kind, form, particle} : {kind, form}])
    }
  }

  return entries
}

/** Verbs the rule reads, by lower-cased form. */
export const verbWords: ReadonlyMap<string, VerbEntry> = new Map([
  ...verbs('begin', {
    base: ['begin', 'start', 'open', 'commence', 'convene'],
    third: ['begins', 'starts', 'opens', 'commences', 'convenes'],
    past: ['began'],
    participle: ['begun'],
    'past-or-participle': ['started', 'opened', 'commenced', 'convened'],
    ing: ['beginning', 'starting', 'opening', 'commencing', 'convening']
  }),
  ...verbs(
    'begin',
    {base: ['kick'], third: ['kicks'], 'past-or-participle': ['kicked'], ing: ['kicking']},
    'off'
  ),
  ...verbs('end', {
    base: ['end', 'conclude', 'close', 'finish'],
    third: ['ends', 'concludes', 'closes', 'finishes'],
    'past-or-participle': ['ended', 'concluded', 'closed', 'finished'],
    ing: ['ending', 'concluding', 'closing', 'finishing']
  }),
  ...verbs('end', {base: ['wrap'], third: ['wraps'], 'past-or-participle': ['wrapped'], ing: ['wrapping']}, 'up'),
  ...verbs('generic', {
    base: ['hold', 'happen', 'occur'],
    third: ['holds', 'happens', 'occurs'],
    'past-or-participle': ['held', 'happened', 'occurred', 'scheduled', 'slated', 'planned', 'fixed', 'set', 'due'],
    ing: ['holding', 'happening', 'occurring']
  }),
  ...verbs(
    'generic',
    {base: ['take'], third: ['takes'], past: ['took'], participle: ['taken'], ing: ['taking']},
    'place'
  ),
  ...verbs('resume', {
    base: ['resume', 'restart', 'reconvene', 'continue', 'reopen'],
    third: ['resumes', 'restarts', 'reconvenes', 'continues', 'reopens'],
    'past-or-participle': ['resumed', 'restarted', 'reconvened', 'continued', 'reopened'],
    ing: ['resuming', 'restarting', 'reconvening', 'continuing', 'reopening']
  }),
  ...verbs('reschedule', {
    base: ['postpone', 'delay', 'reschedule', 'cancel', 'move', 'push', 'bring', 'adjourn', 'suspend'],
    third: ['postpones', 'delays', 'reschedules', 'cancels', 'moves', 'pushes', 'brings', 'adjourns', 'suspends'],
    'past-or-participle': [
      'postponed',
      'delayed',
      'rescheduled',
      'cancelled',
      'canceled',
      'moved',
      'pushed',
      'brought',
      'adjourned',
      'suspended'
    ],
    ing: ['postponing', 'delaying', 'rescheduling', 'cancelling', 'canceling', 'moving', 'pushing', 'bringing']
  }),
  ...verbs('actor', {
    base: [
      'say',
      'tell',
      'meet',
      'visit',
      'speak',
      'write',
      'announce',
      'dine',
      'arrive',
      'leave',
      'travel',
      'fly',
      'return',
      'sign',
      'agree',
      'call',
      'warn',
      'vote',
      'attend',
      'host',
      'see',
      'go',
      'come',
      'send',
      'give',
      'make',
      'discuss'
    ],
    third: [
      'says',
      'tells',
      'meets',
      'visits',
      'speaks',
      'writes',
      'announces',
      'dines',
      'arrives',
      'leaves',
      'travels',
      'flies',
      'returns',
      'signs',
      'agrees',
      'calls',
      'warns',
      'votes',
      'attends',
      'hosts',
      'sees',
      'goes',
      'comes',
      'sends',
      'gives',
      'makes',
      'discusses'
    ],
    past: ['said', 'told', 'met', 'spoke', 'wrote', 'flew', 'left', 'sent', 'gave', 'made', 'came', 'went', 'saw', 'sought', 'thought'],
    'past-or-participle': [
      'announced',
      'added',
      'stated',
      'declared',
      'tweeted',
      'posted',
      'warned',
      'confirmed',
      'reported',
      'noted',
      'insisted',
      'explained',
      'argued',
      'claimed',
      'denied',
      'acknowledged',
      'indicated',
      'suggested',
      'predicted',
      'promised',
      'pledged',
      'vowed',
      'agreed',
      'decided',
      'signaled',
      'signalled',
      'revealed',
      'disclosed',
      'conceded',
      'replied',
      'responded',
      'asked',
      'urged',
      'called',
      'briefed',
      'dined',
      'visited',
      'arrived',
      'travelled',
      'traveled',
      'returned',
      'signed',
      'voted',
      'attended',
      'hosted',
      'discussed'
    ],
    participle: ['spoken', 'written', 'flown', 'sent', 'given', 'made', 'seen', 'gone', 'come'],
    ing: ['saying', 'telling', 'speaking', 'writing', 'announcing', 'dining', 'arriving', 'leaving', 'travelling', 'traveling', 'flying', 'returning', 'signing', 'voting', 'attending', 'hosting', 'discussing']
  })
])

/** Verbs of saying: a day beside one of these is the day of the statement. */
export const speechVerbs: ReadonlySet<string> = new Set([
  'say',
  'says',
  'said',
  'saying',
  'tell',
  'tells',
  'told',
  'telling',
  'announce',
  'announces',
  'announced',
  'added',
  'stated',
  'declared',
  'tweeted',
  'posted',
  'warned',
  'warns',
  'confirmed',
  'reported',
  'noted',
  'insisted',
  'explained',
  'argued',
  'claimed',
  'according',
  'wrote',
  'writes'
])
