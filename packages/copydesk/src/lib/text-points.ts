/**
 * A point in a text: `line` and `column` are 1-based, `offset` is 0-based
 * in UTF-16 code units.
 */
export interface TextPoint {
  line: number
  column: number
  offset?: number | undefined
}

/**
 * Make a function giving the offset of a point in `text`: the point's own
 * `offset` when it has one, else worked out from `line` and `column`
 * (CRLF, a lone CR and LF each end a line, as the parsers count). Points
 * outside the text give `undefined`.
 */
export function offsetFinder(text: string): (point: TextPoint) => number | undefined {
  let starts: number[] | undefined
  return function (point) {
    if (typeof point.offset === 'number') {
      return Number.isInteger(point.offset) && point.offset >= 0 && point.offset <= text.length ? point.offset : undefined
    }
    starts ??= lineStarts(text)
    const lineStart = starts[point.line - 1]
    if (lineStart === undefined || !Number.isInteger(point.column) || point.column < 1) return undefined
    const offset = lineStart + point.column - 1
    return offset <= (starts[point.line] ?? text.length) ? offset : undefined
  }
}

/** Offsets at which the lines of `text` start. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }
  return starts
}

/**
 * Make a function giving the point (line, column, offset) of an offset in
 * `text`, counting line breaks as `lineStarts` does.
 */
export function pointFinder(text: string): (offset: number) => Required<TextPoint> {
  let starts: number[] | undefined
  return function (offset) {
    starts ??= lineStarts(text)
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - starts[low]! + 1, offset}
  }
}
