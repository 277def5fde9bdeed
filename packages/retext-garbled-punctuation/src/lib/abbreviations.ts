import {abbreviations as bundled} from '../data/abbreviations.js'
import {isUpper} from './chars.js'

/** Looks up the word before a full stop. */
export interface AbbreviationIndex {
  has(word: string): boolean
}

/**
 * Index the bundled abbreviations and `extra` once: lower-case entries match
 * in any case, capitalised entries only a capitalised word.
 */
export function createAbbreviationIndex(extra: ReadonlyArray<string>): AbbreviationIndex {
  const anyCase = new Set<string>()
  const capitalised = new Set<string>()
  for (const entry of [...bundled, ...extra]) {
    const word = entry.endsWith('.') ? entry.slice(0, -1) : entry
    if (word.length === 0) continue
    ;(isUpper(word.charCodeAt(0)) ? capitalised : anyCase).add(word.toLowerCase())
  }

  return {
    has(word) {
      const lower = word.toLowerCase()
      return anyCase.has(lower) || (capitalised.has(lower) && isUpper(word.charCodeAt(0)))
    }
  }
}
