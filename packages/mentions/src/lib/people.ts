import type {Person} from '@copydesk/knowledge'
import type {Lookups} from './lookups.js'
import {
  isGivenNameWord,
  isHardStop,
  isInitial,
  isNameWord,
  isParticle,
  isSoftStop,
  placeLength
} from './classify.js'
import {appositiveAfter, honorificBefore, sayingAround, titleBefore} from './cues.js'
import {editDistance, isRespelling} from './distance.js'
import type {BlockState} from './state.js'
import {
  nameWord as nameWordFlag,
  opensSentence,
  particle as particleFlag,
  possessive as possessiveFlag,
  spaceAfter
} from './word-flags.js'
import {fold as foldName, type WordToken} from './tokens.js'

/** The most words (particles included) a person's name is read to have. */
const longestName = 6
/** The most name words (particles not counted). */
const mostNameWords = 4

/**
 * A person's name found in a block.
 */
export interface FoundName {
  block: number
  start: number
  end: number
  /** Folded last word (the surname key used for back-references). */
  key: string
  /** Exact knowledge entry. */
  person?: Person
  /** Only a surname (with its particles). */
  single: boolean
  /** The earlier full name a surname refers back to. */
  antecedent?: FoundName
}

/** Text of words `[start, end)` as written, without a closing possessive. */
export function spanText(value: string, words: ReadonlyArray<WordToken>, start: number, end: number): string {
  const first = words[start]
  const last = words[end - 1]
  if (!first || !last) return ''
  // One word is its `core`, the same characters: no copy, and its hash is known.
  if (first === last) return first.core
  return value.slice(first.offset, last.coreEndOffset)
}

/**
 * Runs of words that may be one name: capitalised words, initials and particles
 * joined by single spaces, ending at a possessive. Words already taken (by an
 * organisation) split runs. Written to `runs` as `[start, end, start, end, …]`
 * from its start (what lies past them is left over from earlier blocks); returns
 * how many numbers it wrote.
 */
export function nameRuns(state: BlockState, runs: number[]): number {
  // Flat pairs of start and end in one array for all blocks, not one per run
  // or per block. Read from the bits alone: this runs twice over every word of the text.
  let count = 0
  const {flags} = state
  const size = flags.length
  let index = 0
  while (index < size) {
    // Only a name word or a particle opens a name; most words are neither.
    if (!(flags[index]! & (nameWordFlag | particleFlag)) || !continuesName(state, index)) {
      index++
      continue
    }

    let end = index + 1
    // A run goes on past single spaces, not past a possessive.
    while (end < size && (flags[end - 1]! & (spaceAfter | possessiveFlag)) === spaceAfter && continuesName(state, end)) end++
    // A run may not end on a particle.
    while (end > index && flags[end - 1]! & particleFlag) end--
    if (end > index) {
      runs[count++] = index
      runs[count++] = end
    }

    index = Math.max(end, index + 1)
  }

  return count
}

/**
 * Whether a name may go on (or start) at word `index`: a name word, or a
 * particle leading into one ("de Gaulle", "von der Leyen"), not yet taken.
 */
function continuesName(state: BlockState, index: number): boolean {
  const bits = state.flags[index]
  if (bits === undefined || state.used[index]) return false
  if (bits & nameWordFlag) return true
  return (bits & (particleFlag | spaceAfter)) === (particleFlag | spaceAfter) && continuesName(state, index + 1)
}

/**
 * Find full names (two or more name words) in one run: exact knowledge matches
 * first, then, between them, names read from cues. Left to right, without
 * recursion, so a run of any length is safe.
 */
export function findFullNames(
  state: BlockState,
  from: number,
  to: number,
  knowledge: Lookups | undefined,
  found: FoundName[]
): void {
  let cursor = from
  if (knowledge) {
    let start = from
    while (start < to) {
      const exact = exactName(state, start, to, knowledge)
      if (!exact) {
        start++
        continue
      }

      readNames(state, cursor, start, knowledge, found)
      add(state, found, start, exact.end, exact.person)
      cursor = exact.end
      start = exact.end
    }
  }

  readNames(state, cursor, to, knowledge, found)
}

/** The longest name at `start` the knowledge knows exactly. */
function exactName(
  state: BlockState,
  start: number,
  to: number,
  knowledge: Lookups
): {end: number; person: Person} | undefined {
  for (let end = Math.min(to, start + longestName); end > start; end--) {
    if (!wellFormed(state.words, start, end)) continue
    const person = knowledge.personByName(spanText(state.value, state.words, start, end))
    if (person) return {end, person}
  }

  return undefined
}

/** Names read from cues in words `[from, to)`, longest first, left to right. */
function readNames(
  state: BlockState,
  from: number,
  to: number,
  knowledge: Lookups | undefined,
  found: FoundName[]
): void {
  let start = from
  outer: while (start < to) {
    // "Councillor Amara Okafor": a name starts at its given name, not before it.
    if (!opensName(state.words[start]!) && laterGivenName(state.words, start + 1, Math.min(to, start + longestName) - 1)) {
      start++
      continue
    }

    for (let end = Math.min(to, start + longestName); end > start + 1; end--) {
      if (!wellFormed(state.words, start, end)) continue
      if (nameWords(state.words, start, end) < 2) continue
      if (!readsAsFullName(state, start, end, knowledge)) continue
      add(state, found, start, end, undefined)
      start = end
      continue outer
    }

    start++
  }
}

function add(
  state: BlockState,
  found: FoundName[],
  start: number,
  end: number,
  person: Person | undefined
): void {
  const name: FoundName = {
    block: state.block,
    start,
    end,
    key: state.words[end - 1]?.key ?? '',
    single: nameWords(state.words, start, end) === 1
  }
  if (person) name.person = person
  found.push(name)
  for (let index = start; index < end; index++) state.used[index] = 'name'
}

function opensName(word: WordToken): boolean {
  return isGivenNameWord(word) || isInitial(word)
}

/** Whether a given name stands at one of `[start, end)`. */
function laterGivenName(words: ReadonlyArray<WordToken>, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (isGivenNameWord(words[index]!)) return true
  return false
}

/** A name neither starts nor ends on a particle, and has at most four name words. */
function wellFormed(words: ReadonlyArray<WordToken>, start: number, end: number): boolean {
  const first = words[start]
  const last = words[end - 1]
  if (!first || !last || isParticle(last)) return false
  if (isParticle(first) && end - start < 2) return false
  return nameWords(words, start, end) <= mostNameWords
}

function nameWords(words: ReadonlyArray<WordToken>, start: number, end: number): number {
  let count = 0
  for (let index = start; index < end; index++) if (!isParticle(words[index]!)) count++
  return count
}

/**
 * Whether words `[start, end)` read as one person's full name: no word that cannot
 * be in a name, and some evidence (a given name or initial first, a title, a verb
 * of saying, an appositive, an honorific, or a close known name).
 */
function readsAsFullName(
  state: BlockState,
  start: number,
  end: number,
  knowledge: Lookups | undefined
): boolean {
  const {words} = state
  // The words other than particles, counted in place: this runs for every
  // capitalised stretch of the text.
  let first: WordToken | undefined
  let parts = 0
  for (let index = start; index < end; index++) {
    const word = words[index]!
    if (isParticle(word)) continue
    first ??= word
    parts++
  }

  if (!first) return false
  const strongFirst = isGivenNameWord(first) || isInitial(first)

  for (let index = start; index < end; index++) {
    if (placeLength(words, index, end) > 1) return false
  }

  let position = -1
  for (let index = start; index < end; index++) {
    const word = words[index]!
    if (isParticle(word)) continue
    position++
    if (isInitial(word)) continue
    if (isHardStop(word)) {
      if (position === 0 && isGivenNameWord(word)) continue
      return false
    }

    if (isSoftStop(word)) {
      if (position === parts - 1 && parts === 2 && (strongFirst || givenOfKnownSurname(first, word, knowledge))) continue
      return false
    }
  }

  if (strongFirst) return true
  if (knowledge && knowledge.isKnownNamePart(first.core)) return true
  if (honorificBefore(words, start) || sayingAround(words, start, end)) return true
  if (titleBefore(state, start, end, knowledge)) return true
  if (appositiveAfter(words, end, knowledge)) return true
  if (knowledge) {
    const text = spanText(state.value, words, start, end)
    if (knowledge.similarPeople(text, {maxDistance: 2}).length > 0) return true
  }

  return false
}

/**
 * Whether `given` is, or is a slip away from, the given name of someone the
 * knowledge knows by `surname`: “Therea May” is a name although “May” alone
 * is a month.
 */
function givenOfKnownSurname(given: WordToken, surname: WordToken, knowledge: Lookups | undefined): boolean {
  if (!knowledge) return false
  for (const person of knowledge.peopleBySurname(surname.core)) {
    const key = person.given?.split(/\s+/)[0]
    if (key && editDistance(given.key, foldName(key)) <= 2) return true
  }

  return false
}

/**
 * The full names read so far, in document order, by folded surname: what a
 * surname standing alone may refer back to.
 */
export class Antecedents {
  private readonly names: FoundName[]
  private readonly offsets: number[]
  private readonly offsetByName = new Map<FoundName, number>()
  private next = 0
  private readonly byKey = new Map<string, FoundName>()
  /** Surname keys read so far by first letter, in the order first read. */
  private readonly byInitial = new Map<string, string[]>()
  /**
   * For a word's key: how many keys of its first letter it has been compared
   * with, and those it respells. A surname recurs through a story: each key is
   * compared with each earlier surname once, not once per occurrence.
   */
  private readonly respellings = new Map<string, {checked: number; keys: string[]}>()

  constructor(fullNames: ReadonlyArray<FoundName>, offsetOf: (name: FoundName) => number) {
    this.offsets = []
    this.names = [...fullNames]
      .map((name) => ({name, offset: offsetOf(name)}))
      .sort((a, b) => a.offset - b.offset)
      .map((item) => {
        this.offsets.push(item.offset)
        this.offsetByName.set(item.name, item.offset)
        return item.name
      })
  }

  /** The latest full name before `offset` with this surname, or one respelling it. */
  find(word: WordToken, knowledge: Lookups | undefined): FoundName | undefined {
    const offset = word.offset
    while (this.next < this.names.length && this.offsets[this.next]! < offset) {
      const name = this.names[this.next]!
      if (!this.byKey.has(name.key)) {
        const initial = this.byInitial.get(name.key[0] ?? '')
        if (initial) initial.push(name.key)
        else this.byInitial.set(name.key[0] ?? '', [name.key])
      }

      this.byKey.set(name.key, name)
      this.next++
    }

    if (isHardStop(word) || !isNameWord(word) || isInitial(word)) return undefined
    const same = this.byKey.get(word.key)
    if (same) return same
    if (isSoftStop(word)) return undefined
    let respelt: FoundName | undefined
    for (const key of this.respelt(word.key)) {
      const candidate = this.byKey.get(key)!
      if (!respelt || this.offsetOf(candidate) > this.offsetOf(respelt)) respelt = candidate
    }

    if (!respelt) return undefined
    // A surname the knowledge gives to someone else is not a respelling.
    if (knowledge && respelt.person) {
      const others = knowledge.peopleBySurname(word.core)
      if (others.length > 0 && !others.includes(respelt.person)) return undefined
    }

    return respelt
  }

  /** Keys read so far that `key` respells, in the order they were first read. */
  private respelt(key: string): string[] {
    const initial = this.byInitial.get(key[0] ?? '') ?? []
    let known = this.respellings.get(key)
    if (!known) {
      known = {checked: 0, keys: []}
      this.respellings.set(key, known)
    }

    for (; known.checked < initial.length; known.checked++) {
      const other = initial[known.checked]!
      if (Math.abs(other.length - key.length) <= 2 && isRespelling(other, key)) known.keys.push(other)
    }

    return known.keys
  }

  private offsetOf(name: FoundName): number {
    return this.offsetByName.get(name) ?? 0
  }
}

/**
 * Find surnames standing alone: a back-reference to an earlier full name (also
 * when respelt: "Riabkov" after "Sergei Ryabkov"), a title or honorific before,
 * a verb of saying, or a surname the knowledge knows. Blocks must come in
 * document order.
 */
export function findSurnames(
  state: BlockState,
  from: number,
  to: number,
  knowledge: Lookups | undefined,
  antecedents: Antecedents,
  found: FoundName[]
): void {
  const {words} = state
  for (let index = from; index < to; index++) {
    const word = words[index]
    if (!word || state.used[index] || isParticle(word)) continue
    // "United" of "United States", "New" of "New Delhi".
    if (placeLength(words, index, words.length) > 0) continue
    let start = index
    while (start > from && isParticle(words[start - 1]!) && !state.used[start - 1]) start--
    const antecedent = antecedents.find(word, knowledge)
    if (!antecedent && !readsAsSurname(state, start, index + 1, knowledge)) continue
    const name: FoundName = {block: state.block, start, end: index + 1, key: word.key, single: true}
    if (antecedent) {
      name.antecedent = antecedent
      if (antecedent.person && antecedent.key === word.key) name.person = antecedent.person
    }

    found.push(name)
    for (let position = start; position <= index; position++) state.used[position] = 'name'
  }
}

function readsAsSurname(
  state: BlockState,
  start: number,
  end: number,
  knowledge: Lookups | undefined
): boolean {
  const {words} = state
  const word = words[end - 1]
  if (!word || isHardStop(word) || isSoftStop(word) || isInitial(word)) return false
  if (honorificBefore(words, start)) return true
  const title = titleBefore(state, start, end, knowledge)
  if (title && !title.weak) return true
  // A capital that opens a sentence says nothing: "Officials said", "Ban further expansion".
  const opens = ((words[start]?.flags ?? 0) & opensSentence) !== 0
  if (!opens && sayingAround(words, start, end)) return true
  if (!knowledge || knowledge.peopleBySurname(word.core).length === 0) return false
  return !opens || word.possessive || sayingAround(words, start, end)
}
