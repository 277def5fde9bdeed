import {misplacedMessages} from '@copydesk/test-kit'
import fc from 'fast-check'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextGarbledPunctuation from '../src/index.js'
import {lint} from './support.js'


/** Every message lies inside the text and its `actual` is the text at its place. */
function checkPlaces(file: VFile): void {
  expect(misplacedMessages(file)).toEqual([])
  for (const message of file.messages) expect(message.ruleId).toBe('garbled-punctuation')
}

// Text made of the characters this rule cares about, so faults are common.
const punctuated = fc
  .array(
    fc.constantFrom(
      'a', 'The', 'word', ' ', ' ', '\n', '\n\n', '.', ',', ';', ':', '!', '?', '...', '…', '"', "'",
      '\u2018', '\u2019', '\u201c', '\u201d', '(', ')', '[', ']', 'U.S.', 'Mr', '3.5', '\u00a0', '\t', '\r\n', 'High'
    ),
    {maxLength: 60}
  )
  .map((parts) => parts.join(''))

describe('properties', () => {
  it('never throws and places every message inside the text, on any string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({unit: 'binary', maxLength: 200}), async (value) => {
        checkPlaces(await lint(value))
      }),
      {numRuns: 300}
    )
  })

  it('never throws and places every message inside the text, on punctuation-heavy text', async () => {
    await fc.assert(
      fc.asyncProperty(punctuated, async (value) => {
        checkPlaces(await lint(value))
      }),
      {numRuns: 500}
    )
  })

  it('gives no message for an empty document', async () => {
    expect((await lint('')).messages).toEqual([])
  })

  it('applying its own fixes does not bring back the fixed faults at the same place', async () => {
    const {applyExpected} = await import('@copydesk/test-kit')
    await fc.assert(
      fc.asyncProperty(punctuated, async (value) => {
        const first = await lint(value)
        const fixed = applyExpected(value, first.messages)
        checkPlaces(await lint(fixed))
      }),
      {numRuns: 200}
    )
  })

  it('checks a 5 MB line without spaces in reasonable time', async () => {
    const value = 'abcdefghij'.repeat(500_000) + '.. the end ,,and'
    const started = performance.now()
    const file = await lint(value)
    expect(performance.now() - started).toBeLessThan(20_000)
    checkPlaces(file)
  }, 30_000)

  it('stays linear on a 5 MB paragraph of punctuation (tree built by hand)', async () => {
    // parse-english itself is slow on long runs of punctuation, so the tree
    // is built directly: one sentence of alternating marks and words.
    const units = [...'Talks went on,, and on '.repeat(3), ...'(they said "so!! ', '\u2019', ' ', ...'It ended; High']
    const children: Array<{type: 'TextNode' | 'PunctuationNode' | 'WhiteSpaceNode'; value: string; position: object}> = []
    let offset = 0
    let value = ''
    while (offset < 5_000_000) {
      for (const unit of units) {
        const type = unit === ' ' ? 'WhiteSpaceNode' : /\w/.test(unit) ? 'TextNode' : 'PunctuationNode'
        children.push({type, value: unit, position: {start: {line: 1, column: offset + 1, offset}, end: {line: 1, column: offset + 2, offset: offset + 1}}})
        offset++
        value += unit
      }
    }

    const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: offset + 1, offset}}
    const tree = {
      type: 'RootNode',
      position,
      children: [{type: 'ParagraphNode', position, children: [{type: 'SentenceNode', position, children}]}]
    } as unknown as Root
    const file = new VFile(value)
    const started = performance.now()
    await unified().use(retextGarbledPunctuation).run(tree, file)
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(file.messages.length).toBeGreaterThan(0)
    for (const message of file.messages.slice(0, 1000)) {
      const place = message.place as {start: {offset: number}; end: {offset: number}}
      expect(message.actual).toBe(value.slice(place.start.offset, place.end.offset))
    }
  }, 60_000)
})
