import {addDays, monthNames, parseIsoDate, weekdayNames, weekdayOf} from '../../packages/document-date/src/index.js'
import type {Article} from './fixtures.js'
import type {Mutation} from './mutations.js'
import {articleDate} from './title-mutations.js'

/** An event the article gives one day, as the date rule left it on a clean run. */
export interface DatedEventLike {
  lemma: string
  phase: 'begin' | 'end' | 'generic'
  tense: string
  point?: boolean
  place: {end: {offset?: number}}
}

const weekdayPattern = /\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![,’'])/g

/** Whether `offset` falls inside a quotation of its paragraph (days quoted are the speaker's, not the copy's). */
function quoted(text: string, offset: number): boolean {
  const paragraphStart = text.lastIndexOf('\n', offset) + 1
  const before = text.slice(paragraphStart, offset)
  const straight = (before.match(/"/g) ?? []).length
  const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length
  return straight % 2 === 1 || opened > 0
}

/**
 * “on Tuesday” given a calendar date that falls on another weekday: “on
 * Tuesday, July 16” where July 16 of the article's year is a Thursday. The
 * date is within six days of the dateline, as wire copy dates events.
 */
export function weekdayMutations(article: Article): Mutation[][] {
  const iso = articleDate(article)
  const dateline = iso ? parseIsoDate(iso) : undefined
  if (!dateline) return []
  const groups: Mutation[][] = []
  for (const match of article.value.matchAll(weekdayPattern)) {
    const start = match.index
    // The dateline's own line and quotations are left alone.
    if (quoted(article.value, start)) continue
    const written = weekdayNames.indexOf(match[1]!)
    const end = start + match[0].length
    const group: Mutation[] = []
    for (let shift = -6; shift <= 6; shift++) {
      const day = addDays(dateline, shift)
      if (weekdayOf(day) === written) continue
      const withYear = shift % 2 === 0
      const date = `${monthNames[day.month]} ${day.day}${withYear ? `, ${day.year}` : ''}`
      group.push({
        article,
        kind: 'weekday against date',
        start: end,
        end,
        replacement: `, ${date}`,
        fault: [start + 3, end + 2 + date.length],
        subject: `${match[0]} → ${match[0]}, ${date} (a ${weekdayNames[weekdayOf(day)]})`
      })
    }
    groups.push(group)
  }

  return groups
}

const verbs: Record<DatedEventLike['phase'], {past: string; future: string}> = {
  begin: {past: 'began', future: 'will begin'},
  end: {past: 'ended', future: 'will end'},
  generic: {past: 'took place', future: 'will take place'}
}

/**
 * A second, different day for an event the article dates: a sentence put
 * after the one that dates it, in the same tense, naming another weekday.
 * Events that may run over several days (talks, a summit) have no one day to
 * contradict, unless the article gives their start or end.
 */
export function secondDayMutations(article: Article, events: ReadonlyArray<DatedEventLike & {day: {weekday?: number}}>): Mutation[][] {
  const groups: Mutation[][] = []
  for (const event of events) {
    if (event.phase === 'generic' && !event.point) continue
    const weekday = event.day.weekday
    const phraseEnd = event.place.end.offset
    if (weekday === undefined || phraseEnd === undefined) continue
    const sentenceEnd = /[.!?]["”’]?(?=\s|$)/.exec(article.value.slice(phraseEnd))
    if (!sentenceEnd) continue
    const at = phraseEnd + sentenceEnd.index + sentenceEnd[0].length
    const verb = event.tense === 'future' ? verbs[event.phase].future : verbs[event.phase].past
    const group: Mutation[] = []
    for (let shift = 1; shift <= 3; shift++) {
      const other = weekdayNames[(weekday + shift * 2) % 7]!
      const sentence = ` The ${event.lemma} ${verb} on ${other}.`
      group.push({
        article,
        kind: 'second day',
        start: at,
        end: at,
        replacement: sentence,
        subject: `${event.lemma} on ${weekdayNames[weekday]} →${sentence}`
      })
    }
    groups.push(group)
  }

  return groups
}

/** Events that last a day or less: “took place on Monday” gives them one day. */
const pointNouns = new Set(['meeting', 'vote', 'election', 'ceremony', 'hearing', 'dinner', 'debate', 'referendum'])

const statedPattern =
  /\b(talks|summit|meeting|conference|vote|election|ceremony|hearing|session|negotiations|dinner|debate|referendum)\b[^.;!?"“”\n]{0,80}?\b(began|opened|started|ended|closed|concluded|took place|was held|were held|will begin|will open|will start|will end|will close|will take place|will be held) on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g

const restated: Record<string, string> = {
  began: 'began',
  opened: 'began',
  started: 'began',
  ended: 'ended',
  closed: 'ended',
  concluded: 'ended',
  'took place': 'took place',
  'was held': 'took place',
  'were held': 'took place',
  'will begin': 'will begin',
  'will open': 'will begin',
  'will start': 'will begin',
  'will end': 'will end',
  'will close': 'will end',
  'will take place': 'will take place',
  'will be held': 'will take place'
}

/**
 * The same as `secondDayMutations`, for events found in the text itself
 * rather than by the rule: an event noun, then within the clause a verb of
 * beginning, ending or taking place “on” a weekday (“The talks, which began on
 * Friday”). A sentence restating the event with another weekday goes after it.
 */
export function statedSecondDayMutations(article: Article): Mutation[][] {
  const groups: Mutation[][] = []
  for (const match of article.value.matchAll(statedPattern)) {
    const [, noun, verb, day] = match as unknown as [string, string, string, string]
    if (quoted(article.value, match.index)) continue
    const said = restated[verb]!
    if ((said === 'took place' || said === 'will take place') && !pointNouns.has(noun)) continue
    const phraseEnd = match.index + match[0].length
    const sentenceEnd = /[.!?]["”’]?(?=\s|$)/.exec(article.value.slice(phraseEnd))
    if (!sentenceEnd) continue
    const at = phraseEnd + sentenceEnd.index + sentenceEnd[0].length
    const weekday = weekdayNames.indexOf(day)
    const group: Mutation[] = []
    for (let shift = 1; shift <= 3; shift++) {
      const sentence = ` The ${noun} ${said} on ${weekdayNames[(weekday + shift * 2) % 7]!}.`
      group.push({article, kind: 'second day (text)', start: at, end: at, replacement: sentence, subject: `${noun} ${verb} on ${day} →${sentence}`})
    }
    groups.push(group)
  }

  return groups
}
