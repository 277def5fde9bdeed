import {givenNames} from './lexicon/given-names.js'
import {countryWords, placeWords} from './lexicon/places.js'
import {formerMarkers, titleHeads, titleModifiers} from './lexicon/titles.js'
import {calendarWords, connectors, functionWords, particles, thingWords} from './lexicon/words.js'

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
/** A word never in a person's name by its key: a weekday, a country, a place (`classify.ts` `isHardStop`). */
export const hardStop = 4096
/** A word that ends names of things, a calendar word or a title word (`classify.ts` `isSoftStop`). */
export const softStop = 8192
/** A frequent given name. */
export const givenName = 16_384

/** Words a title may open with, for one lookup per word of the text. */
const titleOpeners = new Set([...titleHeads, ...titleModifiers, ...formerMarkers])

/** The key's bits other than those of the word as written (`capital`, `nameWord`, `acronym`) or of its place. */
export function keyFlags(key: string): number {
  let flags = 0
  if (particles.has(key)) flags |= particle
  if (functionWords.has(key)) flags |= functionWord
  if (connectors.has(key)) flags |= connector
  if (opensTitle(key)) flags |= titleOpener
  if (hasDigit(key)) flags |= digit
  if (key.includes('-')) flags |= hyphen
  if ((calendarWords.has(key) && key.endsWith('day')) || countryWords.has(key) || placeWords.has(key)) flags |= hardStop
  if (thingWords.has(key) || calendarWords.has(key) || isTitleHead(key) || isTitleModifier(key)) flags |= softStop
  if (givenNames.has(key)) flags |= givenName
  return flags
}

/** The key of the part of a hyphenated word that carries its meaning (`secretary-general` stays whole). */
function lastPart(key: string): string {
  const index = key.lastIndexOf('-')
  return index === -1 ? key : key.slice(index + 1)
}

/** Whether the word is a title head (`minister`, `secretary-general`, `co-founder`). */
export function isTitleHead(key: string): boolean {
  return titleHeads.has(key) || (key.includes('-') && titleHeads.has(lastPart(key)))
}

/** Whether the word narrows a title (`deputy`, `foreign`). */
export function isTitleModifier(key: string): boolean {
  return titleModifiers.has(key) || (key.includes('-') && titleModifiers.has(lastPart(key)))
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
