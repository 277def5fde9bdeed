import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {corpus} from '../src/index.js'
import {lint} from './support.js'

interface Entry {
  file: string
  rule?: string
  line: number | [number, number]
  snippet?: string
  expected?: string
  count?: number
}

const seeds = new URL('../../../seeds/', import.meta.url)
const expectations = JSON.parse(readFileSync(new URL('expected.json', seeds), 'utf8')) as {
  must: Entry[]
  must_not: Entry[]
}

function read(name: string): string {
  return readFileSync(new URL(name, seeds), 'utf8')
}

describe('seeds, with the bundled knowledge', () => {
  const names = ['000_f653e7d4b9240d4a.txt', '004_9f9cc69ba27d57d6.txt']

  it('gives exactly the name-spelling findings of the acceptance test', async () => {
    const file = await lint(read(names[0]!))
    expect(file.messages.map(String)).toEqual([
      '31:23-31:38: Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20; titled “US Secretary of State” in the text)',
      '31:287-31:302: Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20; titled “US Secretary of State” in the text)',
      "41:281-41:295: Unexpected `Joseph Borrell`, expected `Josep Borrell` (a known misspelling; EEAS High Representative of the Union for Foreign Affairs and Security Policy 2019-12-01 to 2024-11-30; titled “EU's foreign policy chief” in the text)",
      "21:99-21:149: Unexpected `European Organization for Security and Cooperation`, expected `Organization for Security and Co-operation in Europe` (a known wrong form of the OSCE's name)"
    ])
    expect((await lint(read(names[1]!))).messages).toEqual([])
  })

  for (const entry of expectations.must.filter((item) => item.rule === 'name-spelling')) {
    it(`must: ${entry.file} line ${String(entry.line)} ${entry.snippet ?? ''}`, async () => {
      const value = read(entry.file)
      const file = await lint(value)
      const found = file.messages.filter((message) => {
        if (message.line !== entry.line) return false
        const place = message.place as {start: {offset: number}; end: {offset: number}}
        const text = value.slice(place.start.offset, place.end.offset)
        expect(text).toBe(message.actual)
        return !entry.snippet || text.includes(entry.snippet) || entry.snippet.includes(text)
      })
      expect(found.length).toBe(entry.count ?? 1)
      if (entry.expected) for (const message of found) expect(message.expected).toContain(entry.expected)
    })
  }

  for (const entry of expectations.must_not.filter((item) => !item.rule || item.rule === 'name-spelling')) {
    it(`must not: ${entry.file} ${entry.snippet ?? ''}`, async () => {
      const value = read(entry.file)
      const file = await lint(value)
      let from = value.indexOf(entry.snippet!)
      expect(from).toBeGreaterThanOrEqual(0)
      while (from !== -1) {
        const to = from + entry.snippet!.length
        for (const message of file.messages) {
          const place = message.place as {start: {offset: number}; end: {offset: number}}
          expect(place.end.offset <= from || place.start.offset >= to, String(message)).toBe(true)
        }

        from = value.indexOf(entry.snippet!, to)
      }
    })
  }

  it('finds nothing across the two seeds as a story package', async () => {
    const files = await Promise.all(names.map(async (name) => lint(read(name), undefined, name)))
    expect(corpus(files).map(String)).toEqual([])
  })
})
