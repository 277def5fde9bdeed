import type {Paragraph, Root} from 'nlcst'
import type {Node, Parent, Point} from 'unist'
import {toString} from 'nlcst-to-string'
import {normaliseToken} from './normalise.js'

/** The smallest units the checks look at: words, marks and white space. */
export interface Token {
  readonly type: 'word' | 'punctuation' | 'symbol' | 'space' | 'source'
  /** Source text of the node. */
  readonly value: string
  /** Normalised text, as it stands in the line's `text`. */
  readonly normal: string
  readonly start: Point
  readonly end: Point
  /** Which sentence the token is in; `-1` between sentences. */
  readonly sentence: number
}

/**
 * One line of copy: the tokens of a paragraph between two line breaks, without
 * white space at either end.
 */
export interface Line {
  readonly tokens: ReadonlyArray<Token>
  /** Offset of each token in `text`. */
  readonly offsets: ReadonlyArray<number>
  /** Normalised text: lower case, straight apostrophes, single spaces. */
  readonly text: string
  /** The paragraph the line is in, for message ancestors. */
  readonly paragraph: Paragraph | undefined
}

const tokenTypes: Readonly<Record<string, Token['type']>> = {
  WordNode: 'word',
  TextNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'space',
  SourceNode: 'source'
}

/**
 * Split a tree into lines. A line ends at white space holding a line break
 * and at the end of a paragraph, so the same text gives the same lines from
 * plain text and from Markdown converted to nlcst. Nodes without a position
 * are skipped.
 */
export function linesOf(tree: Root): Line[] {
  const lines: Line[] = []
  let tokens: Token[] = []
  let paragraph: Paragraph | undefined
  let sentence = -1
  let sentences = 0

  const close = (): void => {
    const line = makeLine(tokens, paragraph)
    if (line) lines.push(line)
    tokens = []
  }

  // Depth-first over an explicit stack; `undefined` marks leaving a parent.
  const stack: Array<Node | undefined> = [tree]
  const open: Array<Node> = []
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === undefined) {
      const left = open.pop()
      if (left?.type === 'ParagraphNode') close()
      if (left?.type === 'SentenceNode') sentence = -1
      continue
    }
    const type = tokenTypes[node.type]
    if (type) {
      if (!node.position) continue
      const value = toString(node as never)
      if (type === 'space' && /[\n\r\u2028\u2029]/.test(value)) {
        close()
        continue
      }
      const afterSpace = tokens.at(-1)?.type === 'space'
      tokens.push({
        type,
        value,
        normal: type === 'space' ? (afterSpace ? '' : ' ') : normaliseToken(value),
        start: node.position.start,
        end: node.position.end,
        sentence
      })
      continue
    }
    if (!('children' in node) || !Array.isArray((node as Parent).children)) continue
    if (node.type === 'ParagraphNode') {
      close()
      paragraph = node as Paragraph
    }
    if (node.type === 'SentenceNode') sentence = sentences++
    open.push(node)
    stack.push(undefined)
    const children = (node as Parent).children
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
  }
  close()
  return lines
}

function makeLine(all: Token[], paragraph: Paragraph | undefined): Line | undefined {
  let first = 0
  let last = all.length - 1
  while (first <= last && all[first]!.type === 'space') first++
  while (last >= first && all[last]!.type === 'space') last--
  if (first > last) return undefined
  const tokens = first === 0 && last === all.length - 1 ? all : all.slice(first, last + 1)
  const offsets: number[] = []
  const parts: string[] = []
  let length = 0
  for (const token of tokens) {
    offsets.push(length)
    parts.push(token.normal)
    length += token.normal.length
  }
  return {tokens, offsets, text: parts.join(''), paragraph}
}
