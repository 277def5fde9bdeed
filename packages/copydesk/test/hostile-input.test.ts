import type {Nodes, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lintText, parseCopy} from '../src/index.js'
import {shiftPositions} from '../src/lib/shift-positions.js'

function parse(doc: string, path: string): Root {
  return parseCopy(doc, new VFile({path, value: doc}))
}

/** `type value line:column-line:column offset-offset` of each leaf. */
function leaves(tree: Root): string[] {
  const found: string[] = []
  visit(tree, (node: Nodes) => {
    if (!('value' in node) || !node.position) return
    const {start, end} = node.position
    found.push(`${node.type} ${JSON.stringify(node.value)} ${start.line}:${start.column}-${end.line}:${end.column} ${start.offset}-${end.offset}`)
  })
  return found
}

describe('byte order mark', () => {
  for (const path of ['a.txt', 'a.md']) {
    it(`is a node of its own, and a character of line 1 like any other (${path})`, () => {
      const doc = 'Powered by\nHome'
      const plain = leaves(parse(doc, path))
      const marked = parse('\uFEFF' + doc, path)
      expect(toString(marked)).toBe('\uFEFF' + doc)
      const [mark, ...rest] = leaves(marked)
      expect(mark).toBe('WhiteSpaceNode "\uFEFF" 1:1-1:2 0-1')
      // Same lines; offsets one further on, and so are columns on line 1.
      expect(rest).toEqual(
        plain.map((leaf) =>
          leaf
            .replace(/ (\d+)-(\d+)$/, (_, start: string, end: string) => ` ${Number(start) + 1}-${Number(end) + 1}`)
            .replace(/ 1:(\d+)-/, (_, column: string) => ` 1:${Number(column) + 1}-`)
            .replace(/-1:(\d+) /, (_, column: string) => `-1:${Number(column) + 1} `)
        )
      )
      expect(marked.position).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 2, column: 5, offset: 16}})
    })
  }

  it('does not hide a first-line finding', async () => {
    const doc = 'Powered by\n\nTalks began in Geneva on Monday, officials said.\n'
    const plain = await lintText(doc)
    const marked = await lintText('\uFEFF' + doc)
    expect(plain.messages.map(String)).toEqual(['1:1-1:11: Unexpected site credit `Powered by`, expected no website credit in the copy'])
    expect(marked.messages.map(String)).toEqual(['1:2-1:12: Unexpected site credit `Powered by`, expected no website credit in the copy'])
    expect(marked.messages[0]!.actual).toBe('Powered by')
    expect(marked.messages[0]!.place).toMatchObject({start: {offset: 1}, end: {offset: 11}})
  })

  it('moves Markdown comment offsets with the rest', () => {
    const file = new VFile({path: 'a.md', value: '\uFEFF<!-- copydesk-ignore-next -->\n\nPowered by\n'})
    parseCopy(String(file.value), file)
    expect(file.data.copydeskComments?.map((comment) => [comment.start, comment.end])).toEqual([[1, 30]])
  })

  it('gives nothing more than the mark for a file holding only a mark', () => {
    expect(leaves(parse('\uFEFF', 'a.txt'))).toEqual(['WhiteSpaceNode "\uFEFF" 1:1-1:2 0-1'])
  })
})

describe('CRLF', () => {
  it('is one line break, not a blank line between paragraphs', () => {
    const shape = (doc: string) => parse(doc, 'a.txt').children.map((node) => node.type)
    expect(shape('One line.\r\nTwo.\r\n')).toEqual(shape('One line.\nTwo.\n'))
    expect(shape('A line that\r\ngoes on, and on.')).toEqual(['ParagraphNode'])
    expect(shape('A line that\rgoes on, and on.')).toEqual(['ParagraphNode'])
    expect(shape('One.\r\n\r\nTwo.')).toEqual(['ParagraphNode', 'WhiteSpaceNode', 'ParagraphNode'])
    expect(shape('One.\r\rTwo.')).toEqual(['ParagraphNode', 'WhiteSpaceNode', 'ParagraphNode'])
  })
})

describe('deep nesting', () => {
  it('parses 10,000 block quotes inside one another without overflowing the stack', () => {
    const doc = '>'.repeat(10_000) + ' Deep words.'
    const tree = parse(doc, 'a.md')
    expect(leaves(tree).filter((leaf) => leaf.startsWith('WordNode'))).toEqual([])
    const texts = leaves(tree).filter((leaf) => leaf.startsWith('TextNode'))
    expect(texts).toEqual(['TextNode "Deep" 1:10002-1:10006 10001-10005', 'TextNode "words" 1:10007-1:10012 10006-10011'])
  })

  it('shifts positions of deeply nested trees without recursion', () => {
    type Deep = {type: string; children?: Deep[]; position: {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}}
    const leaf: Deep = {type: 'leaf', position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}}
    let node = leaf
    for (let depth = 0; depth < 100_000; depth++) node = {type: 'box', children: [node], position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}}
    shiftPositions([node], {line: 3, column: 5, offset: 40})
    expect(leaf.position).toEqual({start: {line: 3, column: 5, offset: 40}, end: {line: 3, column: 6, offset: 41}})
  })
})
