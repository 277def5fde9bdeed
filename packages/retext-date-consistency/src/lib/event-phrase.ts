import {
  anchorWords,
  auxiliaries,
  beForms,
  clauseWords,
  cueWords,
  determiners,
  eventNouns,
  instanceWords,
  multiDayWords,
  plainAdjectives,
  prepositions,
  relativeDayWords,
  roundWords,
  speechVerbs,
  unitWords,
  verbalBefore,
  verbWords,
  weekdayWords
} from './lexicon.js'
import type {Item} from './tokens.js'

/**
 * A noun phrase naming an event: “the talks”, “the Senate vote”, “this week's
 * high-level talks”.
 */
export interface EventPhrase {
  /** Item of the event noun. */
  head: number
  /** First item of the phrase (its determiner or first modifier). */
  first: number
  /** The event noun (`talks`, `vote`). */
  lemma: string
  /** Held on one day (a vote), not over several (talks). */
  point: boolean
  /** Modifiers that tell one such event from another (`senate`, `geneva`, `peace`), lower case. */
  descriptor: string[]
  /** A time written in the phrase (`this week`, `2022`). */
  time?: string
  /** Which of several (`second`, `next`, `another`). */
  instance?: string
  /** Introduced with `a`/`an`. */
  indefinite: boolean
  /** “every meeting”, “each vote”. */
  recurring: boolean
}

/** Words that end a noun phrase when read leftwards from its noun. */
const phraseStops: ReadonlySet<string> = new Set([
  ...prepositions,
  ...clauseWords,
  ...auxiliaries,
  ...verbalBefore,
  ...speechVerbs,
  'and',
  'or',
  'nor',
  'but',
  'than'
])

/** Modifiers read at most, leftwards from the noun. */
const longestPhrase = 6

/**
 * The event phrase whose noun is item `head`, or `undefined` when that item is
 * no event noun or is used as a verb (“will vote”, “was meeting”).
 */
export function eventAt(items: ReadonlyArray<Item>, head: number): EventPhrase | undefined {
  const noun = items[head]
  if (!noun || noun.kind !== 'word' || noun.possessive) return undefined
  const entry = eventNouns.get(noun.key)
  if (!entry) return undefined
  const before = items[head - 1]
  if (before?.kind === 'word') {
    if (verbalBefore.has(before.key)) return undefined
    if (noun.key.endsWith('ing') && beForms.has(before.key)) return undefined
  }

  const phrase: EventPhrase = {
    head,
    first: head,
    lemma: entry.lemma,
    point: entry.point,
    descriptor: [],
    indefinite: false,
    recurring: false
  }

  let index = head - 1
  // “the second round of talks”: the ordinal belongs to the round.
  if (items[index]?.key === 'of' && roundWords.has(items[index - 1]?.key ?? '')) {
    phrase.instance = items[index - 1]!.key
    index -= 2
  }

  for (; index >= 0 && head - index <= longestPhrase; index--) {
    const item = items[index]!
    if (item.kind !== 'word') {
      break
    }

    const key = item.key
    if (determiners.has(key)) {
      phrase.first = index
      if (key === 'a' || key === 'an') phrase.indefinite = true
      if (key === 'another') phrase.instance = `another@${head}`
      if (key === 'every' || key === 'each') phrase.recurring = true
      break
    }

    if (item.possessive && (unitWords.has(key) || weekdayWords.has(key) || relativeDayWords.has(key))) {
      // “this week's talks”, “Monday's vote”.
      const anchor = items[index - 1]
      const anchored = anchor?.kind === 'word' && anchorWords.has(anchor.key)
      phrase.time = anchored ? `${anchor.key} ${key}` : key
      phrase.first = anchored ? index - 1 : index
      if (anchored) index--
      continue
    }

    if (instanceWords.has(key)) {
      phrase.instance = phrase.instance ? `${key} ${phrase.instance}` : key
      phrase.first = index
      continue
    }

    if (multiDayWords.has(key)) {
      phrase.point = false
      phrase.first = index
      continue
    }

    if (plainAdjectives.has(key)) {
      phrase.first = index
      continue
    }

    if (/^\d{4}$/.test(key)) {
      phrase.time = key
      phrase.first = index
      continue
    }

    if (phraseStops.has(key) || verbWords.has(key) || /^\d/.test(key) || looksVerbal(item)) break
    phrase.descriptor.push(key)
    phrase.first = index
  }

  postModifiers(items, head, phrase.descriptor)
  return phrase
}

/** Prepositions whose phrase after an event noun tells the event apart (“the trial of his aide”). */
const describingPrepositions: ReadonlySet<string> = new Set(['of', 'on', 'over', 'between', 'with', 'among', 'about', 'in'])
/** Words of a describing phrase read at most. */
const longestDescription = 6

/**
 * Add the content words of the phrases after the noun (“of his aide”, “in the
 * House”, “on the budget”) to `descriptor`. A place or body after `in` counts
 * only when capitalised (“in the House”, not “in the morning”); a day or date
 * ends the phrase, as it is the event's day, not its name.
 */
function postModifiers(items: ReadonlyArray<Item>, head: number, descriptor: string[]) {
  let index = head + 1
  let read = 0
  while (index < items.length && read < longestDescription) {
    const preposition = items[index]!
    if (preposition.kind !== 'word' || !describingPrepositions.has(preposition.key)) return
    index++
    let words = 0
    for (; index < items.length && read < longestDescription; index++, read++) {
      const item = items[index]!
      const key = item.key
      if (item.kind !== 'word' || cueWords.has(key) || /^\d/.test(key)) return
      if (determiners.has(key) || key === 'and' || key === 'his' || key === 'her') continue
      if (describingPrepositions.has(key)) break
      if (phraseStops.has(key) || verbWords.has(key) || beForms.has(key) || looksVerbal(item)) return
      if (preposition.key === 'in' && !item.capitalised) return
      descriptor.push(key)
      words++
    }

    if (words === 0) return
  }
}

/** Lower-case words ending in `-ed` or `-ing` that are not verb forms. */
const notVerbal: ReadonlySet<string> = new Set(['hundred', 'sacred', 'naked', 'wicked', 'rugged', 'beloved', 'kindred', 'morning', 'evening', 'building', 'meeting', 'hearing', 'signing', 'sentencing', 'spring', 'string', 'thing', 'nothing', 'something', 'anything', 'everything', 'during', 'king', 'ring', 'wing', 'ceiling', 'funding', 'training', 'opening', 'ending', 'beginning', 'warning', 'briefing', 'bombing', 'shooting', 'killing', 'fighting', 'uprising', 'wording', 'feeling', 'offering', 'landing'])

/**
 * Whether an unknown lower-case word looks like a verb form (`dismissed`,
 * `leaving`), which ends a phrase and a scan.
 */
export function looksVerbal(item: Item): boolean {
  const key = item.key
  if (item.kind !== 'word' || item.capitalised || notVerbal.has(key)) return false
  if (plainAdjectives.has(key) || multiDayWords.has(key)) return false
  return (/[^e]ed$/.test(key) && key.length > 4) || (/ing$/.test(key) && key.length > 5 && !key.includes('-'))
}

/**
 * Whether two phrases can name the same event: same noun, same instance, no
 * clashing time, and descriptors where one includes the other.
 */
export function samePhraseEvent(
  a: Pick<EventPhrase, 'lemma' | 'descriptor' | 'time' | 'instance' | 'indefinite'>,
  b: Pick<EventPhrase, 'lemma' | 'descriptor' | 'time' | 'instance' | 'indefinite'>
): boolean {
  if (a.lemma !== b.lemma) return false
  if (a.indefinite && b.indefinite) return false
  if (a.instance !== b.instance) return false
  if (a.time !== undefined && b.time !== undefined && a.time !== b.time) return false
  return descriptorsAgree(a.descriptor, b.descriptor)
}

/**
 * Whether one descriptor's words include the other's.
 */
export function descriptorsAgree(a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean {
  if (a.length === 0 || b.length === 0) return true
  const [small, large] = a.length <= b.length ? [a, b] : [b, a]
  return small.every((word) => large.includes(word))
}
