import type {Node, Point} from 'unist'

/**
 * Where a piece of a larger document starts, so that positions computed
 * inside the piece (from 1:1, offset 0) can be moved to the document.
 */
export interface PieceStart {
  /** 1-based line of the piece's first character in the document. */
  line: number
  /** 1-based column of the piece's first character in the document. */
  column: number
  /** 0-based offset of the piece's first character in the document. */
  offset: number
}

/**
 * Move the positions of `nodes` (and their descendants), computed as if the
 * piece started at 1:1, to where the piece sits in the whole document.
 * A negative `start` (line below 1, negative offset) moves the other way.
 *
 * Parsers share point objects between a node and its children, so each
 * point object must be moved once. When the piece's `length` is given and the
 * piece starts further into the document than it is long, a point not yet
 * moved has an offset of at most `length` and a moved one more, so the offset
 * tells them apart; otherwise moved points are remembered in a set. The set
 * costs a hash entry per point, which is most of the time on long documents.
 */
export function shiftPositions(nodes: ReadonlyArray<Node>, start: PieceStart, length?: number): void {
  if (start.line === 1 && start.column === 1 && start.offset === 0) return
  const byOffset = length !== undefined && start.offset > length
  const seen = byOffset ? undefined : new Set<Point>()
  const lineDelta = start.line - 1
  const columnDelta = start.column - 1
  // An explicit stack rather than recursion: deeply nested Markdown (block
  // quotes inside block quotes, thousands deep) would overflow the call stack.
  const stack: Node[] = [...nodes]
  let node: Node | undefined
  while ((node = stack.pop())) {
    const position = node.position
    if (position) {
      shiftPoint(position.start)
      shiftPoint(position.end)
    }
    const children = (node as {children?: unknown}).children
    if (Array.isArray(children)) {
      for (const child of children as Node[]) stack.push(child)
    }
  }

  function shiftPoint(point: Point): void {
    if (seen) {
      if (seen.has(point)) return
      seen.add(point)
    } else if (point.offset === undefined || point.offset > length!) {
      return
    }
    // Only the piece's first line is offset sideways; later lines start at column 1 anyway.
    if (point.line === 1) point.column += columnDelta
    point.line += lineDelta
    if (point.offset !== undefined) point.offset += start.offset
  }
}

/**
 * The point just after `text`, when `text` starts at `from`, counting line
 * breaks the way parse-latin does (CRLF, lone CR and LF each end one line).
 */
export function advance(from: PieceStart, text: string): PieceStart {
  let line = from.line
  let column = from.column
  let index = 0
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (code === 13 /* \r */) {
      line++
      column = 1
      if (text.charCodeAt(index + 1) === 10) index++
    } else if (code === 10 /* \n */) {
      line++
      column = 1
    } else {
      column++
    }
    index++
  }
  return {line, column, offset: from.offset + text.length}
}
