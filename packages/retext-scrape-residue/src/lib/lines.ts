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
 * Decides, from a line's tokens as they come and before any is built, whether
 * the line could hold a finding; lines it turns down are never built.
 */
export interface LineFilter {
  /** A new line starts. */
  open(): void
  /**
   * The next token of the line (white space included, nodes without a
   * position left out), and whether it opens a part of a sentence as
   * `segmentsOf` cuts them.
   */
  token(type: Token['type'], value: string, opens: boolean): void
  /** Whether the line must be built and checked. */
  passes(): boolean
  /** Whether a whole paragraph can be passed over without looking at its tokens. */
  skips(paragraph: Paragraph): boolean
}

/**
 * Split a tree into lines and hand each to `each` as soon as it ends, in
 * document order, so a line's tokens die young instead of the whole
 * document's tokens living until the last line is checked. A line ends at
 * white space holding a line break and at the end of a paragraph, so the
 * same text gives the same lines from plain text and from Markdown converted
 * to nlcst. Nodes without a position are skipped. With a `filter`, only the
 * lines it lets through are built, and paragraphs it settles are not walked.
 */
export function forEachLine(tree: Root, each: (line: Line) => void, filter?: LineFilter): void {
  // The current line's nodes, kept in arrays reused from line to line so a
  // line the filter turns down costs no objects.
  const nodes: Node[] = []
  const types: Array<Token['type']> = []
  const values: string[] = []
  const sentenceOf: number[] = []
  let count = 0
  let paragraph: Paragraph | undefined
  let sentence = -1
  let sentences = 0
  // Which sentence the open part of the line is in, as `segmentsOf` cuts parts.
  let partOpen = false
  let partSentence = -1

  const close = (): void => {
    if (count > 0 && (!filter || filter.passes())) {
      const line = makeLine(nodes, types, values, sentenceOf, count, paragraph)
      if (line) each(line)
    }
    count = 0
    partOpen = false
    filter?.open()
  }

  const visit = (node: Node): void => {
    const type = tokenType(node.type)
    if (type) {
      if (!node.position) return
      const value = textOf(node)
      let opens = false
      if (type === 'space') {
        if (hasLineBreak(value)) {
          close()
          return
        }
        if (sentence === -1) partOpen = false
      } else if (!partOpen || sentence !== partSentence) {
        opens = true
        partOpen = true
        partSentence = sentence
      }
      nodes[count] = node
      types[count] = type
      values[count] = value
      sentenceOf[count] = sentence
      count++
      filter?.token(type, value, opens)
      return
    }
    const children = (node as Partial<Parent>).children
    if (!Array.isArray(children)) return
    if (node.type === 'ParagraphNode') {
      close()
      paragraph = node as Paragraph
      if (filter?.skips(paragraph)) return
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
  filter?.open()
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

/** Build the line of the first `count` nodes collected, without white space at either end. */
function makeLine(
  nodes: ReadonlyArray<Node>,
  types: ReadonlyArray<Token['type']>,
  values: ReadonlyArray<string>,
  sentenceOf: ReadonlyArray<number>,
  count: number,
  paragraph: Paragraph | undefined
): Line | undefined {
  let first = 0
  let last = count - 1
  while (first <= last && types[first] === 'space') first++
  while (last >= first && types[last] === 'space') last--
  if (first > last) return undefined
  const tokens: Token[] = []
  const offsets: number[] = []
  let text = ''
  for (let index = first; index <= last; index++) {
    const type = types[index]!
    const value = values[index]!
    // Runs of white space read as one space.
    const normal = type === 'space' ? (types[index - 1] === 'space' ? '' : ' ') : normaliseToken(value)
    const {start, end} = nodes[index]!.position!
    tokens.push({type, value, normal, start, end, sentence: sentenceOf[index]!})
    offsets.push(text.length)
    text += normal
  }
  return {tokens, offsets, text, paragraph, keys: []}
}
