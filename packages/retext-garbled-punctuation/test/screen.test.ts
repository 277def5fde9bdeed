import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toNlcst} from 'mdast-util-to-nlcst'
import type {Paragraph, Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {resolveOptions, type Options} from '../src/lib/options.js'
import {sourceStandsForText} from '../src/lib/paragraph-text.js'
import {checkDocument} from '../src/lib/rule.js'
import {mayHoldClauseFault, mayHoldMarkup, mayHoldQuote, screenSource} from '../src/lib/screen.js'

type Parse = (value: string, file: VFile) => Root

const asText: Parse = (value) => new ParseEnglish().parse(value)
const asMarkdown: Parse = (value, file) => toNlcst(fromMarkdown(value), file, ParseEnglish)

/** Everything a message says, and the paragraph it names, from one run of the rule. */
function run(value: string, parse: Parse, options: Options | undefined, screen: boolean): unknown[] {
  const file = new VFile(value)
  const tree = parse(value, file)
  checkDocument(tree, file, resolveOptions(options), screen)
  return file.messages.map((message) => ({
    reason: message.reason,
    place: message.place,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    paragraph: paragraphIndex(tree, message.ancestors?.at(-1))
  }))
}

/** The place of a paragraph among the tree's paragraphs, so two parses of one text compare. */
function paragraphIndex(tree: Root, node: unknown): number {
  if (node === tree) return -1
  return tree.children.filter((child): child is Paragraph => child.type === 'ParagraphNode').indexOf(node as Paragraph)
}

/** Same findings with the screen on and off. */
function expectSame(value: string, parse: Parse, options?: Options): void {
  expect(run(value, parse, options, true)).toEqual(run(value, parse, options, false))
}

// Text built from what the screen and the checks look at: words in lower
// case and capitalised (common words, names, abbreviations, a Kelvin sign),
// each after a separator made of clause and terminal marks, quotation marks
// of both styles, brackets, white space of several kinds, every line ending
// and Markdown syntax.
const words = [
  'U.S.', 'Mr.', 'e.g.', 'p.m.', 'No.', 'St.', 'J.', 'etc.', 'adidas', 'eBay', '.com', '.NET', 'www.example.com', 'Cllr',
  'the', 'and', 'high', 'key', 'with', 'warnings', 'said', 'a', 'b', 'it', 'level', 'high-level', 'élan',
  'The', 'High', 'Key', '\u212Aey', 'HIGH', 'Washington', 'NATO', 'It', 'White', 'House', 'Élan', 'High-Level',
  '3.5', '.5', '6\'2"', '10', '1.', 'iv.', 'a)', '1)', "'90s", 'rock ’n’ roll', 'over!!', 'why??', 'what?!', '...', '…',
  '"no"', '“no”', "'no'", '‘no’', 'Moscow’s', "Moscow's", '(who', 'said)', '[sic]', '{a}', '"', '\u201c', '\u2019',
  '**bold**', '*it*', '_it_', '`code`', '&amp;', '&quot;', '&#46;', '\\.', '<b>', '~~a~~', '[a](https://example.com/a.b)'
]
const separators = [
  ' ', ' ', ' ', ' ', ', ', '. ', '; ', ': ', '! ', '? ', ' , ', ' . ', '. .', ',,', ';;', '::', '..', '.,', ' .', ' ;',
  '\u00a0', '\t', '\u2003', '  ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n \n', ' \n', '\n  ', ' \n\n',
  '\n> ', '\n- ', '\n1. ', '\n# ', '  \n', '\\\n', '', '"', '“', '”', '’', "'", '(', ')', '. "', '," ', '.” '
]

const documents = fc
  .array(fc.tuple(fc.constantFrom(...separators), fc.constantFrom(...words)), {maxLength: 40})
  .chain((pairs) => fc.constantFrom('', ' ', '\n', '  \n').map((end) => pairs.flat().join('') + end))
// Paragraphs that need no clause check, around one with a capital after a
// semicolon: whether that is reported depends on the capitals the others hold.
const calm = fc
  .array(fc.tuple(fc.constantFrom(' ', ' ', ', ', ' (', ') ', '’s ', '\n'), fc.constantFrom('the', 'talks', 'High', 'Key', '\u212Aey', 'HIGH', 'Washington', 'high', 'key', 'It', '3')), {
    minLength: 1,
    maxLength: 8
  })
  .map((pairs) => pairs.flat().join('').trim() + '.')
const semicolons = fc
  .tuple(fc.array(calm, {maxLength: 4}), fc.constantFrom('; High', '; Key', '; The', ';\nHigh'), fc.constantFrom(' hopes', ' rose', ' Washington', '-level'), fc.array(calm, {maxLength: 4}))
  .map(([before, candidate, after, later]) => [...before, 'Talks ended' + candidate + after + '.', ...later].join('\n\n'))
const settings = fc.constantFrom<Options | undefined>(undefined, {quotes: 'straight'}, {quotes: 'smart'}, {quotes: false}, {brands: ['adidas'], abbreviations: ['Cllr']})

describe('screen', () => {
  it('gives the same findings with and without it, on plain text', () => {
    fc.assert(
      fc.property(documents, settings, (value, options) => {
        expectSame(value, asText, options)
      }),
      {numRuns: 1500}
    )
  })

  it('gives the same findings with and without it, on Markdown', () => {
    fc.assert(
      fc.property(documents, settings, (value, options) => {
        expectSame(value, asMarkdown, options)
      }),
      {numRuns: 1500}
    )
  })

  it('gives the same findings with and without it, where Markdown moved the words of a paragraph', () => {
    // mdast-util-to-nlcst places the words of a text as if markup taken out
    // of it (indentation, `>`, character references) were still there.
    for (const value of [' over!!\n  U.S. ;U.S.', '> Talks went on\n> and on.', 'Talks &amp; more.\nNext line. the end', '- a\n\n  b ,c', '* x.\n  y ,z']) {
      expectSame(value, asMarkdown)
    }
  })

  it('gives the same findings with and without it, when capitals elsewhere decide a semicolon', () => {
    fc.assert(
      fc.property(semicolons, (value) => {
        expectSame(value, asText)
      }),
      {numRuns: 1000}
    )
  })

  it('gives the same findings with and without it, on the seed articles and the well-edited stories', () => {
    const folders = [new URL('../../../seeds/', import.meta.url), new URL('../../../tests/fixtures/well-edited/', import.meta.url)]
    let count = 0
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((name) => /\.(txt|md)$/.test(name))) {
        const value = readFileSync(new URL(name, folder), 'utf8')
        expectSame(value, name.endsWith('.md') ? asMarkdown : asText)
        count++
      }
    }

    expect(count).toBeGreaterThan(3)
  })

  it('lets most plain paragraphs of a seed article through unchecked', () => {
    const value = readFileSync(new URL('../../../seeds/000_f653e7d4b9240d4a.txt', import.meta.url), 'utf8')
    const tree = asText(value, new VFile(value))
    const flags = tree.children
      .filter((child): child is Paragraph => child.type === 'ParagraphNode')
      .map((paragraph) => {
        const range = sourceStandsForText(paragraph, value)
        return range ? screenSource(value, range[0], range[1]) : -1
      })
    expect(flags).not.toContain(-1)
    expect(flags.filter((flag) => flag === 0).length).toBeGreaterThan(flags.length / 3)
  })

  it('flags what each check needs, and Markdown syntax', () => {
    const flagsOf = (value: string) => screenSource(value, 0, value.length)
    expect(flagsOf('Talks went on and on. Then they ended, as planned.')).toBe(0)
    expect(flagsOf('Talks went on. and on.')).toBe(mayHoldClauseFault)
    expect(flagsOf('Talks went on; High hopes.')).toBe(mayHoldClauseFault)
    expect(flagsOf('Talks , went on.')).toBe(mayHoldClauseFault)
    expect(flagsOf('Moscow’s talks.')).toBe(mayHoldQuote)
    expect(flagsOf('Talks went **on**.')).toBe(mayHoldMarkup)
    expect(flagsOf('Talks went on\n  and on.')).toBe(mayHoldMarkup)
    for (const markup of ['&quot;', '\\"', '`a`', '*a*', '_a_', '[a](b)', '<b>', 'a\n> b', 'a\n\tb', 'a  \nb', 'a \r\nb', '~~a~~', '\u0000']) {
      expect(flagsOf('Talks ' + markup + ' went on') & mayHoldMarkup, markup).toBe(mayHoldMarkup)
    }
  })

  it('does not read a paragraph from the source when its edges are not the source', () => {
    const value = '> Talks went on\n> and on.'
    const file = new VFile(value)
    const tree = asMarkdown(value, file)
    const paragraphs = tree.children.filter((child): child is Paragraph => child.type === 'ParagraphNode')
    expect(paragraphs.map((paragraph) => sourceStandsForText(paragraph, value))).toContain(undefined)
  })
})
