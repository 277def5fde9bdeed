import type {Paragraph, Root} from 'nlcst'
import type {Literal, Node, Parent, Point} from 'unist'
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
  /** Phrase-index keys of word tokens, filled in as the checks ask (see `wordKey`). */
  readonly keys: Array<string | undefined>
}

/** The token type of a node that makes a token, else `undefined`. */
function tokenType(type: string): Token['type'] | undefined {
  switch (type) {
    case 'WordNode':
    case 'TextNode': {
      return 'word'
    }
    case 'PunctuationNode': {
      return 'punctuation'
    }
    case 'SymbolNode': {
      return 'symbol'
    }
    case 'WhiteSpaceNode': {
      return 'space'
    }
    case 'SourceNode': {
      return 'source'
    }
    default: {
      return undefined
    }
  }
}

/**
 * Split a tree into lines and hand each to `each` as soon as it ends, in
 * document order, so a line's tokens die young instead of the whole
 * document's tokens living until the last line is checked. A line ends at
 * white space holding a line break and at the end of a paragraph, so the
 * same text gives the same lines from plain text and from Markdown converted
 * to nlcst. Nodes without a position are skipped.
 */
export function forEachLine(tree: Root, each: (line: Line) => void): void {
  let tokens: Token[] = []
  let paragraph: Paragraph | undefined
  let sentence = -1
  let sentences = 0

  const close = (): void => {
    const line = makeLine(tokens, paragraph)
    tokens = []
    if (line) each(line)
  }

  const visit = (node: Node): void => {
    const type = tokenType(node.type)
    if (type) {
      if (!node.position) return
      const value = textOf(node)
      if (type === 'space' && hasLineBreak(value)) {
        close()
        return
      }
      const afterSpace = tokens.length > 0 && tokens[tokens.length - 1]!.type === 'space'
      tokens.push({
        type,
        value,
        normal: type === 'space' ? (afterSpace ? '' : ' ') : normaliseToken(value),
        start: node.position.start,
        end: node.position.end,
        sentence
      })
      return
    }
    const children = (node as Partial<Parent>).children
    if (!Array.isArray(children)) return
    if (node.type === 'ParagraphNode') {
      close()
      paragraph = node as Paragraph
    }
    if (node.type === 'SentenceNode') sentence = sentences++
    parents.push(node)
    positions.push(0)
  }

  const leave = (left: Node): void => {
    if (left.type === 'ParagraphNode') close()
    if (left.type === 'SentenceNode') sentence = -1
  }

  // Depth-first over an explicit stack of parents and where each is at, so
  // deep trees cannot overflow the call stack and no node is pushed twice.
  const parents: Node[] = []
  const positions: number[] = []
  visit(tree)
  while (parents.length > 0) {
    const top = parents.length - 1
    const children = (parents[top] as Parent).children
    const at = positions[top]!
    if (at === children.length) {
      positions.pop()
      leave(parents.pop()!)
      continue
    }
    positions[top] = at + 1
    const child = children[at]
    if (child) visit(child)
  }
  close()
}

/**
 * A token's text: most words are one text node, read without serialising;
 * anything else (`don't`, `U.S`) goes through `nlcst-to-string`.
 */
function textOf(node: Node): string {
  if ('value' in node) return (node as Literal).value as string
  const children = (node as Parent).children
  if (Array.isArray(children) && children.length === 1) {
    const only = children[0]!
    if ('value' in only && typeof only.value === 'string') return only.value
  }
  return toString(node as never)
}

function hasLineBreak(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return true
  }
  return false
}

function makeLine(all: Token[], paragraph: Paragraph | undefined): Line | undefined {
  let first = 0
  let last = all.length - 1
  while (first <= last && all[first]!.type === 'space') first++
  while (last >= first && all[last]!.type === 'space') last--
  if (first > last) return undefined
  const tokens = first === 0 && last === all.length - 1 ? all : all.slice(first, last + 1)
  const offsets: number[] = []
  let text = ''
  for (let index = 0; index < tokens.length; index++) {
    offsets.push(text.length)
    text += tokens[index]!.normal
  }
  return {tokens, offsets, text, paragraph, keys: []}
}
