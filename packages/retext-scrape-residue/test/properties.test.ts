import fc from 'fast-check'
import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import type {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {lint, lintMarkdown, lintTree} from './lint.js'

/**
 * Every message lies within the text and its `actual` is the text there.
 * Problems are gathered and asserted once, which keeps checking hundreds of
 * thousands of messages fast.
 */
function checkMessages(file: VFile, value: string, countLines = true): void {
  const problems: string[] = []
  for (const message of file.messages) {
    const place = message.place as {start: {line: number; offset: number}; end: {offset: number}}
    const {start, end} = {start: place.start.offset, end: place.end.offset}
    if (!(start >= 0 && start <= end && end <= value.length)) problems.push(`${String(message)}: outside the text`)
    else if (message.actual !== value.slice(start, end)) problems.push(`${String(message)}: actual is not the source`)
    if (message.line !== place.start.line) problems.push(`${String(message)}: line is not the start line`)
    if (countLines && value.slice(0, start).split(/\r\n|\r|\n/).length !== place.start.line) problems.push(`${String(message)}: wrong line`)
    if (!(message.expected === undefined || (message.expected.length === 1 && message.expected[0] === ''))) problems.push(`${String(message)}: fix`)
    if (message.ruleId !== 'scrape-residue') problems.push(`${String(message)}: rule id`)
  }
  expect(problems).toEqual([])
}

/** Pieces of debris and of copy, to build texts that hit every check. */
const pieces = [
  'ALSO READ:', 'Powered by', 'Home', 'Explained', 'News', 'World', 'Share This Post On', 'Tags:', '#ukraine',
  '[email protected]', '[email&#160;protected]', 'FacebookTwitterInstagram', 'Facebook', 'Leave a comment', 'Log-in',
  'You need to login to leave a comment.', 'Follow us on', 'Click here', 'We use cookies', 'Support fearless and fair journalism today.',
  'Our team of journalists', 'was founded in', 'we depend on support', 'New Update', 'Advertisement', '»', '|', ':', '.', '“', '”',
  'The talks began on Monday.', 'US Russia Tensions over Ukraine', '  • ', '## ', '- ', '> ', '**', '[', '](https://x.org)',
  '\u00a0', '\u200d', '\u202e', '😀', 'İ', 'ß'
]
const separators = fc.constantFrom(' ', '\n', '\n\n', '\r\n', '', '\t', '; ')
const codeUnits = fc.string({unit: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))})

const debrisText = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...pieces), fc.string({unit: 'grapheme'})), separators), {maxLength: 40})
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''))

describe('properties', () => {
  test('arbitrary Unicode, including lone surrogates and the empty string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({unit: 'binary'}), codeUnits, fc.constant('')), async (value) => {
        checkMessages(await lint(value), value)
      }),
      {numRuns: 300}
    )
  })

  test('texts made of debris and copy', async () => {
    await fc.assert(
      fc.asyncProperty(debrisText, async (value) => {
        checkMessages(await lint(value), value)
      }),
      {numRuns: 300}
    )
  })

  test('the same texts as Markdown', async () => {
    // Lines are not recounted here: mdast-util-to-nlcst itself gives nodes
    // after a `\r\n` or a stripped trailing space points a few units off
    // (copydesk's own Markdown parser realigns them); spans must still be
    // within the text and `actual` the text there.
    await fc.assert(
      fc.asyncProperty(debrisText, async (value) => {
        checkMessages(await lintMarkdown(value), value, false)
      }),
      {numRuns: 200}
    )
  })

  test('options never change where a message is', async () => {
    await fc.assert(
      fc.asyncProperty(debrisText, fc.array(fc.string({minLength: 1}).filter((item) => item.trim() !== ''), {maxLength: 3}), async (value, list) => {
        checkMessages(await lint(value, {phrases: list, allow: list, headlineRepeats: false}), value)
      }),
      {numRuns: 100}
    )
  })
})

describe('size', () => {
  test('a 5 MB line without spaces passes in reasonable time', async () => {
    const value = 'FacebookTwitter'.repeat(Math.ceil(5_000_000 / 15))
    const started = performance.now()
    const file = await lint(value)
    expect(performance.now() - started).toBeLessThan(20_000)
    checkMessages(file, value)
    expect(file.messages).toEqual([])
  })

  test('a 5 MB line of words and marks without spaces is checked in linear time', async () => {
    // Built as a tree: the English parser itself slows down on such input,
    // and what is measured here is the rule.
    const unit = 'Share.Leave,a#comment»Home:Powered-by.'.repeat(6) + '[email&#160;protected]FacebookTwitter'
    const small = line(unit, 2_000)
    const large = line(unit, 20_000)
    const timeSmall = await timed(small)
    const timeLarge = await timed(large)
    expect(large.value.length).toBeGreaterThan(5_000_000)
    expect(timeLarge).toBeLessThan(Math.max(timeSmall * 30, 500))
  })
})

async function timed(input: {tree: Root; value: string}): Promise<number> {
  const started = performance.now()
  const file = await lintTree(input.tree, input.value)
  const time = performance.now() - started
  // One protected e-mail and one run of labels per repeat.
  expect(file.messages.length).toBe((input.value.match(/\[email/g) ?? []).length * 2)
  checkMessages(file, input.value, false)
  return time
}

/** A one-line text of `unit` repeated, as a tree of word and mark nodes with positions. */
function line(unit: string, times: number): {tree: Root; value: string} {
  const value = unit.repeat(times)
  const children: SentenceContent[] = []
  const pattern = /[\p{L}\p{N}]+|[^\p{L}\p{N}]/gu
  for (const match of value.matchAll(pattern)) {
    const start = {line: 1, column: match.index + 1, offset: match.index}
    const end = {line: 1, column: match.index + match[0].length + 1, offset: match.index + match[0].length}
    const position = {start, end}
    children.push(
      /[\p{L}\p{N}]/u.test(match[0])
        ? {type: 'WordNode', children: [{type: 'TextNode', value: match[0], position}], position}
        : {type: 'PunctuationNode', value: match[0], position}
    )
  }
  const sentence: Sentence = {type: 'SentenceNode', children}
  const paragraph: Paragraph = {type: 'ParagraphNode', children: [sentence]}
  return {tree: {type: 'RootNode', children: [paragraph]}, value}
}
