import type {Nodes, Paragraph} from 'nlcst'
import {opaque} from './chars.js'

/**
 * A paragraph's text as one string, built from its leaves in order, with a
 * map back to source offsets. Leaves that touch in the source share one
 * segment; wherever the source has something between two leaves (Markdown
 * syntax) or a leaf is inline code, the string holds one `opaque`
 * character. A leaf whose value is not the source at its position (a parser
 * that shifted positions) is kept as text in a segment with no source. No
 * span may cross an opaque character or touch a segment without source.
 */
export interface ParagraphText {
  readonly paragraph: Paragraph
  readonly text: string
  /** Start of each segment in `text`, ascending. */
  readonly textStarts: ReadonlyArray<number>
  /** Source offset of each segment's start, or `-1` for an opaque character or a misplaced leaf. */
  readonly sourceStarts: ReadonlyArray<number>
  /** Source offset where the paragraph ends. */
  readonly end: number
}

/** Build the text of `paragraph`, or `undefined` when it has no positions. */
export function paragraphText(paragraph: Paragraph, source: string): ParagraphText | undefined {
  const parts: string[] = []
  const textStarts: number[] = []
  const sourceStarts: number[] = []
  let length = 0
  let sourceEnd = -1
  let lastOpaque = false
  // While the text is one unbroken piece of the source, as plain text always
  // is, its parts are not kept: the source holds them already.
  let deferred = false

  const startSegment = (sourceStart: number) => {
    if (deferred) {
      parts.push(source.slice(sourceStarts[0], sourceStarts[0]! + length))
      deferred = false
    }

    textStarts.push(length)
    sourceStarts.push(sourceStart)
    if (textStarts.length === 1 && sourceStart !== -1) deferred = true
  }

  const keep = (value: string) => {
    if (!deferred) parts.push(value)
    length += value.length
  }

  const addOpaque = () => {
    if (lastOpaque) return
    lastOpaque = true
    startSegment(-1)
    keep(String.fromCharCode(opaque))
  }

  const walk = (node: Nodes): void => {
    if ('children' in node) {
      for (const child of node.children) {
        // Words hold only leaves: read them here rather than one call deeper.
        if ('children' in child && child.type === 'WordNode') {
          for (const leaf of child.children) read(leaf)
        } else {
          walk(child)
        }
      }

      return
    }

    read(node)
  }

  const read = (leaf: Exclude<Nodes, {children: unknown}>): void => {
    const start = leaf.position?.start.offset
    const end = leaf.position?.end.offset
    if (leaf.value.length === 0) return
    if (leaf.type === 'SourceNode') {
      addOpaque()
      sourceEnd = -1
      return
    }

    const placed = start !== undefined && end !== undefined && end - start === leaf.value.length && source.startsWith(leaf.value, start)
    if (!placed) {
      // Read, so quotation marks and brackets still pair up, but never spanned.
      startSegment(-1)
      keep(leaf.value)
      sourceEnd = -1
      lastOpaque = false
      return
    }

    if (start !== sourceEnd) {
      if (sourceEnd !== -1) addOpaque()
      startSegment(start)
    }

    keep(leaf.value)
    sourceEnd = end
    lastOpaque = false
  }

  walk(paragraph)
  const end = paragraph.position?.end.offset
  if (end === undefined || length === 0) return undefined
  const text = deferred ? source.slice(sourceStarts[0], sourceStarts[0]! + length) : parts.join('')
  return {paragraph, text, textStarts, sourceStarts, end}
}

/**
 * Source offsets of `text.slice(from, to)`, or `undefined` when the stretch
 * is not one unbroken piece of the source.
 */
export function sourceRange(paragraphText: ParagraphText, from: number, to: number): [number, number] | undefined {
  if (to <= from) return undefined
  const {textStarts, sourceStarts, text} = paragraphText
  let low = 0
  let high = textStarts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (textStarts[middle]! <= from) low = middle
    else high = middle - 1
  }

  const segmentStart = textStarts[low]!
  const segmentEnd = low + 1 < textStarts.length ? textStarts[low + 1]! : text.length
  const source = sourceStarts[low]!
  if (source === -1 || to > segmentEnd) return undefined
  return [source + from - segmentStart, source + to - segmentStart]
}

/**
 * The source range of `paragraph` when its text may be read from the source
 * instead of from its leaves: it has a non-empty range, its first leaf is
 * the source at the range's start and its last leaf the source just before
 * its end, and neither is inline code. The leaves between are not visited
 * (that walk is what this saves): a parser of plain text tiles the source
 * with them, and Markdown leaves gaps or moves text only where its source
 * holds syntax, which the caller screens for (`mayHoldMarkup`) before
 * trusting the range. The edges catch what the screen cannot see:
 * mdast-util-to-nlcst places words as if syntax taken out of a block earlier
 * on (indentation, `>`, character references) were still there, so a
 * paragraph may start and end off its source.
 */
export function sourceStandsForText(paragraph: Paragraph, source: string): [number, number] | undefined {
  const position = paragraph.position
  if (!position) return undefined
  const start = position.start.offset
  const end = position.end.offset
  if (start === undefined || end === undefined || end <= start) return undefined

  let first: Nodes = paragraph
  while ('children' in first) {
    const child: Nodes | undefined = first.children[0]
    if (!child) return undefined
    first = child
  }

  if (first.type === 'SourceNode' || first.position?.start.offset !== start || !source.startsWith(first.value, start)) return undefined

  let last: Nodes = paragraph
  while ('children' in last) {
    const child: Nodes | undefined = last.children[last.children.length - 1]
    if (!child) return undefined
    last = child
  }

  const value = last.value
  if (last.type === 'SourceNode' || last.position?.end.offset !== end || !source.startsWith(value, end - value.length)) return undefined
  // An empty leaf is passed over when the text is built; one at either end
  // would leave the text shorter than the range.
  return first.value.length > 0 && value.length > 0 ? [start, end] : undefined
}
