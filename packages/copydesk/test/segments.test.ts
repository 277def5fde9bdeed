import {readFileSync} from 'node:fs'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {lintCorpus, lintText} from '../src/index.js'
import {cutSegments} from '../src/lib/segments.js'
import {advance} from '../src/lib/shift-positions.js'

describe('cutSegments', () => {
  it('cuts plain text after the first blank lines past the length, and the pieces join up again', () => {
    const doc = 'One two three.\n\nFour five six.\n\n\nSeven eight.\nNine ten.\n\nEleven.'
    const segments = cutSegments(doc, 'text', 10)
    expect(segments.map((segment) => segment.text)).toEqual(['One two three.\n\n', 'Four five six.\n\n\n', 'Seven eight.\nNine ten.\n\n', 'Eleven.'])
    expect(segments.map((segment) => segment.start)).toEqual([
      {line: 1, column: 1, offset: 0},
      {line: 3, column: 1, offset: 16},
      {line: 6, column: 1, offset: 33},
      {line: 9, column: 1, offset: 57}
    ])
    expect(segments.map((segment) => segment.text).join('')).toBe(doc)
  })

  it('keeps a text shorter than the length, or without a blank line after it, whole', () => {
    expect(cutSegments('Short.\n\nText.', 'text', 100)).toEqual([{text: 'Short.\n\nText.', start: {line: 1, column: 1, offset: 0}}])
    const long = 'A line.\nAnother line.\nA third line.'
    expect(cutSegments(long, 'text', 5)).toEqual([{text: long, start: {line: 1, column: 1, offset: 0}}])
    expect(cutSegments('', 'text', 5)).toEqual([])
  })

  it('counts CRLF and lone CR line breaks as the parser does', () => {
    const doc = 'First para.\r\n\r\nSecond para.\r\rThird.'
    const segments = cutSegments(doc, 'text', 5)
    expect(segments.map((segment) => segment.text)).toEqual(['First para.\r\n\r\n', 'Second para.\r\r', 'Third.'])
    for (const segment of segments) {
      expect(segment.start).toEqual(advance({line: 1, column: 1, offset: 0}, doc.slice(0, segment.start.offset)))
    }
  })

  it('never cuts Markdown inside a code fence or before an indented line', () => {
    const fenced = 'Intro.\n\n```\ncode\n\nmore code\n\nlast code\n```\n\nAfter.\n'
    expect(cutSegments(fenced, 'markdown', 5).map((segment) => segment.text)).toEqual([
      'Intro.\n\n',
      '```\ncode\n\nmore code\n\nlast code\n```\n\n',
      'After.\n'
    ])
    const listed = '- item one\n\n  continued item\n\n    indented code\n\nLast paragraph.\n'
    expect(cutSegments(listed, 'markdown', 5).map((segment) => segment.text)).toEqual([
      '- item one\n\n  continued item\n\n    indented code\n\n',
      'Last paragraph.\n'
    ])
    // As plain text, the same is cut at every blank line.
    expect(cutSegments(fenced, 'text', 5).length).toBe(5)
  })
})

describe('lintText on long texts, in segments', () => {
  const debris = 'ALSO READ:  How many Covid variants are there? Explained'
  const paragraph = 'The council met on Tuesday and approved the budget after a long debate about library hours.'

  it('reports each finding at its place in the whole text', async () => {
    const doc = [paragraph, paragraph, debris, paragraph, debris, ''].join('\n\n')
    const whole = await lintText(doc, {path: 'story.txt'})
    const segmented = await lintText(doc, {path: 'story.txt', segmentLength: 100})
    const found = (messages: VFileMessage[]) =>
      messages.filter((message) => message.ruleId === 'scrape-residue').map((message) => [String(message), message.actual, message.expected])
    expect(found(segmented.messages)).toEqual([
      ['story.txt:5:1-5:57: Unexpected related-link line `ALSO READ: How many Covid variants …`, expected no link teaser in the copy', debris, ['']],
      ['story.txt:9:1-9:57: Unexpected related-link line `ALSO READ: How many Covid variants …`, expected no link teaser in the copy', debris, ['']]
    ])
    expect(found(segmented.messages)).toEqual(found(whole.messages))
    for (const message of segmented.messages) expect(message.ancestors).toBeUndefined()
  })

  it('keeps the date of a dateline for the segments after it', async () => {
    const dated = 'GENEVA, Jan 10, 2022 (Reuters) - ' + paragraph
    const later = 'Wendy Sherman, the US under secretary of state, said the talks had been frank.'
    const doc = [dated, ...Array.from({length: 6}, () => paragraph), later, ''].join('\n\n')
    const titles = (messages: VFileMessage[]) =>
      messages.filter((message) => message.ruleId === 'person-title').map((message) => [message.line, message.column, message.actual, message.expected])
    const whole = await lintText(doc, {path: 'story.txt'})
    const segmented = await lintText(doc, {path: 'story.txt', segmentLength: 200})
    expect(titles(segmented.messages)).toEqual([[15, 20, 'US under secretary of state', ['US deputy secretary of state']]])
    expect(titles(segmented.messages)).toEqual(titles(whole.messages))
    // Later segments are dated as by the option, and say so.
    expect(segmented.messages.find((message) => message.ruleId === 'person-title')?.reason).toMatch(/dated 2022-01-10 by the `date` option/)
  })

  it('rejects a segment length that is not a positive whole number', async () => {
    await expect(lintText('Text.', {segmentLength: 0})).rejects.toThrow('Unexpected `0` for `options.segmentLength`, expected a positive whole number')
    await expect(lintText('Text.', {segmentLength: 1.5})).rejects.toThrow('for `options.segmentLength`')
  })
})

/**
 * Checks that compare one part of a document with a distant part, which run
 * within each segment: a repeated headline (scrape-residue) and one event on
 * two days (date-consistency) name the earlier line; the mix of quotation
 * mark styles (garbled-punctuation) counts the marks of the segment.
 */
function crossesSegments(message: VFileMessage, segmentOf: (line: number) => number): boolean {
  const earlier = /(?:repeats line|line) (\d+)/.exec(message.reason)
  const line = message.place && 'start' in message.place ? message.place.start.line : message.line
  if (earlier && line !== undefined) return segmentOf(Number(earlier[1])) !== segmentOf(line)
  return message.ruleId === 'garbled-punctuation' && /as in the rest of the document/.test(message.reason)
}

describe('lintText on 5 MB, whole and in segments', () => {
  it('finds the same, at the same places, but for checks across distant parts', {timeout: 900_000}, async () => {
    const seeds = ['000_f653e7d4b9240d4a.txt', '004_9f9cc69ba27d57d6.txt'].flatMap((name) =>
      readFileSync(new URL('../../../seeds/' + name, import.meta.url), 'utf8')
        .split(/\r?\n\s*\r?\n/)
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph.length > 0)
    )
    const parts: string[] = []
    let size = 0
    for (let pass = 0; size < 5_000_000; pass++) {
      for (let index = 0; index < seeds.length; index++) {
        const paragraph = seeds[(index * 7 + pass) % seeds.length]!
        parts.push(paragraph)
        size += paragraph.length + 2
      }
    }
    const doc = parts.join('\n\n') + '\n'
    const segmentLength = 1_000_000
    const starts = cutSegments(doc, 'text', segmentLength).map((segment) => segment.start.line)
    expect(starts.length).toBe(5)
    const segmentOf = (line: number) => starts.filter((start) => start <= line).length

    const segmented = await lintText(doc, {path: 'big.txt', segmentLength})
    // Line and column of each message's start, worked out from its offset by
    // walking the text once, in offset order.
    const placed = segmented.messages
      .map((message) => (message.place && 'start' in message.place ? {message, place: message.place} : undefined))
      .filter((item) => item !== undefined && item.place.start.offset !== undefined)
      .sort((a, b) => a!.place.start.offset! - b!.place.start.offset!)
    expect(placed.length).toBe(segmented.messages.length)
    let at = {line: 1, column: 1, offset: 0}
    for (const item of placed) {
      const {message, place} = item!
      at = advance(at, doc.slice(at.offset, place.start.offset))
      expect(place.start).toEqual(at)
      if (message.actual !== undefined && message.actual !== null) expect(doc.slice(place.start.offset, place.end.offset)).toBe(message.actual)
    }

    const whole = await lintText(doc, {path: 'big.txt', segmentLength: doc.length})
    const key = (message: VFileMessage) =>
      JSON.stringify([message.ruleId, message.place, message.actual, message.expected])
    const inWhole = new Set(whole.messages.map(key))
    const inSegments = new Set(segmented.messages.map(key))
    const missing = whole.messages.filter((message) => !inSegments.has(key(message)))
    const added = segmented.messages.filter((message) => !inWhole.has(key(message)))

    expect(segmented.messages.length).toBeGreaterThan(10_000)
    expect(missing.filter((message) => !crossesSegments(message, segmentOf)).map(String)).toEqual([])
    expect(added.filter((message) => !crossesSegments(message, segmentOf)).map(String)).toEqual([])
    // The checks across distant parts are a small share of the findings.
    expect(missing.length + added.length).toBeLessThan(whole.messages.length / 50)
  })
})

describe('lintCorpus on many files', () => {
  it('keeps no trees once a file is linted, and still makes the story-package finding', async () => {
    const names = ['000_f653e7d4b9240d4a.txt', '004_9f9cc69ba27d57d6.txt']
    const files = names.map((name) => ({path: name, value: readFileSync(new URL('../../../seeds/' + name, import.meta.url), 'utf8')}))
    const [first, second] = await lintCorpus(files)
    expect(first!.messages.some((message) => message.reason.includes('`004_9f9cc69ba27d57d6.txt` line 6 calls Sherman `US deputy secretary of state`'))).toBe(true)
    for (const message of [...first!.messages, ...second!.messages]) expect(message.ancestors).toBeUndefined()
    expect(first!.path).toBe(names[0])
    expect(String(second)).toBe(files[1]!.value)
  })
})
