import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {corpus} from '../src/index.js'
import {lint} from './support.js'

const names = ['000_f653e7d4b9240d4a.txt', '004_9f9cc69ba27d57d6.txt']
const seed = (name: string): string => readFileSync(new URL('../../../seeds/' + name, import.meta.url), 'utf8')

/** The acceptance test's entries for this rule (and those for every rule, under `must_not`). */
const {must, corpus_must: corpusMust, must_not: mustNot} = JSON.parse(seed('expected.json')) as Record<
  'must' | 'corpus_must' | 'must_not',
  Array<{file: string; rule?: string; line: number; snippet?: string; expected?: string; mentions?: string}>
>
type Place = {start: {offset: number; line: number}; end: {offset: number}}

describe('seeds, with the bundled knowledge', () => {
  it('gives exactly these findings on each seed alone', async () => {
    const first = await lint(seed(names[0]!), undefined, names[0])
    expect(first.messages.map((message) => [String(message), message.fatal])).toEqual([
      [
        '000_f653e7d4b9240d4a.txt:25:62-25:86: Unexpected `Under Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: Sherman was Under Secretary of State for Political Affairs 2011-09-21 to 2015-10-02, but this text dates from 2021-01-20 to 2024-10-01 by the roles it gives Sergei Ryabkov, Joe Biden and Jens Stoltenberg, when Sherman was Deputy Secretary of State (2021-04-14 to 2023-07-28); line 29 calls Sherman `US Deputy Secretary of State`',
        false
      ],
      [
        '000_f653e7d4b9240d4a.txt:29:119-29:147: Unexpected `US Deputy Secretary of State` standing alone, expected `US deputy secretary of state`: AP style writes a formal title in lower case unless it stands directly before a name',
        undefined
      ]
    ])
    expect((await lint(seed(names[1]!), undefined, names[1])).messages).toEqual([])
  })

  for (const entry of must.filter((item) => item.rule === 'person-title')) {
    it(`must: ${entry.file} line ${String(entry.line)} ${entry.snippet ?? ''}`, async () => {
      const value = seed(entry.file)
      const file = await lint(value, undefined, entry.file)
      const found = file.messages.filter((message) => {
        const place = message.place as Place
        expect(value.slice(place.start.offset, place.end.offset)).toBe(message.actual)
        return message.line === entry.line && message.fatal !== undefined && (!entry.snippet || message.actual?.includes(entry.snippet))
      })
      expect(found).toHaveLength(1)
      if (entry.expected) expect(found[0]?.expected).toContain(entry.expected)
    })
  }

  for (const entry of mustNot.filter((item) => !item.rule || item.rule === 'person-title')) {
    it(`must not: ${entry.file} ${entry.snippet ?? ''}`, async () => {
      const value = seed(entry.file)
      const file = await lint(value, undefined, entry.file)
      let from = value.indexOf(entry.snippet!)
      expect(from).toBeGreaterThanOrEqual(0)
      while (from !== -1) {
        const to = from + entry.snippet!.length
        for (const message of file.messages) {
          const place = message.place as Place
          expect(place.end.offset <= from || place.start.offset >= to, String(message)).toBe(true)
        }

        from = value.indexOf(entry.snippet!, to)
      }
    })
  }

  it('as one story package: Sherman’s title in 000 names 004', async () => {
    const files = await Promise.all(names.map(async (name) => lint(seed(name), undefined, name)))
    const messages = corpus(files)
    expect(messages.map((message) => [message.file, String(message), message.expected])).toEqual([
      [
        '000_f653e7d4b9240d4a.txt',
        '000_f653e7d4b9240d4a.txt:25:62-25:86: Unexpected `Under Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: `004_9f9cc69ba27d57d6.txt` line 6 calls Sherman `US deputy secretary of state`, and Wendy Sherman was Under Secretary of State for Political Affairs 2011-09-21 to 2015-10-02 and Deputy Secretary of State 2021-04-14 to 2023-07-28, never both at once',
        ['Deputy Secretary of State']
      ]
    ])

    for (const entry of corpusMust.filter((item) => item.rule === 'person-title')) {
      const file = files.find((item) => item.path === entry.file)!
      const found = file.messages.filter(
        (message) => message.line === entry.line && message.ruleId === 'person-title' && message.reason.includes(entry.mentions!)
      )
      expect(found).toHaveLength(1)
      const cause = found[0]?.cause as {file: string; place: Place}
      expect([cause.file, cause.place.start.line]).toEqual(['004_9f9cc69ba27d57d6.txt', 6])
    }
  })
})
