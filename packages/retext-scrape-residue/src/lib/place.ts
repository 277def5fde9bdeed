import type {Point} from 'unist'
import type {Line} from './lines.js'
import type {Range} from './line-tools.js'

/** Where a finding is in the source, what it says there, and whether deleting it is safe. */
export interface Span {
  readonly start: Point
  readonly end: Point
  /** Source text at the span. */
  readonly actual: string
  /** Whether removing exactly the span leaves well-formed copy. */
  readonly removable: boolean
}

/** Source around a line in Markdown that is markup only: block markers, emphasis, link brackets. */
const markupBefore = /^[\s>#*+\-_\d.)[!`~\\]*$/
const markupAfter = /^(?:[\s*_~`\]!\\]|\([^()\r\n]*\))*$/
/** How far to look for the ends of a source line around a line's tokens. */
const reach = 2048

/**
 * The span of a whole line. In plain text that is its first to its last
 * token. In Markdown the source line may hold markup the tree leaves out
 * (`## `, `- `, `](https://…)`); when everything outside the tokens is such
 * markup the span grows to cover it, so deleting the span deletes the line.
 * Otherwise the span stays on the tokens and is not offered for removal.
 */
export function lineSpan(line: Line, source: string | undefined): Span {
  const first = line.tokens[0]!
  const last = line.tokens.at(-1)!
  const from = first.start.offset
  const to = last.end.offset
  if (source === undefined || from === undefined || to === undefined || to > source.length || from > to) {
    return {start: first.start, end: last.end, actual: tokenText(line, {from: 0, to: line.tokens.length - 1}), removable: true}
  }
  let lineStart = from
  while (lineStart > 0 && from - lineStart < reach && !isBreak(source.charCodeAt(lineStart - 1))) lineStart--
  let lineEnd = to
  while (lineEnd < source.length && lineEnd - to < reach && !isBreak(source.charCodeAt(lineEnd))) lineEnd++
  const before = source.slice(lineStart, from)
  const after = source.slice(to, lineEnd)
  if (!markupBefore.test(before) || !markupAfter.test(after)) {
    return {start: first.start, end: last.end, actual: source.slice(from, to), removable: false}
  }
  const startOffset = lineStart + (before.length - before.trimStart().length)
  const endOffset = to + after.trimEnd().length
  return {
    start: shift(first.start, startOffset - from),
    end: shift(last.end, endOffset - to),
    actual: source.slice(startOffset, endOffset),
    removable: true
  }
}

/**
 * The span of part of a line. When `spaced`, it takes in the white space that
 * separates it from the rest of the line, so removing it leaves one space,
 * not two, and it is removable when the source there is exactly the tokens'
 * text; when there is Markdown markup inside, the span falls back to the
 * tokens alone and is not removable.
 */
export function partSpan(line: Line, range: Range, source: string | undefined, spaced: boolean): Span {
  const text = tokenText(line, range)
  const tight = {start: line.tokens[range.from]!.start, end: line.tokens[range.to]!.end}
  let {start, end} = tight
  if (spaced) {
    const before = previousWord(line, range.from)
    const after = nextWord(line, range.to)
    if (before !== undefined) start = line.tokens[before]!.end
    else if (after !== undefined) end = line.tokens[after]!.start
  }
  if (source === undefined || !inSource(start, end, source)) return {start, end, actual: text, removable: spaced}
  const actual = source.slice(start.offset, end.offset)
  if (spaced && collapse(actual) === collapse(text)) return {start, end, actual, removable: true}
  if (!inSource(tight.start, tight.end, source)) return {start, end, actual, removable: false}
  return {...tight, actual: source.slice(tight.start.offset, tight.end.offset), removable: false}
}

function inSource(start: Point, end: Point, source: string): boolean {
  return start.offset !== undefined && end.offset !== undefined && start.offset <= end.offset && end.offset <= source.length
}

function previousWord(line: Line, index: number): number | undefined {
  for (let at = index - 1; at >= 0; at--) if (line.tokens[at]!.type !== 'space') return at
  return undefined
}

function nextWord(line: Line, index: number): number | undefined {
  for (let at = index + 1; at < line.tokens.length; at++) if (line.tokens[at]!.type !== 'space') return at
  return undefined
}

/** The source text of a range as its tokens hold it. */
export function tokenText(line: Line, range: Range): string {
  let text = ''
  for (let index = range.from; index <= range.to; index++) text += line.tokens[index]!.value
  return text
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function isBreak(code: number): boolean {
  return code === 10 || code === 13
}

function shift(point: Point, by: number): Point {
  if (by === 0) return point
  return {line: point.line, column: point.column + by, offset: (point.offset ?? 0) + by}
}
