import type {Format} from './parser.js'
import {advance, type PieceStart} from './shift-positions.js'

/**
 * Texts longer than this (in UTF-16 code units, about bytes of ASCII text)
 * are linted in segments of about this size. A whole tree of a 10 MB text
 * takes about a gigabyte of memory; a 2 MB segment a fifth of that.
 */
export const segmentLength = 2_000_000

/** One segment of a document: its text and where it starts in the document. */
export interface Segment {
  text: string
  start: PieceStart
}

/** A line break followed by one or more blank lines (spaces or tabs only). */
const blankLines = /(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))+/g

/** A Markdown code fence: three or more backticks or tildes, indented less than four spaces. */
const fence = /^ {0,3}(`{3,}|~{3,})/

/**
 * Cut `doc` into segments of at least `length` code units (the last may be
 * shorter), each ending after a run of blank lines, so every segment starts
 * at the start of a paragraph. Markdown is cut only where a top-level block
 * starts: outside code fences and before a line that is not indented (an
 * indented line may continue a list item or be indented code). A document
 * with no such place after `length` is one segment. Joined, the segments'
 * texts equal `doc`.
 */
export function cutSegments(doc: string, format: Format, length: number = segmentLength): Segment[] {
  const segments: Segment[] = []
  let start: PieceStart = {line: 1, column: 1, offset: 0}
  let from = 0
  while (from < doc.length) {
    const end = doc.length - from > length ? nextCut(doc, from, from + length, format) : doc.length
    const text = doc.slice(from, end)
    segments.push({text, start})
    start = advance(start, text)
    from = end
  }
  return segments
}

/**
 * The end of the first run of blank lines at or after `after` that ends
 * before a place a segment may start, or the end of `doc`. For Markdown,
 * fences are tracked from `from`, the start of the current segment, which
 * always begins outside a fence.
 */
function nextCut(doc: string, from: number, after: number, format: Format): number {
  let inFence: string | undefined
  let scanned = from
  blankLines.lastIndex = after
  let match: RegExpExecArray | null
  while ((match = blankLines.exec(doc))) {
    const end = match.index + match[0].length
    if (end >= doc.length) return doc.length
    if (format === 'text') return end
    // Fences opened or closed between the last candidate and this one.
    inFence = trackFences(doc, scanned, match.index, inFence)
    scanned = match.index
    const next = doc.charCodeAt(end)
    if (inFence === undefined && next !== 32 && next !== 9) return end
  }
  return doc.length
}

/** Whether (and with what marker) a fence is open at `to`, given its state at `from`, a line start. */
function trackFences(doc: string, from: number, to: number, open: string | undefined): string | undefined {
  let state = open
  let lineStart = from
  while (lineStart < to) {
    let lineEnd = doc.indexOf('\n', lineStart)
    if (lineEnd === -1 || lineEnd > to) lineEnd = to
    const marker = fence.exec(doc.slice(lineStart, Math.min(lineEnd, lineStart + 64)))?.[1]
    if (marker) {
      if (state === undefined) state = marker
      // A fence closes with the same character, at least as long as it opened.
      else if (marker[0] === state[0] && marker.length >= state.length) state = undefined
    }
    lineStart = lineEnd + 1
  }
  return state
}
