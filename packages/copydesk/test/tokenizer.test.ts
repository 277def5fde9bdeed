import {readdirSync, readFileSync} from 'node:fs'
import {isDeepStrictEqual} from 'node:util'
import fc from 'fast-check'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Node, Point} from 'unist'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {buildProse, paragraphs} from '../../bench/src/lib/prose.js'
import {parseAfterByteOrderMark} from '../src/lib/byte-order-mark.js'
import {parseMarkdown} from '../src/lib/parse-markdown.js'
import {maxPieceLength, parseText} from '../src/lib/parse-text.js'
import {parseCopy} from '../src/lib/parser.js'
import {shiftPositions} from '../src/lib/shift-positions.js'
import {breakImplicitSentences} from '../src/lib/implicit-sentences.js'
import {ParseEnglishAt, typeOfCodeUnit} from '../src/lib/tokenizer.js'

const seeds = new URL('../../../seeds/', import.meta.url)
const wellEdited = new URL('../../../tests/fixtures/well-edited/', import.meta.url)

/** Plain text parsed the way copydesk did before it had its own tokenizer: stock parser per piece, then shifted. */
function parseTextStock(doc: string): Root {
  return parseAfterByteOrderMark(doc, (text) => parseText(text, new ParseEnglish()))
}

function parseTextFast(doc: string): Root {
  return parseCopy(doc, new VFile({path: 'a.txt', value: doc}), 'text')
}

/**
 * Which point objects are shared: each point of the tree, in document order,
 * as the index of the first place the same object was seen. Plugins and
 * `shiftPositions` rely on parse-latin's sharing, so it must not change.
 */
function sharing(tree: Node): number[] {
  const seen = new Map<Point, number>()
  const ids: number[] = []
  const stack: Node[] = [tree]
  let node: Node | undefined
  while ((node = stack.pop())) {
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        let id = seen.get(point)
        if (id === undefined) {
          id = seen.size
          seen.set(point, id)
        }
        ids.push(id)
      }
    }
    const children = (node as {children?: Node[]}).children
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
  return ids
}

/**
 * Same tree, deep, positions included, and the same point objects shared;
 * unless `large`, also the same key order (as JSON shows it).
 */
function expectSameTree(actual: Root, expected: Root, large = false): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected)
  expect(isDeepStrictEqual(actual, expected)).toBe(true)
  if (!large) expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))
  expect(isDeepStrictEqual(sharing(actual), sharing(expected))).toBe(true)
}

describe('character classes', () => {
  it('gives every code point the node type parse-latin gives it', () => {
    const stock = new ParseEnglish()
    const fast = new ParseEnglishAt()
    const wrong: string[] = []
    for (let code = 0; code <= 0x10_ff_ff; code++) {
      // Lone surrogates included: parse-latin reads code units, so they are symbols to both.
      const character = String.fromCodePoint(code)
      const expected = stock.tokenize(character)
      const actual = fast.tokenize(character)
      if (actual.length !== 1 || expected.length !== 1 || actual[0]!.type !== expected[0]!.type) {
        wrong.push(`U+${code.toString(16)}: ${actual.map((node) => node.type).join()} vs ${expected.map((node) => node.type).join()}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('classifies each UTF-16 code unit as parse-latin does', () => {
    const stock = new ParseEnglish()
    const wrong: number[] = []
    for (let code = 0; code < 0x1_00_00; code++) {
      if (typeOfCodeUnit(code) !== stock.tokenize(String.fromCharCode(code))[0]!.type) wrong.push(code)
    }
    expect(wrong).toEqual([])
    expect(['a', ' ', '.', '#', '’', '\u00A0', '\u0301'].map((character) => typeOfCodeUnit(character.charCodeAt(0)))).toEqual([
      'WordNode',
      'WhiteSpaceNode',
      'PunctuationNode',
      'SymbolNode',
      'PunctuationNode',
      'WhiteSpaceNode',
      'WordNode'
    ])
  })

  it('keeps surrogate pairs, repeated marks and mixed marks as parse-latin splits them', () => {
    const doc = '😀😀 ?? ?! ... ..! -- —– ## #$ 𝐀𝐁 a😀b 🇺🇸 ‘’ “” \u0301a a\u0301 \uD83D. .\uDE00'
    expectSameTree(new ParseEnglishAt().parse(doc), new ParseEnglish().parse(doc))
  })
})

describe('tokenizer', () => {
  it('builds the stock tree when not told where the text starts (as for Markdown)', () => {
    const doc = 'Mr. Ryabkov met U.S. officials in Geneva on Jan. 9, 2022. "Not viable," he said!\r\nSee p. 4 -- or e.g. the annex.'
    expectSameTree(new ParseEnglishAt().parse(doc), new ParseEnglish().parse(doc))
    expect(new ParseEnglishAt().parse('')).toEqual(new ParseEnglish().parse(''))
  })

  it('counts from the start it is given, as the stock tree shifted there', () => {
    const doc = 'He said: “Yes.”\nThen, at 3 p.m., he left.\r\n\r\nU.N. staff—500 of them—stayed.'
    const parser = new ParseEnglishAt()
    for (const start of [
      {line: 1, column: 1, offset: 0},
      {line: 1, column: 9, offset: 8},
      {line: 40, column: 1, offset: 1200},
      {line: 7, column: 13, offset: 5}
    ]) {
      const expected = new ParseEnglish().parse(doc)
      shiftPositions(expected.children, start)
      expectSameTree(parser.parseAt(doc, start), expected)
    }
    // After `parseAt`, the parser counts from 1:1 again.
    expectSameTree(parser.parse(doc), new ParseEnglish().parse(doc))
  })

  it('breaks sentences at blank lines as parse-latin does, with its own plugin', () => {
    expect(new ParseEnglishAt().tokenizeParagraphPlugins).toContain(breakImplicitSentences)
    expect(new ParseEnglish().tokenizeParagraphPlugins).not.toContain(breakImplicitSentences)
    for (const doc of [
      'One\n\nTwo',
      'One.\r\n\r\nTwo three\r\rfour\n \n five',
      'a \n\u000B\n b \f\n\f\n c\u2028\u2028d',
      '\n\nLeading and trailing\n\n',
      'Mr.\n\nSmith said\r\n\nno.\n\n\n“Yes,”\n\nhe said.'
    ]) {
      expectSameTree(new ParseEnglishAt().parse(doc), new ParseEnglish().parse(doc))
    }
  })

  it('breaks sentences at blank lines as parse-latin does (property)', () => {
    const pieces = fc.constantFrom('word', 'Mr.', '. ', '"', ' ', '\n', '\r', '\r\n', '\u000B', '\f', '\u2028', '\n\n', '\n \n', '!')
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 40}).map((list) => list.join('')), (doc) => {
        expectSameTree(new ParseEnglishAt().parse(doc), new ParseEnglish().parse(doc))
      }),
      {numRuns: 1500}
    )
  })

  it('reports the point after the text it parsed', () => {
    const parser = new ParseEnglishAt()
    parser.parseAt('ab\r\ncd\re\nf😀', {line: 3, column: 4, offset: 10})
    expect(parser.reached).toEqual({line: 6, column: 4, offset: 22})
    parser.parseAt('', {line: 2, column: 2, offset: 3})
    expect(parser.reached).toEqual({line: 2, column: 2, offset: 3})
  })
})

describe('plain text: the same tree as the stock parser shifted into place', () => {
  const pieces = fc.constantFrom(
    'word', 'Geneva', 'Ryabkov', 'talks', 'said', 'the', 'a', 'I', 'Mr.', 'Dr.', 'U.S.', 'e.g.', 'i.e.', 'p.m.', 'Jan.', 'No.', 'St.',
    ' ', '  ', '\t', '\u00A0', '\u2009', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n \t\n', '\n\n\n', '\n\u000B\n', '\r\f\r\n',
    '.', '. .', '...', '…', ',', ';', ':', '!', '?', '?!', '"', "'", '’', '‘', '“', '”', '(', ')', '[', ']', '-', '--', '—', '–', '/', '_',
    '#', '$', '%', '&', '*', '+', '=', '@', '|', '~', '^', '`', '<', '>', '©', '€', '°', '†',
    '0', '7', '1949', '3.5', '10,000', '1st', '24/7',
    '👍', '👩🏽‍💻', '🇺🇸', '😀😀', '𝐀', '\uD83D', '\uDE00',
    '\u0301', 'e\u0301', '\u0308', 'ﬁ', 'ß', 'é', 'Ø',
    'مرحبا', 'שלום', '\u202B', '\u202C', '\u200E', '\u200F', '\u200B', '\u200D', '\uFEFF', 'Привет', '日本',
    'copydesk-disable name-spelling', '\ncopydesk-enable\n', '<!-- copydesk-disable -->'
  )
  const text = fc.oneof(
    {weight: 4, arbitrary: fc.array(pieces, {maxLength: 80}).map((list) => list.join(''))},
    {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 80})},
    {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 60})}
  )

  it('on generated text (property)', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (body, byteOrderMark) => {
        const doc = (byteOrderMark ? '\uFEFF' : '') + body
        expectSameTree(parseTextFast(doc), parseTextStock(doc))
      }),
      {numRuns: 2500}
    )
  })

  it('on paragraphs long enough to be cut into pieces', () => {
    for (const doc of [
      'Word '.repeat(10_000),
      'Sentence here. '.repeat(3000) + '\n' + 'Line\r\n'.repeat(5000),
      'x'.repeat(maxPieceLength * 2 + 5),
      '😀'.repeat(maxPieceLength + 3),
      'Intro.\n\n' + 'Mr. Smith said “yes”. '.repeat(1500) + '\ncopydesk-disable\n' + 'More text, more.\r'.repeat(2000)
    ]) {
      expectSameTree(parseTextFast(doc), parseTextStock(doc))
    }
  })

  it('on the seed articles and the well-edited corpus', () => {
    const files = [
      ...readdirSync(seeds).filter((name) => name.endsWith('.txt')).map((name) => new URL(name, seeds)),
      ...readdirSync(wellEdited).filter((name) => name.endsWith('.txt')).map((name) => new URL(name, wellEdited))
    ]
    expect(files.length).toBeGreaterThan(40)
    for (const file of files) {
      const doc = readFileSync(file, 'utf8')
      expectSameTree(parseTextFast(doc), parseTextStock(doc))
    }
  })

  it('on a megabyte of bench prose', () => {
    const doc = buildProse(paragraphs(seeds), 1_000_000)
    expectSameTree(parseTextFast(doc), parseTextStock(doc), true)
  })
})

describe('Markdown: the stock tree', () => {
  it('whether the parser is the copydesk one or the stock one (property)', () => {
    const pieces = fc.constantFrom('# ', '> ', '- ', '1. ', '*', '_', '`', '```\n', '[a](b)', '&amp;', '\\*', 'word', 'Mr.', 'U.S.', ' ', '\n', '\r\n', '\n\n', '. .', '👍', '\u0301', 'مرحبا', '—', '"', '’')
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 50}).map((list) => list.join('')), (doc) => {
        const fast = parseMarkdown(doc, new VFile({path: 'a.md', value: doc}), new ParseEnglishAt())
        const stock = parseMarkdown(doc, new VFile({path: 'a.md', value: doc}), new ParseEnglish())
        expectSameTree(fast, stock)
      }),
      {numRuns: 300}
    )
  })
})
