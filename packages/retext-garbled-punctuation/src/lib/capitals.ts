import {isClauseMark, isDigit, isLetter, isSpace, isUpper} from './chars.js'
import {alphanumericAfter} from './words.js'

const comma = 0x2c
const kelvin = '\u212a'

/**
 * Note in `capitalised`, as `checkClauses` would, the capitalised words of
 * the source ranges `ranges` (start and end offsets in pairs) that could be
 * one of `wanted` in lower case; other words are not looked at, because the
 * set is only asked about the words a semicolon is followed by. A word turns
 * into an ASCII word in lower case only when it is made of ASCII letters and
 * digits or the Kelvin sign (`K`), so its first letter is found with
 * `indexOf` and only those places are read.
 */
export function noteWantedCapitals(
  text: string,
  ranges: ReadonlyArray<number>,
  wanted: Iterable<string>,
  capitalised: Set<string>
): void {
  const firsts = new Set<string>()
  for (const word of wanted) {
    if (!/^[a-z\d]+$/.test(word)) {
      noteAllCapitals(text, ranges, capitalised)
      return
    }

    firsts.add(word.charAt(0).toUpperCase())
    if (word.charAt(0) === 'k') firsts.add(kelvin)
  }

  if (!inOrder(ranges)) {
    noteAllCapitals(text, ranges, capitalised)
    return
  }

  for (const first of firsts) {
    let range = 0
    let at = ranges.length > 0 ? text.indexOf(first, ranges[0]) : -1
    while (at !== -1) {
      while (range < ranges.length && ranges[range + 1]! <= at) range += 2
      if (range >= ranges.length) break
      const start = ranges[range]!
      if (at >= start) noteCapitalAt(text, start, ranges[range + 1]!, at, capitalised)
      at = text.indexOf(first, Math.max(at + 1, start))
    }
  }
}

/** Every capitalised word of the ranges, for inputs the quick search does not cover. */
function noteAllCapitals(text: string, ranges: ReadonlyArray<number>, capitalised: Set<string>): void {
  for (let range = 0; range < ranges.length; range += 2) {
    const start = ranges[range]!
    const end = ranges[range + 1]!
    for (let index = start; index < end; index++) {
      if (isUpper(text.charCodeAt(index))) noteCapitalAt(text, start, end, index, capitalised)
    }
  }
}

function inOrder(ranges: ReadonlyArray<number>): boolean {
  for (let index = 2; index < ranges.length; index += 2) {
    if (ranges[index]! < ranges[index - 1]!) return false
  }

  return true
}

/**
 * What `noteCapital` does when the chunk it is given has its core start at
 * `at`: the capital must open a chunk (white space or the range's start
 * before it, clause marks allowed in between, which then stick to it), and
 * the chunk before must end in a letter, digit or comma.
 */
function noteCapitalAt(text: string, start: number, end: number, at: number, capitalised: Set<string>): void {
  if (!isUpper(text.charCodeAt(at))) return
  let chunkStart = at
  while (chunkStart > start && isClauseMark(text.charCodeAt(chunkStart - 1))) chunkStart--
  if (chunkStart > start && !isSpace(text.charCodeAt(chunkStart - 1))) return
  let previousEnd = chunkStart
  while (previousEnd > start && isSpace(text.charCodeAt(previousEnd - 1))) previousEnd--
  if (previousEnd === start) return
  const last = text.charCodeAt(previousEnd - 1)
  if (!(isLetter(last) || isDigit(last) || last === comma)) return
  const length = alphanumericAfter(text, at, end)
  capitalised.add(text.slice(at, at + length).toLowerCase())
}
