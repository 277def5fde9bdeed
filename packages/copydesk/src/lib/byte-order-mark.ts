import type {Root} from 'nlcst'
import {advance, shiftPositions} from './shift-positions.js'

/** U+FEFF, which some editors on Windows write at the start of UTF-8 files. */
const byteOrderMark = 0xfe_ff

/**
 * Parse `doc` with `parse`, setting a leading byte order mark apart first.
 *
 * Left in, the mark would glue itself to the first word (`\uFEFFPowered`), so
 * checks of the first line would miss it, and Markdown parsers drop it and
 * count lines from after it. The mark becomes a white-space node of its own;
 * it is a character of line 1 like any other, so lines and columns agree
 * with offsets (the first line's columns are one more than without the mark).
 */
export function parseAfterByteOrderMark(doc: string, parse: (doc: string) => Root): Root {
  if (doc.charCodeAt(0) !== byteOrderMark) return parse(doc)
  const tree = parse(doc.slice(1))
  shiftPositions(tree.children, {line: 1, column: 2, offset: 1})
  tree.children.unshift({
    type: 'WhiteSpaceNode',
    value: doc.charAt(0),
    position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}
  })
  tree.position = {start: {line: 1, column: 1, offset: 0}, end: advance({line: 1, column: 1, offset: 0}, doc)}
  return tree
}
