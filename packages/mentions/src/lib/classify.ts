import {countryWords, placeWords} from './lexicon/places.js'
import {weakHeads} from './lexicon/titles.js'
import {unknownPlaces, type WordToken} from './tokens.js'
import {acronym, capital, digit, functionWord, givenName, hardStop, nameWord, particle, softStop} from './word-flags.js'

export {isTitleHead, isTitleModifier} from './word-flags.js'

/** The longest place or country phrase, in words ("united states of america"). */
const longestPlace = 4

/** Whether the word starts with a capital (or is a prefixed name such as `al-Assad`). */
export function isCapitalised(word: WordToken): boolean {
  return (word.flags & capital) !== 0
}

/** An initial: `J.` or `J`. */
export function isInitial(word: WordToken): boolean {
  const core = word.core
  if (core.length > 2 || !(word.flags & capital) || core === 'I') return false
  // Two characters are an initial only with a dot, or as one astral capital:
  // settle "He", "US", "It" without the pattern.
  if (core.length === 2 && core.charCodeAt(1) !== 46 && (core.charCodeAt(0) & 0xfc00) !== 0xd800) return false
  return /^\p{Lu}\.?$/u.test(core)
}

/** An acronym or a word in capitals (`NATO`, `U.S.`, `ALSO`): not part of a person's name. */
export function isAcronym(word: WordToken): boolean {
  return (word.flags & acronym) !== 0
}

/** Whether the word is a lower-case name particle (`de`, `van`, `von`, `bin`). */
export function isParticle(word: WordToken): boolean {
  return (word.flags & particle) !== 0
}

/** A word that can be part of a person's name as written. */
export function isNameWord(word: WordToken): boolean {
  return (word.flags & nameWord) !== 0
}

/** Whether the head is one that also reads as a surname or an ordinary noun (`King`, `General`). */
export function isWeakHead(key: string): boolean {
  return weakHeads.has(key)
}

/** A frequent given name (`anthony`, `sergei`), from the word's bits. */
export function isGivenNameWord(word: WordToken): boolean {
  return (word.flags & givenName) !== 0
}

/** Every phrase that opens a country or place phrase ("united", "united states"): longer phrases need one. */
const placePrefixes = new Set<string>()
for (const phrase of [...countryWords.keys(), ...placeWords]) {
  const parts = phrase.split(' ')
  for (let size = 1; size <= parts.length; size++) placePrefixes.add(parts.slice(0, size).join(' '))
}

/**
 * How many words from `index` (before `limit`) form a country or place phrase
 * (`United States`, `New Delhi`, `Russia`); 0 when none does. A possessive may only
 * close the phrase.
 */
export function placeLength(words: ReadonlyArray<WordToken>, index: number, limit: number): number {
  const word = index < 0 ? undefined : words[index]
  // Places are written with capitals ("New Delhi"); lower-case words never open one.
  if (!word || !(word.flags & capital)) return 0
  // Worked out when first asked and kept in the token: most words never are asked.
  let mask = word.places
  if (mask === unknownPlaces) {
    mask = placeMask(words, index)
    word.places = mask
  }

  for (let size = Math.min(longestPlace, limit - index); size > 0; size--) {
    if (mask & (1 << size)) return size
  }

  return 0
}

/** Bit `n` set when the `n` words from `index` are a place phrase. */
function placeMask(words: ReadonlyArray<WordToken>, index: number): number {
  const first = words[index]
  // Places are written with capitals ("New Delhi"); lower-case words never open one.
  if (!first || !(first.flags & capital)) return 0
  let phrase = ''
  let mask = 0
  for (let size = 1; size <= longestPlace && index + size <= words.length; size++) {
    const word = words[index + size - 1]
    if (!word) break
    phrase = size === 1 ? word.key : phrase + ' ' + word.key
    if (!placePrefixes.has(phrase)) break
    if (countryWords.has(phrase) || placeWords.has(phrase)) mask |= 1 << size
    if (word.possessive || word.separator !== 'space') break
  }

  return mask
}

/** Words that can never be part of a person's name wherever they stand. */
export function isHardStop(word: WordToken): boolean {
  return (word.flags & (functionWord | acronym | digit | hardStop)) !== 0
}

/** Words that end names of things ("House", "War") or are months: a surname only after a given name. */
export function isSoftStop(word: WordToken): boolean {
  return (word.flags & softStop) !== 0
}
