import {isApostrophe, isDigit, isLetter, isLineBreak, isSpace, isUpper, isWordPart, maxWord} from './chars.js'

/** Length of the word that ends at `end` (not before `from`), or 0 when longer than `maxWord`. */
export function wordBefore(text: string, from: number, end: number): number {
  let index = end
  while (index > from && end - index <= maxWord && isWordPart(text.charCodeAt(index - 1))) index--
  return end - index > maxWord ? 0 : end - index
}

/** Length of the word that starts at `start` (not past `to`), or 0 when longer than `maxWord`. */
export function wordAfter(text: string, start: number, to: number): number {
  let index = start
  while (index < to && index - start <= maxWord && isWordPart(text.charCodeAt(index))) index++
  return index - start > maxWord ? 0 : index - start
}

/** Length of the run of letters and digits at `start` (not past `to`), at most `maxWord + 1`. */
export function alphanumericAfter(text: string, start: number, to: number): number {
  let index = start
  while (index < to && index - start <= maxWord && (isLetter(text.charCodeAt(index)) || isDigit(text.charCodeAt(index)))) index++
  return index - start
}

/**
 * The word a full stop follows, as an abbreviation would be written: the end
 * of the core made of letters, digits, inner full stops, hyphens, ampersands
 * and apostrophes (`U.S`, `e.g`, `AT&T`, `Mr`).
 */
export function abbreviationBefore(text: string, from: number, end: number): string {
  let index = end
  while (index > from && end - index <= maxWord) {
    const code = text.charCodeAt(index - 1)
    if (!(isLetter(code) || isDigit(code) || code === 0x2e || code === 0x2d || code === 0x26 || isApostrophe(code))) break
    index--
  }

  return text.slice(index, end)
}

/** Whether the word has a capital after its first letter (`eBay`, `iPhone`, `mRNA`). */
export function hasInnerCapital(word: string): boolean {
  for (let index = 1; index < word.length; index++) {
    if (isUpper(word.charCodeAt(index))) return true
  }

  return false
}

/** Whether the chunk starting at `start` opens a line (only white space, no line break, before it). */
export function opensLine(text: string, start: number): boolean {
  let index = start - 1
  while (index >= 0 && isSpace(text.charCodeAt(index)) && !isLineBreak(text.charCodeAt(index))) index--
  return index < 0 || isLineBreak(text.charCodeAt(index))
}
