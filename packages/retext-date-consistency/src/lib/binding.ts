import {eventAt, looksVerbal, type EventPhrase} from './event-phrase.js'
import {
  adverbs,
  auxiliaries,
  beForms,
  boundaryPrepositions,
  clauseWords,
  modals,
  negations,
  prepositions,
  relativePronouns,
  speechVerbs,
  verbWords,
  type Phase,
  type VerbEntry
} from './lexicon.js'
import type {Temporal} from './temporal.js'
import type {Item} from './tokens.js'

/** Tense of a verb group, as far as it matters here. */
export type Tense = 'past' | 'future' | 'neutral'

/**
 * The verbs before a day: auxiliaries and the main verb.
 */
export interface VerbGroup {
  /** First item (an auxiliary or the verb). */
  first: number
  /** The main verb's item. */
  main: number
  kind: VerbEntry['kind'] | 'copula'
  tense: Tense
  /** `could`, `may`, `might`…: a possibility. */
  modal: boolean
  negated: boolean
  /** “was scheduled to”, “originally”: a plan that may have changed. */
  formerPlan: boolean
  /** “is now set for”, “will instead begin”: the day has been changed. */
  revised: boolean
}

/**
 * What a day in a sentence is the day of.
 */
export interface Binding {
  /** The event whose day it is, if any. */
  event?: EventPhrase
  /** The verb group that governs the day, if found. */
  verb?: VerbGroup
  /** Phase of the event the verb speaks of. */
  phase: Phase
  /** The day a statement was made (“said on Friday”). */
  statement: boolean
  /** First and last item of the phrase to report (`began on Monday`, `Monday's vote`, `On Monday, the talks began`). */
  first: number
  last: number
}

/** Items read leftwards from a day looking for its verb or event. */
const longestReach = 10
/** Items read leftwards from a verb looking for its subject. */
const longestSubject = 14

/** Words after a form of “be” that make a plan (“is scheduled to”). */
const planWords = new Set(['scheduled', 'set', 'due', 'expected', 'planned', 'slated', 'going', 'poised', 'likely', 'about', 'supposed'])
const plainPlanVerbs = new Set(['scheduled', 'set', 'due', 'planned', 'slated', 'fixed'])
const presentBe = new Set(['is', 'are', 'am', "'s", "'re"])
const pastBe = new Set(['was', 'were'])
const futureWords = new Set(['will', "'ll", 'shall', "won't"])
const perfectWords = new Set(['has', 'have', 'had', "'ve", 'did'])
const conditionalWords = new Set(['would', "'d", "wouldn't"])

/**
 * Find what the day `temporal` is the day of: an event (“the talks, which
 * began on Monday”), a statement (“said on Friday”), another action, or
 * nothing that can be told.
 */
export function bindTemporal(items: ReadonlyArray<Item>, temporal: Temporal): Binding | undefined {
  const before = items[temporal.first - 1]
  if (before?.kind === 'word' && boundaryPrepositions.has(before.key)) return undefined
  if (before?.key === 'of' && boundaryPrepositions.has(items[temporal.first - 2]?.key ?? '')) return undefined

  const modifier = asModifier(items, temporal)
  if (modifier) return modifier

  for (let index = temporal.first - 1; index >= 0 && temporal.first - index <= longestReach; index--) {
    const item = items[index]!
    if (item.kind !== 'word') return forward(items, temporal)
    const key = item.key
    const event = eventAt(items, index)
    if (event) return withEvent(items, event, temporal.last)
    const entry = verbEntry(items, index)
    if (entry) return withVerb(items, index, entry, temporal.last)
    if (beForms.has(key)) return withVerb(items, index, undefined, temporal.last)
    // “after the election in a farewell address on Saturday”: the day is the
    // nearer phrase's, which the indefinite article after a preposition opens.
    if ((key === 'a' || key === 'an') && prepositions.has(items[index - 1]?.key ?? '')) return undefined
    if (prepositions.has(key) || adverbs.has(key)) continue
    if (auxiliaries.has(key) || clauseWords.has(key) || looksVerbal(item)) return undefined
  }

  return forward(items, temporal)
}

/**
 * The verb entry at `index`, with its particle when it needs one (“took
 * place”); a verb without its particle counts as some other action.
 */
function verbEntry(items: ReadonlyArray<Item>, index: number): VerbEntry | undefined {
  const entry = verbWords.get(items[index]!.key)
  if (!entry) return undefined
  if (entry.particle && items[index + 1]?.key !== entry.particle) return {kind: 'actor', form: entry.form}
  return entry
}

/** “Monday's talks”, “the Jan. 10 vote”: the day modifies the event noun after it. */
function asModifier(items: ReadonlyArray<Item>, temporal: Temporal): Binding | undefined {
  const possessive = items[temporal.last]!.possessive
  const determiner = items[temporal.first - 1]
  if (!possessive && !(determiner?.kind === 'word' && (determiner.key === 'the' || determiner.key === 'this'))) {
    return undefined
  }

  for (let index = temporal.last + 1; index <= temporal.last + 3 && index < items.length; index++) {
    const event = eventAt(items, index)
    if (event) {
      // The event's own determiner after the day (“the Monday after the vote”) makes it another phrase.
      if (event.first > temporal.last + 1) return undefined
      return {event: {...event, first: temporal.first}, phase: 'generic', statement: false, first: temporal.first, last: index}
    }

    if (items[index]!.kind !== 'word' || verbWords.has(items[index]!.key)) return undefined
  }

  return undefined
}

/** A day found after an event phrase (“the vote on Tuesday”, “will hold talks on Monday”). */
function withEvent(items: ReadonlyArray<Item>, event: EventPhrase, last: number): Binding | undefined {
  let index = event.first - 1
  while (index >= 0 && adverbs.has(items[index]!.key)) index--
  const before = items[index]
  if (before?.kind === 'word') {
    const entry = verbEntry(items, index)
    if (entry && (entry.kind === 'begin' || entry.kind === 'end' || entry.kind === 'generic')) {
      const verb = verbGroup(items, index, entry)
      if (verb.modal || verb.negated || verb.formerPlan) return undefined
      return {event, verb, phase: entry.kind, statement: false, first: verb.first, last}
    }

    // “discussed the vote on Monday”: the day may be the discussion's; but in
    // “said the vote on Monday was close” the phrase is the subject of what was said.
    if (entry || looksVerbal(before) || speechVerbs.has(before.key)) {
      const after = items[last + 1]
      const subject = after?.kind === 'word' && (auxiliaries.has(after.key) || beForms.has(after.key) || verbWords.has(after.key))
      if (!subject || !speechVerbs.has(before.key)) return undefined
    }
  }

  return {event, phase: 'generic', statement: false, first: event.first, last}
}

/** A day found after a verb (“began on Monday”, “said on Friday”). */
function withVerb(
  items: ReadonlyArray<Item>,
  index: number,
  entry: VerbEntry | undefined,
  last: number
): Binding | undefined {
  const verb = verbGroup(items, index, entry)
  if (verb.negated || verb.modal) return undefined
  if (verb.kind === 'actor' || verb.kind === 'resume' || verb.kind === 'reschedule') {
    return {verb, phase: 'generic', statement: speechVerbs.has(items[index]!.key), first: verb.first, last}
  }

  if (verb.formerPlan) return undefined
  const event = subjectOf(items, verb.first, verb.first === verb.main)
  const phase: Phase = verb.kind === 'copula' ? 'generic' : verb.kind
  return event ? {event, verb, phase, statement: false, first: verb.first, last} : {verb, phase, statement: false, first: verb.first, last}
}

/**
 * “On Monday, the talks began in Geneva”: a day that opens the sentence
 * belongs to the clause after its comma.
 */
function forward(items: ReadonlyArray<Item>, temporal: Temporal): Binding | undefined {
  for (let index = 0; index < temporal.first; index++) {
    const item = items[index]!
    if (item.kind !== 'word' || !(item.key === 'on' || item.key === 'late' || item.key === 'early')) return undefined
  }

  if (items[temporal.last + 1]?.key !== ',') return undefined
  let event: EventPhrase | undefined
  for (let index = temporal.last + 2; index < items.length && index <= temporal.last + 16; index++) {
    const item = items[index]!
    if (item.kind !== 'word') return undefined
    const entry = verbEntry(items, index)
    if (!event) {
      event = eventAt(items, index)
      if (!event && (entry || auxiliaries.has(item.key) || clauseWords.has(item.key) || looksVerbal(item))) {
        return undefined
      }

      continue
    }

    // Auxiliaries lead to the main verb. A form of “be” as the verb (“On Monday, the
    // vote was close”) says nothing about the day of the event.
    if (!entry && auxiliaries.has(item.key)) continue
    if (entry) {
      const verb = verbGroup(items, index, entry)
      if (verb.negated || verb.modal || verb.formerPlan) return undefined
      if (verb.kind !== 'begin' && verb.kind !== 'end' && verb.kind !== 'generic') return undefined
      return {event, verb, phase: verb.kind, statement: false, first: 0, last: particleEnd(items, index)}
    }

    if (clauseWords.has(item.key) || looksVerbal(item)) return undefined
  }

  return undefined
}

/**
 * The auxiliaries before the main verb at `main`, and what they say about
 * tense, possibility and negation.
 */
export function verbGroup(items: ReadonlyArray<Item>, main: number, entry: VerbEntry | undefined): VerbGroup {
  const keys: string[] = []
  let first = main
  for (let index = main - 1; index >= 0 && main - index <= 6; index--) {
    const item = items[index]!
    if (item.kind !== 'word' || !(auxiliaries.has(item.key) || adverbs.has(item.key) || negations.has(item.key))) break
    keys.unshift(item.key)
    first = index
  }

  // “to” opens the group only after a plan word or a form of “be” (“are to begin”);
  // otherwise it is the infinitive of some other verb (“agreed to begin”).
  const mainKey = items[main]!.key
  const has = (words: ReadonlySet<string>) => keys.some((key) => words.has(key))
  const negated = has(negations)
  const modal = has(modals)
  const planIndex = keys.findIndex((key) => planWords.has(key))
  const beBeforePlan = planIndex > 0 ? keys[planIndex - 1] : undefined
  const formerPlan =
    keys.includes('originally') ||
    keys.includes('initially') ||
    (planIndex > 0 && (pastBe.has(beBeforePlan ?? '') || keys.slice(0, planIndex).includes('been'))) ||
    (entry !== undefined && plainPlanVerbs.has(mainKey) && keys.some((key) => pastBe.has(key) || key === 'been'))

  let tense: Tense = 'neutral'
  if (has(futureWords)) tense = 'future'
  else if (has(conditionalWords)) tense = 'neutral'
  else if (planIndex > 0 && presentBe.has(beBeforePlan ?? '')) tense = 'future'
  else if (keys.length >= 2 && presentBe.has(keys.at(-2) ?? '') && keys.at(-1) === 'to') tense = 'future'
  else if (entry && plainPlanVerbs.has(mainKey)) tense = keys.some((key) => presentBe.has(key)) ? 'future' : 'neutral'
  else if (has(perfectWords) || keys.some((key) => pastBe.has(key))) tense = 'past'
  else if (keys.length === 0 || keys.every((key) => adverbs.has(key))) {
    if (entry) tense = entry.form === 'past' || entry.form === 'past-or-participle' ? 'past' : 'neutral'
    else tense = pastBe.has(mainKey) ? 'past' : 'neutral'
  }

  const revised = keys.includes('now') || keys.includes('again') || keys.includes('instead')
  return {first, main, kind: entry ? entry.kind : 'copula', tense, modal, negated, formerPlan, revised}
}

/**
 * The event that is the subject of the verb group starting at `start`:
 * “the talks will begin”, “the talks, which began”, “the talks, Blinken said
 * on Friday, will begin”.
 */
function subjectOf(items: ReadonlyArray<Item>, start: number, bare: boolean): EventPhrase | undefined {
  let index = start - 1
  let skips = 0
  while (index >= 0 && start - index <= longestSubject * 2) {
    const item = items[index]!
    if (item.kind === 'word' && adverbs.has(item.key)) {
      index--
      continue
    }

    if (item.kind === 'word' && relativePronouns.has(item.key)) {
      let antecedent = index - 1
      if (items[antecedent]?.key === ',') antecedent--
      return antecedent >= 0 ? eventAt(items, antecedent) : undefined
    }

    if (item.key === ',' && skips < 2) {
      const opening = parenthetical(items, index)
      // “the vote, held on Tuesday”: a bare participle after a comma describes the noun before it.
      if (opening === undefined) return bare && skips === 0 ? eventAt(items, index - 1) : undefined
      skips++
      index = opening - 1
      continue
    }

    return nearestSubject(items, index)
  }

  return undefined
}

/** Where a parenthetical clause that ends with the comma at `comma` opens (its comma), if it is one. */
function parenthetical(items: ReadonlyArray<Item>, comma: number): number | undefined {
  for (let index = comma - 1; index >= 0 && comma - index <= longestSubject; index--) {
    const item = items[index]!
    if (item.key !== ',') continue
    const opener = items[index + 1]
    if (!opener) return undefined
    if (opener.key === 'which' || opener.key === 'who' || opener.key === 'where' || opener.key === 'when') return index
    for (let inner = index + 1; inner < comma; inner++) {
      if (speechVerbs.has(items[inner]!.key)) return index
    }

    return undefined
  }

  return undefined
}

/** The event noun ending the subject phrase that ends at `end`, with no verb between. */
function nearestSubject(items: ReadonlyArray<Item>, end: number): EventPhrase | undefined {
  for (let index = end; index >= 0 && end - index <= longestSubject; index--) {
    const item = items[index]!
    if (item.kind !== 'word') return undefined
    const event = eventAt(items, index)
    if (event) {
      const before = items[event.first - 1]
      // “delegates to the talks will begin”: the event sits in a phrase of another noun.
      if (before?.kind === 'word' && prepositions.has(before.key)) return undefined
      return event
    }

    const key = item.key
    if (clauseWords.has(key) || auxiliaries.has(key) || verbWords.has(key) || beForms.has(key) || looksVerbal(item)) {
      return undefined
    }
  }

  return undefined
}

/**
 * The main verb's last item, with its particle (“kicked off”, “took place”).
 */
export function particleEnd(items: ReadonlyArray<Item>, main: number): number {
  const entry = verbWords.get(items[main]!.key)
  return entry?.particle !== undefined && items[main + 1]?.key === entry.particle ? main + 1 : main
}
