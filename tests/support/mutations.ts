import type {Knowledge, Person} from '../../packages/knowledge/src/index.js'
import type {Article} from './fixtures.js'

/**
 * One fault put into an article: replace `[start, end)` of the original with
 * `replacement`. The mutated text is `value.slice(0, start) + replacement +
 * value.slice(end)`; the fault then spans `[start, start + replacement.length)`.
 */
export interface Mutation {
  article: Article
  /** Kind of fault (`vowel`, `drop`, `double`, `transliteration`, …), for the report. */
  kind: string
  start: number
  end: number
  replacement: string
  /** Offsets of the injected fault in the mutated text (default: the whole replacement). */
  fault?: [number, number]
  /** What a fix at the finding's span must give back (names: the canonical name). */
  canonical?: string
  /** Who or what was changed, for the report. */
  subject: string
}

/** The mutated text of `mutation`. */
export function applyMutation(mutation: Mutation): string {
  const value = mutation.article.value
  return value.slice(0, mutation.start) + mutation.replacement + value.slice(mutation.end)
}

/** Offsets of the injected fault in the mutated text. */
export function faultSpan(mutation: Mutation): [number, number] {
  return mutation.fault ?? [mutation.start, mutation.start + mutation.replacement.length]
}

/** A seeded generator (mulberry32): the same seed gives the same injections on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** `list` in a seeded random order (Fisher–Yates). */
export function shuffle<T>(list: ReadonlyArray<T>, random: () => number): T[] {
  const result = [...list]
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    const swap = result[index]!
    result[index] = result[other]!
    result[other] = swap
  }
  return result
}

/**
 * Pick up to `count` items, taking from each group in turn (each group
 * shuffled), so that every article and every mention gets a share before any
 * gets a second one.
 */
export function roundRobin<T>(groups: ReadonlyArray<ReadonlyArray<T>>, count: number, random: () => number): T[] {
  const queues = shuffle(
    groups.filter((group) => group.length > 0).map((group) => shuffle(group, random)),
    random
  )
  const picked: T[] = []
  let round = 0
  while (picked.length < count) {
    let took = false
    for (const queue of queues) {
      const item = queue[round]
      if (item === undefined) continue
      picked.push(item)
      took = true
      if (picked.length === count) break
    }
    if (!took) break
    round++
  }
  return picked
}

/** One occurrence of a known person's canonical full name in an article. */
export interface NameOccurrence {
  person: Person
  start: number
  end: number
}

const letter = /[\p{L}\p{M}]/u

/** Every occurrence of a known person's canonical name, as a whole name (not inside a longer word). */
export function findNameOccurrences(text: string, knowledge: Knowledge): NameOccurrence[] {
  const found: NameOccurrence[] = []
  for (const person of knowledge.people) {
    // A full name is a given name and a surname; a monarch's regnal name ("Elizabeth II") has neither.
    if (!person.given || !person.name.includes(' ')) continue
    let from = 0
    for (;;) {
      const start = text.indexOf(person.name, from)
      if (start === -1) break
      const end = start + person.name.length
      from = end
      if (letter.test(text.charAt(start - 1)) || letter.test(text.charAt(end))) continue
      // A longer known name around this one ("Kim Jong Un" in "Kim Jong Un's") is fine; one inside another person's name is not this person.
      found.push({person, start, end})
    }
  }
  // Where two known names overlap, the longer is the one written.
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: NameOccurrence[] = []
  for (const occurrence of found) {
    const last = kept.at(-1)
    if (last && occurrence.start < last.end) continue
    kept.push(occurrence)
  }
  return kept
}
