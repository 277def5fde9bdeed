import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextGarbledPunctuation from '../src/index.js'
import {lint} from './support.js'

const url = 'https://github.com/copydesk/copydesk/tree/main/packages/retext-garbled-punctuation#readme'

describe('api', () => {
  it('exposes only the default export', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['default'])
  })

  it('emits a complete message', async () => {
    const file = await lint('The talks were meant to guarantee. the security of Russia.', null, 'story.txt')
    expect(file.messages).toHaveLength(1)
    expect(JSON.parse(JSON.stringify({...file.messages[0], ancestors: []}))).toEqual({
      ancestors: [],
      column: 25,
      fatal: false,
      file: 'story.txt',
      message:
        'Unexpected `guarantee.`, expected `guarantee`: the sentence goes on in lower case with `the`, so the full stop is stray',
      line: 1,
      name: 'story.txt:1:25-1:35',
      place: {start: {line: 1, column: 25, offset: 24}, end: {line: 1, column: 35, offset: 34}},
      reason:
        'Unexpected `guarantee.`, expected `guarantee`: the sentence goes on in lower case with `the`, so the full stop is stray',
      ruleId: 'garbled-punctuation',
      source: 'copydesk',
      actual: 'guarantee.',
      expected: ['guarantee'],
      url
    })
  })

  it('gives messages the paragraph as an ancestor', async () => {
    const file = await lint('First paragraph.\n\nIt ended,, then.')
    const ancestors = file.messages[0]?.ancestors ?? []
    expect(ancestors.map((node) => node.type)).toEqual(['RootNode', 'ParagraphNode'])
  })

  it('gives the document-wide quotation style message the root as its ancestor and a note', async () => {
    const file = await lint("Moscow's answer.\n\nWhat’s next, and Kyiv's?")
    expect(file.messages.map(String)).toEqual([
      '3:5-3:6: Unexpected curly apostrophe in `What’s`, expected straight marks as in the rest of the document: 2 straight apostrophes against 1 curly apostrophe'
    ])
    expect(file.messages[0]?.ancestors?.map((node) => node.type)).toEqual(['RootNode'])
    expect(file.messages[0]?.note).toBe(
      "The first straight mark is the apostrophe in `Moscow's` on line 1. Pick one style; the `quotes` option can require `straight` or `smart` and then fixes each mark."
    )
    expect(file.messages[0]?.expected).toBeUndefined()
  })

  it('takes a severity', async () => {
    const text = 'It ended,, then.'
    const processor = unified().use(retextEnglish).use(retextGarbledPunctuation, ['error', {quotes: false}] as never)
    const file = new VFile(text)
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((message) => [String(message), message.fatal])).toEqual([
      ['1:4-1:11: Unexpected `ended,,`, expected `ended,`: the comma is doubled', true]
    ])

    const off = unified().use(retextEnglish).use(retextGarbledPunctuation, ['off', {quotes: 'smart'}] as never)
    const quiet = new VFile(text)
    await off.run(off.parse(quiet), quiet)
    expect(quiet.messages).toEqual([])
  })

  it('accepts `null`, `undefined` and empty options alike', async () => {
    const text = 'It ended,, then.'
    const expected = ['1:4-1:11: Unexpected `ended,,`, expected `ended,`: the comma is doubled']
    expect((await lint(text, null)).messages.map(String)).toEqual(expected)
    expect((await lint(text, undefined)).messages.map(String)).toEqual(expected)
    expect((await lint(text, {})).messages.map(String)).toEqual(expected)
  })

  it('throws a TypeError naming a bad option when attached', () => {
    const attach = (options: unknown) => () => unified().use(retextEnglish).use(retextGarbledPunctuation, options as never).freeze()
    expect(attach({brands: 'eBay'})).toThrow(new TypeError('Unexpected value `eBay` for `brands`, expected an array of words'))
    expect(attach({brands: ['e Bay']})).toThrow(new TypeError('Unexpected item `e Bay` in `brands`, expected a word without white space'))
    expect(attach({abbreviations: ['']})).toThrow(new TypeError('Unexpected item `` in `abbreviations`, expected a word without white space'))
    expect(attach({abbreviations: [3]})).toThrow(new TypeError('Unexpected item `3` in `abbreviations`, expected a word without white space'))
    expect(attach({quotes: 'curly'})).toThrow(
      new TypeError("Unexpected value `curly` for `quotes`, expected `'consistent'`, `'straight'`, `'smart'` or `false`")
    )
    expect(attach({quotes: true})).toThrow(TypeError)
    expect(attach({brand: []})).toThrow(new TypeError('Unexpected option `brand`, expected one of `brands`, `abbreviations`, `quotes`'))
    expect(attach([1, 'x'])).toThrow(new TypeError('Unexpected value `x` for `options`, expected an object'))
    // `unified-lint-rule` takes a bare string as options, not as a severity.
    expect(attach('error')).toThrow(new TypeError('Unexpected value `error` for `options`, expected an object'))
    expect(attach(['error', {quotes: 'both'}])).toThrow(TypeError)
  })

  it('gives no messages on an empty tree or a tree without positions', async () => {
    const processor = unified().use(retextGarbledPunctuation)
    const empty = new VFile('')
    await processor.run({type: 'RootNode', children: []}, empty)
    expect(empty.messages).toEqual([])

    const bare = new VFile('It ended,, then.')
    const tree = unified().use(retextEnglish).parse(bare)
    const strip = (node: {position?: unknown; children?: unknown[]}): void => {
      delete node.position
      for (const child of (node.children ?? []) as Array<typeof node>) strip(child)
    }

    strip(tree as never)
    await processor.run(tree, bare)
    expect(bare.messages).toEqual([])
  })
})
