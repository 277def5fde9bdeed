import {appealIndex, sentenceIndex} from './indexes.js'
import type {Line} from './lines.js'
import {isWordCharacterAt, keyAt} from './normalise.js'

/** A run of tokens in a line, first and last index inclusive. */
export interface Range {
  readonly from: number
  readonly to: number
}

/** Marks that open or close a quotation (`"“”„«»`); a sentence with one may be a quote. */
const quoteMarks: ReadonlySet<number> = new Set([0x22, 0x201c, 0x201d, 0x201e, 0xab, 0xbb])

/**
 * The parts of a line that belong to one sentence each. A sentence running
 * over a line break is cut there, so each part is on one line.
 */
export function segmentsOf(line: Line): Range[] {
  const segments: Range[] = []
  let from = -1
  let sentence = Number.NaN
  let last = -1
  line.tokens.forEach((token, index) => {
    if (token.type === 'space') {
      if (token.sentence === -1 && from !== -1) {
        segments.push({from, to: last})
        from = -1
      }
      return
    }
    if (from !== -1 && token.sentence !== sentence) {
      segments.push({from, to: last})
      from = -1
    }
    if (from === -1) {
      from = index
      sentence = token.sentence
    }
    last = index
  })
  if (from !== -1) segments.push({from, to: last})
  return segments
}

/** Offset in `line.text` just past token `index`. */
export function endOffset(line: Line, index: number): number {
  return line.offsets[index]! + line.tokens[index]!.normal.length
}

/** The normalised text of a range. */
export function rangeText(line: Line, range: Range): string {
  return line.text.slice(line.offsets[range.from], endOffset(line, range.to))
}

/** Number of word tokens in a range. */
export function wordCount(line: Line, range: Range): number {
  let count = 0
  for (let index = range.from; index <= range.to; index++) if (line.tokens[index]!.type === 'word') count++
  return count
}

/** Whether a range holds a quotation mark. */
export function hasQuote(line: Line, range: Range): boolean {
  for (let index = range.from; index <= range.to; index++) {
    const token = line.tokens[index]!
    if (token.type !== 'word' && token.type !== 'space' && holdsQuoteMark(token.value)) return true
  }
  return false
}

function holdsQuoteMark(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (quoteMarks.has(value.charCodeAt(index))) return true
  return false
}

/** Index of the token that holds offset `at` of `line.text`. */
export function tokenAt(line: Line, at: number): number {
  let low = 0
  let high = line.offsets.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (line.offsets[middle]! <= at) low = middle
    else high = middle - 1
  }
  return low
}

/** The whole line as a range. */
export function wholeLine(line: Line): Range {
  return {from: 0, to: line.tokens.length - 1}
}

/**
 * A short quotation of copy for a reason: at most six words and about forty
 * characters, with `…` when cut; backticks become apostrophes so the reason's
 * code spans stay whole.
 */
export function quote(text: string): string {
  let result = ''
  let count = 0
  // Words are read one at a time: a quotation stops at the sixth, however
  // long the line it comes from.
  for (const [found] of text.matchAll(/\S+/g)) {
    const word = found.replace(/`/g, "'")
    const next = result === '' ? word : `${result} ${word}`
    if (count === 6 || (next.length > 40 && result !== '')) return `${result} …`
    if (next.length > 40) return `${firstCharacters(word, 40)}…`
    result = next
    count++
  }
  return result
}

function firstCharacters(text: string, count: number): string {
  let result = ''
  let taken = 0
  for (const character of text) {
    if (taken++ === count) break
    result += character
  }
  return result
}

/** Longest first word of the bundled sentence phrases and appeal markers. */
const longestWordKey = Math.max(sentenceIndex.longest, appealIndex.longest)

/**
 * The key token `index` is looked up by in the sentence-phrase and appeal
 * indexes, taken once per line however many checks ask for it.
 */
export function wordKey(line: Line, index: number): string {
  let key = line.keys[index]
  if (key === undefined) {
    key = ownKey(line, index) ?? keyAt(line.text, line.offsets[index]!, longestWordKey)
    line.keys[index] = key
  }
  return key
}

/**
 * What `keyAt` gives for a word of ASCII letters and digits that the next
 * character does not run on from: the word itself, cut to the length keys
 * have at most. `undefined` for any other word.
 */
function ownKey(line: Line, index: number): string | undefined {
  const word = line.tokens[index]!.normal
  if (word.length === 0) return undefined
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at)
    if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) return undefined
  }
  const end = line.offsets[index]! + word.length
  if (end < line.text.length && isWordCharacterAt(line.text, end)) return undefined
  return word.length > longestWordKey + 1 ? word.slice(0, longestWordKey + 1) : word
}
