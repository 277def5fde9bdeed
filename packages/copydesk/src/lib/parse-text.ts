import type {Root, RootContent, WhiteSpace} from 'nlcst'
import type {ParseEnglish} from 'parse-english'
import {isDirectiveLine} from './control-directives.js'
import {advance, shiftPositions, type PieceStart} from './shift-positions.js'
import {ParseEnglishAt} from './tokenizer.js'

/**
 * A line break followed by one or more lines holding only spaces or tabs:
 * the separator between paragraphs of plain text. A CRLF is one break: the
 * lookaheads keep a lone CR from matching the first half of one.
 */
const blankLines = /(?:\r\n|\r(?!\n)|\n)(?:[ \t]*(?:\r\n|\r(?!\n)|\n))+/g

/** A line with its line break, if it has one. */
const lineWithBreak = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g

/**
 * Longest piece handed to the parser at once. parse-latin slows down on long
 * inputs (it splices one flat token list), so a paragraph longer than this is
 * cut at a line break, else after a sentence, else at a space.
 */
export const maxPieceLength = 16_384

/**
 * Parse plain text with `parser` one paragraph at a time and join the pieces
 * under one root, so the work grows linearly with the size of the text.
 *
 * Nothing is lost: the values of the tree's leaves, joined, equal `doc`.
 *
 * A `ParseEnglishAt` parses each piece where it sits in `doc`; any other
 * parser parses it from 1:1 and the piece's tree is shifted into place, which
 * gives the same tree at the cost of a second walk over it.
 *
 * `start` is where `doc` sits in a larger document (a segment of a long
 * text), 1:1 unless given.
 */
export function parseText(doc: string, parser: ParseEnglish, start?: PieceStart): Root {
  const placed = parser instanceof ParseEnglishAt ? parser : undefined
  const children: RootContent[] = []
  const first: PieceStart = start ?? {line: 1, column: 1, offset: 0}
  let at: PieceStart = first
  let from = 0

  blankLines.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = blankLines.exec(doc))) {
    at = addParagraph(doc.slice(from, match.index), at)
    at = addWhiteSpace(match[0], at)
    from = match.index + match[0].length
  }
  const end = addParagraph(doc.slice(from), at)

  const root: Root = {type: 'RootNode', children}
  if (doc.length > 0) {
    root.position = {start: pointOf(first), end: pointOf(end)}
  }
  return root

  // A directive line (`copydesk-disable …`) is parsed as a paragraph of its
  // own: read with its neighbours, `agreed.` before it would look like a
  // stray full stop before a lower-case word.
  function addParagraph(piece: string, start: PieceStart): PieceStart {
    if (!piece.includes('copydesk-')) return addPiece(piece, start)
    let at = start
    let from = 0
    for (const line of piece.matchAll(lineWithBreak)) {
      const content = line[0].replace(/\r?\n$|\r$/, '')
      if (!isDirectiveLine(content)) continue
      at = addPiece(piece.slice(from, line.index), at)
      at = addPiece(line[0], at)
      from = line.index + line[0].length
    }
    return addPiece(piece.slice(from), at)
  }

  function addPiece(piece: string, start: PieceStart): PieceStart {
    let at = start
    let rest = piece
    while (rest.length > 0) {
      const cut = rest.length > maxPieceLength ? cutPoint(rest) : rest.length
      const part = cut === rest.length ? rest : rest.slice(0, cut)
      if (placed) {
        const tree = placed.parseAt(part, at)
        for (const child of tree.children) push(child)
        at = placed.reached
      } else {
        const tree = parser.parse(part)
        shiftPositions(tree.children, at, part.length)
        for (const child of tree.children) push(child)
        at = advance(at, part)
      }
      rest = cut === rest.length ? '' : rest.slice(cut)
    }
    return at
  }

  function addWhiteSpace(value: string, start: PieceStart): PieceStart {
    const end = advance(start, value)
    push({type: 'WhiteSpaceNode', value, position: {start: pointOf(start), end: pointOf(end)}})
    return end
  }

  // Adjacent white space (a paragraph's trailing spaces, then the blank line)
  // becomes one node, as the parser itself would make it.
  function push(node: RootContent): void {
    const last = children.at(-1)
    if (last && last.type === 'WhiteSpaceNode' && node.type === 'WhiteSpaceNode') {
      const merged: WhiteSpace = {type: 'WhiteSpaceNode', value: last.value + node.value}
      if (last.position && node.position) merged.position = {start: last.position.start, end: node.position.end}
      children[children.length - 1] = merged
    } else {
      children.push(node)
    }
  }
}

/**
 * Where to cut a piece that is too long: after the last line break, else
 * after the last sentence end followed by white space, else after the last
 * white space, before `maxPieceLength`; else at `maxPieceLength` itself,
 * never inside a surrogate pair.
 */
export function cutPoint(piece: string): number {
  const window = piece.slice(0, maxPieceLength)
  const half = maxPieceLength / 2
  const lineBreak = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r'))
  if (lineBreak >= half) return piece.charCodeAt(lineBreak) === 13 && piece.charCodeAt(lineBreak + 1) === 10 ? lineBreak + 2 : lineBreak + 1
  const sentence = lastMatchEnd(window, /[.!?…]["'’”)\]]*[ \t]+/g)
  if (sentence >= half) return sentence
  const space = lastMatchEnd(window, /[ \t]+/g)
  if (space > 0) return space
  const code = piece.charCodeAt(maxPieceLength - 1)
  return code >= 0xd8_00 && code <= 0xdb_ff ? maxPieceLength - 1 : maxPieceLength
}

function lastMatchEnd(text: string, expression: RegExp): number {
  let end = -1
  let match: RegExpExecArray | null
  while ((match = expression.exec(text))) end = match.index + match[0].length
  return end
}

function pointOf(at: PieceStart): {line: number; column: number; offset: number} {
  return {line: at.line, column: at.column, offset: at.offset}
}
