import {formerMarkers, titleHeads, titleModifiers} from './lexicon/titles.js'
import {connectors, functionWords, particles} from './lexicon/words.js'

/**
 * What a word is, as bits, one number per word of a block. The readers scan
 * every word of the text several times; testing these bits in a compact
 * array, instead of each word's object and its key in a set, keeps the scans
 * from reading the whole text back from memory each time.
 */
export const capital = 1
/** Capitalised, not an acronym, no digits. */
export const nameWord = 2
export const particle = 4
export const functionWord = 8
export const connector = 16
/** A title word or former marker (`minister`, `deputy`, `former`, `ex-president`). */
export const titleOpener = 32
/** The key holds a digit. */
export const digit = 64
/** Capitals only: `NATO`, `U.S.`, `ALSO`. */
export const acronym = 128
/** The word opens its sentence. */
export const opensSentence = 256
/** The word ends in a possessive `'s`. */
export const possessive = 512
/** The word's separator is `space`. */
export const spaceAfter = 1024
/** The key holds a hyphen (`former-president-elect` reads as a title after its prefix). */
export const hyphen = 2048

/** Words a title may open with, for one lookup per word of the text. */
const titleOpeners = new Set([...titleHeads, ...titleModifiers, ...formerMarkers])

/** The key's bits other than `capital` and `nameWord`, which come from the word as written. */
export function keyFlags(key: string): number {
  let flags = 0
  if (particles.has(key)) flags |= particle
  if (functionWords.has(key)) flags |= functionWord
  if (connectors.has(key)) flags |= connector
  if (opensTitle(key)) flags |= titleOpener
  if (hasDigit(key)) flags |= digit
  if (key.includes('-')) flags |= hyphen
  return flags
}

/** A title word, a former marker, or a hyphenated word that may be one (`ex-president`, `vice-chancellor`). */
export function opensTitle(key: string): boolean {
  if (titleOpeners.has(key)) return true
  if (!key.includes('-')) return false
  const part = key.slice(key.lastIndexOf('-') + 1)
  return titleHeads.has(part) || titleModifiers.has(part) || key.startsWith('ex-') || key.startsWith('then-')
}

function hasDigit(key: string): boolean {
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index)
    if (code >= 48 && code <= 57) return true
  }

  return false
}
