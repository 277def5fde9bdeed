import type {Position} from 'unist'
import type {Phase} from './lexicon.js'
import type {Tense} from './binding.js'
import {describeDay, differentDays, type DayValue} from './context.js'
import {descriptorsAgree, samePhraseEvent, type EventPhrase} from './event-phrase.js'

/**
 * An event given a day somewhere in a document: what a file leaves in
 * `file.data.copydeskDatedEvents` for checks across a story package.
 */
export interface DatedEvent extends Pick<EventPhrase, 'lemma' | 'point' | 'descriptor' | 'time' | 'instance' | 'indefinite'> {
  phase: Phase
  tense: Tense
  day: DayValue
  /** The phrase that gives the day (`began on Monday`). */
  place: Position
  /** The source text at `place`. */
  actual: string
  /** Sentence number in its document. */
  sentence: number
}

/**
 * The dated events of one document, and the events it says were moved
 * (postponed, delayed, originally set for another day), whose two days are
 * then no contradiction.
 */
export interface DatedEvents {
  events: DatedEvent[]
  rescheduled: string[]
  /** The document's date (`YYYY-MM-DD`), when it is known to the day. */
  date?: string
}

declare module 'vfile' {
  interface DataMap {
    /** Dated events found by `date-consistency`, read by its corpus check. */
    copydeskDatedEvents: DatedEvents
  }
}

/**
 * How two mentions of one event disagree.
 */
export interface Disagreement {
  days: boolean
  tenses: boolean
}

/** Earlier mentions of the same event noun compared with each new one; bounds the work per mention. */
export const comparedAtMost = 32

/**
 * Whether `later` and `earlier` speak of one event and disagree about its day
 * or, within one document, about whether it is past or still to come.
 */
export function disagreement(
  later: DatedEvent,
  earlier: DatedEvent,
  sameDocument: boolean,
  ambiguous: ReadonlySet<string>
): Disagreement | undefined {
  if (!samePhraseEvent(later, earlier)) return undefined
  // A bare “the vote” in a story with a Senate vote and a House vote could be either.
  if (ambiguous.has(later.lemma) && (later.descriptor.length === 0 || earlier.descriptor.length === 0)) return undefined
  if (later.phase !== earlier.phase) return undefined
  // Talks or a summit may run over several days; only their start or end has one day.
  if (later.phase === 'generic' && !(later.point && earlier.point)) return undefined
  const days = differentDays(later.day, earlier.day, sameDocument)
  const tenses =
    sameDocument &&
    ((later.tense === 'past' && earlier.tense === 'future') || (later.tense === 'future' && earlier.tense === 'past'))
  return days || tenses ? {days, tenses} : undefined
}

/**
 * Event nouns that appear with descriptors that cannot name one event
 * (“Senate vote”, “House vote”).
 */
export function ambiguousLemmas(events: Iterable<DatedEvent>): Set<string> {
  const seen = new Map<string, string[][]>()
  const ambiguous = new Set<string>()
  for (const event of events) {
    if (event.descriptor.length === 0 || ambiguous.has(event.lemma)) continue
    const list = seen.get(event.lemma) ?? []
    if (list.some((other) => !descriptorsAgree(other, event.descriptor))) ambiguous.add(event.lemma)
    else if (list.length < comparedAtMost) list.push(event.descriptor)
    seen.set(event.lemma, list)
  }

  return ambiguous
}

const verbForms: Record<Phase, {base: string; participle: string}> = {
  begin: {base: 'begin', participle: 'begun'},
  end: {base: 'end', participle: 'ended'},
  generic: {base: 'take place', participle: 'taken place'}
}

/**
 * The reason for a disagreement: `Unexpected \`began on Monday\` for the
 * talks: line 13 has \`are scheduled to begin in Geneva on Sunday\`; one
 * event cannot begin on two different days, nor have begun already and still
 * be to come`.
 */
export function disagreementReason(later: DatedEvent, earlier: DatedEvent, where: string, found: Disagreement): string {
  const {base, participle} = verbForms[later.phase]
  const clauses: string[] = []
  if (found.days) clauses.push(`cannot ${base} on two different days`)
  if (found.tenses) clauses.push(`${found.days ? 'nor' : 'cannot'} have ${participle} already and still be to come`)
  const resolutions = [later.day, earlier.day]
    .filter((day) => day.resolution !== undefined)
    .map((day) => describeDay(day))
  return (
    `Unexpected \`${later.actual}\` for the ${later.lemma}: ${where} has \`${earlier.actual}\`; one event ${clauses.join(', ')}` +
    (found.days && resolutions.length > 0 ? ` (${resolutions.join('; ')})` : '')
  )
}
