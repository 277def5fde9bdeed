import {isDigit, isLetter, isSpace, isWordPart, maxWord, opaque} from './chars.js'
import {quote as show, type Finding} from './finding.js'
import type {QuoteStyle} from './options.js'
import {sourceRange, type ParagraphText} from './paragraph-text.js'

/** What one straight or curly mark is doing where it stands. */
type Role = 'apostrophe' | 'open' | 'close' | 'either' | 'prime'

/** The quote and bracket state carried through a document. */
export interface QuoteState {
  readonly style: QuoteStyle | false
  readonly findings: Finding[]
  /** An unclosed opening quote at the end of the last paragraph, forgiven if the next paragraph opens with a quote. */
  pending: Finding | undefined
  /** Counts per style and kind, and where each style first appears. */
  readonly counts: {
    straight: {apostrophe: number; quotation: number}
    curly: {apostrophe: number; quotation: number}
  }
  first: {straight?: FirstMark; curly?: FirstMark}
}

/** Where a style first appears, and how a reason names that mark. */
interface FirstMark {
  readonly offset: number
  readonly name: string
}

export function createQuoteState(style: QuoteStyle | false, findings: Finding[]): QuoteState {
  return {
    style,
    findings,
    pending: undefined,
    counts: {straight: {apostrophe: 0, quotation: 0}, curly: {apostrophe: 0, quotation: 0}},
    first: {}
  }
}

const straightDouble = 0x22
const straightSingle = 0x27
const leftDouble = 0x201c
const rightDouble = 0x201d
const leftSingle = 0x2018
const rightSingle = 0x2019

const openers = new Map([
  [0x28, 0x29],
  [0x5b, 0x5d],
  [0x7b, 0x7d]
])
const closers = new Map([...openers].map(([open, close]) => [close, open]))

/** The brackets and quotation marks `checkQuotes` reads (and `‚‛`, passed over): found natively, not char by char. */
const marks = /[()[\]{}"'\u2018-\u201d]/g

// Marks a quotation may open right after.
const before = new Set([0x28, 0x5b, 0x7b, 0x2014, 0x2013, 0x2d, 0x2f, straightDouble, straightSingle, leftDouble, leftSingle])
// Words that start with an apostrophe standing for dropped letters.
const elisions = new Set(['bout', 'cause', 'cos', 'em', 'n', 'round', 'til', 'tis', 'twas'])

/**
 * Check one paragraph: brackets and quotation marks that open without
 * closing or close without opening, and (per the `quotes` option) the style
 * of quotation marks and apostrophes.
 */
export function checkQuotes(paragraph: ParagraphText, state: QuoteState): void {
  const text = paragraph.text
  const start = firstMark(text)
  if (state.pending && !(start === leftDouble || start === straightDouble || start === leftSingle || start === straightSingle)) {
    state.findings.push(state.pending)
  }

  state.pending = undefined
  const brackets = new Map<number, number[]>([...openers.keys()].map((code) => [code, []]))
  const doubles: number[] = []
  const singles: number[] = []
  const strayClosers = new Map<number, number>()

  marks.lastIndex = 0
  while (marks.test(text)) {
    const index = marks.lastIndex - 1
    const code = text.charCodeAt(index)
    const opened = brackets.get(code)
    if (opened) {
      opened.push(index)
      continue
    }

    const open = closers.get(code)
    if (open !== undefined) {
      const stack = brackets.get(open)!
      if (stack.length > 0) stack.pop()
      else if (!strayClosers.has(code) && !isListMarker(text, index)) strayClosers.set(code, index)
      continue
    }

    if (code !== straightDouble && code !== straightSingle && code !== leftDouble && code !== rightDouble && code !== leftSingle && code !== rightSingle) {
      continue
    }

    let role = roleOf(text, index)
    if (role === 'prime') {
      // After a digit a mark is a prime (`6'2"`) unless a quotation is open
      // for it to close (`"base64"`).
      const open = code === straightDouble ? doubles : singles
      if (open.length === 0) continue
      role = 'close'
    }

    let closed = false
    if (code === straightDouble || code === leftDouble || code === rightDouble) {
      const opening = role === 'open' || (role === 'either' && doubles.length === 0)
      if (opening) doubles.push(index)
      else if (doubles.length > 0) {
        doubles.pop()
        closed = true
      } else if (!strayClosers.has(rightDouble)) strayClosers.set(rightDouble, index)
      count(paragraph, state, code, 'quotation', index, opening ? 'open' : 'close')
      continue
    }

    if (role === 'open') singles.push(index)
    else if (role !== 'apostrophe' && singles.length > 0) {
      singles.pop()
      closed = true
    }

    const kind = role === 'open' || closed ? 'quotation' : 'apostrophe'
    count(paragraph, state, code, kind, index, role === 'open' ? 'open' : closed ? 'close' : 'apostrophe')
  }

  for (const [open, stack] of brackets) {
    if (stack.length > 0) unmatchedOpen(paragraph, state, stack[0]!, open, openers.get(open)!)
  }

  for (const [close, index] of strayClosers) {
    const mark = text.charAt(index)
    const open = close === rightDouble ? (mark === '"' ? straightDouble : leftDouble) : closers.get(close)!
    const range = sourceRange(paragraph, index, index + 1)
    if (!range) continue
    state.findings.push({
      start: range[0],
      end: range[1],
      reason: 'Unexpected unmatched `' + mark + '`, expected an opening `' + String.fromCharCode(open) + '` before it in the paragraph',
      paragraph: paragraph.paragraph
    })
  }

  if (singles.length > 0) {
    const straight = text.charCodeAt(singles[0]!) === straightSingle
    unmatchedOpen(paragraph, state, singles[0]!, leftSingle, straight ? straightSingle : rightSingle, doubles.length === 0)
  }

  if (doubles.length > 0) {
    const straight = text.charCodeAt(doubles[0]!) === straightDouble
    unmatchedOpen(paragraph, state, doubles[0]!, leftDouble, straight ? straightDouble : rightDouble, true)
  }
}

/** Report the document-wide mix of styles, once, at the first mark of the smaller style. */
export function finishQuotes(state: QuoteState, locate: (offset: number) => {line: number}): void {
  if (state.pending) state.findings.push(state.pending)
  state.pending = undefined
  if (state.style !== 'consistent') return
  const {straight, curly} = state.counts
  const straightTotal = straight.apostrophe + straight.quotation
  const curlyTotal = curly.apostrophe + curly.quotation
  const straightFirst = state.first.straight
  const curlyFirst = state.first.curly
  if (straightTotal === 0 || curlyTotal === 0 || straightFirst === undefined || curlyFirst === undefined) return
  const curlyIsMinority =
    curlyTotal < straightTotal || (curlyTotal === straightTotal && curlyFirst.offset > straightFirst.offset)
  const [minority, majority] = curlyIsMinority ? (['curly', 'straight'] as const) : (['straight', 'curly'] as const)
  const at = curlyIsMinority ? curlyFirst : straightFirst
  const other = curlyIsMinority ? straightFirst : curlyFirst
  state.findings.push({
    start: at.offset,
    end: at.offset + 1,
    reason:
      'Unexpected ' + minority + ' ' + at.name + ', expected ' + majority + ' marks as in the rest of the document: ' +
      describe(state.counts[majority], majority) + ' against ' + describe(state.counts[minority], minority),
    note:
      'The first ' + majority + ' mark is the ' + other.name + ' on line ' + locate(other.offset).line +
      '. Pick one style; the `quotes` option can require `straight` or `smart` and then fixes each mark.'
  })
}

function describe(counts: {apostrophe: number; quotation: number}, style: string): string {
  const parts: string[] = []
  if (counts.apostrophe > 0) parts.push(counts.apostrophe + ' ' + style + ' apostrophe' + (counts.apostrophe === 1 ? '' : 's'))
  if (counts.quotation > 0) parts.push(counts.quotation + ' ' + style + ' quotation mark' + (counts.quotation === 1 ? '' : 's'))
  return parts.join(' and ')
}

function count(
  paragraph: ParagraphText,
  state: QuoteState,
  code: number,
  kind: 'apostrophe' | 'quotation',
  index: number,
  role: 'open' | 'close' | 'apostrophe'
): void {
  const curly = code !== straightDouble && code !== straightSingle
  const style = curly ? 'curly' : 'straight'
  state.counts[style][kind]++
  if (state.style === false) return
  // Past the first mark of its style, a mark of the style asked for needs no place.
  if (state.first[style] !== undefined && (state.style === 'consistent' || (state.style === 'smart') === curly)) return
  const range = sourceRange(paragraph, index, index + 1)
  if (!range) return
  if (state.first[style] === undefined) state.first[style] = {offset: range[0], name: nameMark(paragraph.text, index, kind)}
  if (state.style === 'consistent' || (state.style === 'smart') === curly) return

  const double = code === straightDouble || code === leftDouble || code === rightDouble
  const fixed = state.style === 'straight'
    ? (double ? '"' : "'")
    : double
      ? role === 'open' ? '\u201c' : '\u201d'
      : role === 'open' ? '\u2018' : '\u2019'
  const what = kind === 'apostrophe' ? 'apostrophe' : 'quotation mark'
  state.findings.push({
    start: range[0],
    end: range[1],
    reason:
      'Unexpected ' + (curly ? 'curly' : 'straight') + ' ' + what + ' `' + show(String.fromCharCode(code)) + '`, expected `' +
      fixed + '`: the `quotes` option asks for ' + (state.style === 'smart' ? 'curly' : 'straight') + ' marks',
    expected: [fixed],
    paragraph: paragraph.paragraph
  })
}

function unmatchedOpen(
  paragraph: ParagraphText,
  state: QuoteState,
  index: number,
  open: number,
  close: number,
  mayContinue = false
): void {
  const range = sourceRange(paragraph, index, index + 1)
  if (!range) return
  const finding: Finding = {
    start: range[0],
    end: range[1],
    reason:
      'Unexpected unmatched `' + paragraph.text.charAt(index) + '`, expected a closing `' + String.fromCharCode(close) +
      '` in the same paragraph',
    paragraph: paragraph.paragraph
  }
  // A quotation that runs on into the next paragraph leaves its first
  // paragraph open; the next one then opens with a quotation mark.
  if (mayContinue && (open === leftDouble || open === leftSingle) && !state.pending) state.pending = finding
  else state.findings.push(finding)
}

/** The role of a quotation mark or apostrophe at `index`, from its neighbours. */
function roleOf(text: string, index: number): Role {
  const code = text.charCodeAt(index)
  const previous = index > 0 ? text.charCodeAt(index - 1) : -1
  const next = index + 1 < text.length ? text.charCodeAt(index + 1) : -1
  // Markup or code just before a mark (`` `code`'s ``, `[npm](…)'s`) stands
  // for a word: the mark is more likely an apostrophe than an opening quote.
  const wordBefore = previous === opaque || (previous !== -1 && (isLetter(previous) || isDigit(previous)))
  const wordAfter = next !== -1 && next !== opaque && (isLetter(next) || isDigit(next))
  const openSide = previous === -1 || isSpace(previous) || before.has(previous)
  const closeSide = next === -1 || next === opaque || isSpace(next) || !wordAfter

  if (code === leftDouble) return 'open'
  if (code === rightDouble) return 'close'
  if (code === straightDouble) {
    if (isDigit(previous)) return 'prime'
    if (openSide && !closeSide) return 'open'
    if (!openSide && closeSide) return 'close'
    return 'either'
  }

  if (code === leftSingle) return isDigit(next) ? 'apostrophe' : 'open'
  // Single marks inside or at the start of a word stand for dropped letters.
  if (wordBefore && wordAfter) return 'apostrophe'
  if (isDigit(next)) return 'apostrophe'
  if (code === straightSingle && isDigit(previous)) return 'prime'
  if (openSide && wordAfter) {
    if (code === rightSingle) return 'apostrophe'
    return elisions.has(wordAt(text, index + 1)) ? 'apostrophe' : 'open'
  }

  return 'either'
}

/** `apostrophe in `What’s``, `quotation mark before `No``. */
function nameMark(text: string, index: number, kind: 'apostrophe' | 'quotation'): string {
  let start = index
  while (start > 0 && index - start < maxWord && isWordPart(text.charCodeAt(start - 1))) start--
  let end = index + 1
  while (end < text.length && end - index < maxWord && isWordPart(text.charCodeAt(end))) end++
  const word = text.slice(start, end)
  if (kind === 'apostrophe') return 'apostrophe in `' + show(word) + '`'
  return 'quotation mark `' + show(text.charAt(index)) + '`' + (word.length > 1 ? ' in `' + show(word) + '`' : '')
}

function wordAt(text: string, start: number): string {
  let end = start
  while (end < text.length && end - start < 8 && isLetter(text.charCodeAt(end))) end++
  return text.slice(start, end).toLowerCase()
}

/** `a)`, `1)`, `iv)`: a list item's letter or number with only a closing parenthesis. */
function isListMarker(text: string, index: number): boolean {
  let start = index
  while (start > 0 && index - start < 4 && (isLetter(text.charCodeAt(start - 1)) || isDigit(text.charCodeAt(start - 1)))) start--
  const previous = text.charCodeAt(index - 1)
  if (previous === 0x3a || previous === 0x3b) return true
  return index - start >= 1 && index - start <= 3 && (start === 0 || isSpace(text.charCodeAt(start - 1)))
}

function firstMark(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (!isSpace(code)) return code
  }

  return -1
}

/**
 * What `checkQuotes` does for a paragraph without a single bracket,
 * quotation mark or apostrophe: it cannot continue a quotation left open in
 * the paragraph before, so that one is reported.
 */
export function skipQuotes(state: QuoteState): void {
  if (state.pending) state.findings.push(state.pending)
  state.pending = undefined
}
