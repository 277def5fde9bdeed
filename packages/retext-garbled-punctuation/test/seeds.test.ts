import {readFileSync} from 'node:fs'
import {applyExpected} from '@copydesk/test-kit'
import {describe, expect, it} from 'vitest'
import {lint} from './support.js'

const seeds = new URL('../../../seeds/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, seeds), 'utf8')
const first = '000_f653e7d4b9240d4a.txt'
const second = '004_9f9cc69ba27d57d6.txt'

describe('seed 000', async () => {
  const value = read(first)
  const file = await lint(value)

  it('flags exactly the garbled punctuation', () => {
    expect(file.messages.map((message) => [String(message), message.actual, message.expected])).toEqual([
      ['7:32-7:38: Unexpected `; High`, expected `; high`: `High` is a common word, not a name, and takes lower case after a semicolon', '; High', ['; high']],
      ['13:59-13:65: Unexpected `; High`, expected `; high`: `High` is a common word, not a name, and takes lower case after a semicolon', '; High', ['; high']],
      [
        '17:62-17:63: Unexpected curly apostrophe in `What’s`, expected straight marks as in the rest of the document: 8 straight apostrophes and 8 straight quotation marks against 1 curly apostrophe',
        '’',
        undefined
      ],
      ['47:197-47:207: Unexpected `guarantee.`, expected `guarantee`: the sentence goes on in lower case with `the`, so the full stop is stray', 'guarantee.', ['guarantee']],
      ['49:204-49:218: Unexpected `warnings. .and`, expected `warnings and`: the sentence goes on in lower case with `and`, so the full stops are stray', 'warnings. .and', ['warnings and']],
      ['49:252-49:262: Unexpected `fulfilled.`, expected `fulfilled`: the sentence goes on in lower case with `with`, so the full stop is stray', 'fulfilled.', ['fulfilled']]
    ])
  })

  it('names the first straight mark, on line 25, in the note', () => {
    expect(file.messages[2]?.note).toBe(
      "The first straight mark is the apostrophe in `Moscow's` on line 25. Pick one style; the `quotes` option can require `straight` or `smart` and then fixes each mark."
    )
  })

  it('has spans that hold the acceptance snippets', () => {
    const spans = file.messages.map((message) => {
      const place = message.place as {start: {offset: number}; end: {offset: number}}
      return value.slice(place.start.offset, place.end.offset)
    })
    for (const snippet of ['guarantee.', '.and', 'fulfilled.', '; High']) {
      expect(spans.some((span) => span.includes(snippet)), snippet).toBe(true)
    }
  })
})

describe('seed 004', async () => {
  const file = await lint(read(second))

  it('flags mixed apostrophes and the space after `count.`', () => {
    expect(file.messages.map((message) => [String(message), message.actual, message.expected])).toEqual([
      [
        '10:262-10:263: Unexpected curly apostrophe in `latter’s`, expected straight marks as in the rest of the document: 2 straight apostrophes and 2 straight quotation marks against 2 curly apostrophes',
        '’',
        undefined
      ],
      ['18:466-18:473: Unexpected `count.\u2423`, expected `count.`: a white-space character is left at the end of the paragraph', 'count.\u00a0', ['count.']]
    ])
  })
})

describe('seeds: must not', () => {
  const cases: Array<[string, string[]]> = [
    [first, ['Sergei Ryabkov', 'Jens Stoltenberg', 'Secretary-General', 'Vladimir Putin', 'Joe Biden', 'Nord Stream 2', 'post-Cold War', 'Ground Report | New Delhi', "this week's", 'June last year', 'Wendy Sherman']],
    [second, ['Sergei Ryabkov', 'Sergei Lavrov', 'Jens Stoltenberg', 'US-Russia', '1949', '1997', '2014', 'Wendy Sherman, the US deputy secretary of state', '  • Ban further expansion', '  • End of their activity', '  • They expressed strong contempt']]
  ]

  for (const [name, snippets] of cases) {
    it(`leaves correct text in ${name} alone`, async () => {
      const value = read(name)
      const file = await lint(value)
      for (const snippet of snippets) {
        let count = 0
        for (let at = value.indexOf(snippet); at !== -1; at = value.indexOf(snippet, at + 1)) {
          count++
          const overlapping = file.messages.filter((message) => {
            const place = message.place as {start: {offset: number}; end: {offset: number}}
            return place.start.offset < at + snippet.length && place.end.offset > at
          })
          expect(overlapping.map(String), snippet).toEqual([])
        }

        expect(count, snippet).toBeGreaterThan(0)
      }
    })
  }
})

describe('seeds: fixes', () => {
  const repaired: Record<string, string[]> = {
    [first]: [
      'Tensions over Ukraine; high-level talks',
      'to guarantee the security of Russia',
      'strong US warnings and Europe',
      'will be fulfilled with massive'
    ],
    [second]: ['fatalities on the count.\n\nUS and EU']
  }

  for (const name of [first, second]) {
    it(`applying the fixes to ${name} leaves none of the fixed faults`, async () => {
      const value = read(name)
      const before = await lint(value)
      const fixable = before.messages.filter((message) => message.expected?.length === 1)
      expect(fixable.length).toBeGreaterThan(0)
      const fixed = applyExpected(value, fixable)
      const after = await lint(fixed)
      // Only the unfixable document-wide quotation style finding may remain.
      expect(after.messages.filter((message) => message.expected !== undefined).map(String)).toEqual([])
      expect(after.messages.length).toBe(before.messages.length - fixable.length)
      for (const text of repaired[name]!) expect(fixed).toContain(text)
    })
  }
})
