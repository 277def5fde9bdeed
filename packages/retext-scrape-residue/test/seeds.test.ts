import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {applyExpected} from '@copydesk/test-kit'
import {lint} from './lint.js'

const seeds = new URL('../../../seeds/', import.meta.url)
const read = (name: string): string => readFileSync(new URL(name, seeds), 'utf8')

interface Entry {
  file: string
  rule?: string
  line?: number | [number, number]
  snippet?: string
}

const acceptance = JSON.parse(read('expected.json')) as {must: Entry[]; should: Entry[]; must_not: Entry[]}
const ours = (entry: Entry): boolean => entry.rule === 'scrape-residue'

/**
 * Every finding on the seeds: line and span with the reason, the line whose
 * whole text is `actual` (the seeds hold no-break spaces, so it is read from
 * the file), and whether removal is offered.
 */
const findings: Record<string, Array<[string, number, boolean]>> = {
  '000_f653e7d4b9240d4a.txt': [
    ['1:1-1:11: Unexpected site credit `Powered by`, expected no website credit in the copy', 1, true],
    ['3:1-3:15: Unexpected page navigation `Home Explained`, expected no navigation bar in the copy', 3, true],
    ['10:1-10:11: Unexpected page label `New Update`, expected no web-page label in the copy', 10, true],
    ['11:1-11:32: Unexpected repeated headline `US Russia Tensions over Ukraine`, expected the headline once: this line repeats the start of the lede on line 7', 11, false],
    ['17:1-17:81: Unexpected related-link line `ALSO READ: Dalit Man forced to …`, expected no link teaser in the copy', 17, true],
    ['19:1-19:32: Unexpected repeated headline `US Russia Tensions over Ukraine`, expected the headline once: this line repeats line 11', 19, false],
    ['27:1-27:56: Unexpected related-link line `ALSO READ: How many Covid variants …`, expected no link teaser in the copy', 27, true],
    ['53:1-53:173: Unexpected follow-us appeal `You can connect with Ground Report …`, expected no social-media appeal in the copy', 53, true]
  ],
  '004_9f9cc69ba27d57d6.txt': [
    ['1:1-1:113: Unexpected page navigation `Blog Business Entertainment Environment …`, expected no navigation bar in the copy', 1, true],
    ['26:1-26:19: Unexpected share widget `Share This Post On`, expected no sharing buttons in the copy', 26, true],
    ['28:1-28:85: Unexpected tag line `Tags: #worldnews #ukraine …`, expected no tag list in the copy', 28, true],
    ['31:1-31:16: Unexpected comment widget `Leave a comment`, expected no comment box in the copy', 31, true],
    ['33:1-33:45: Unexpected login prompt `You need to login to leave …`, expected no login prompt in the copy', 33, true],
    ['34:1-34:346: Unexpected publisher’s about-us text `TheSocialTalks was founded in 2020 as …`, expected no site boilerplate in the copy', 34, false],
    ['36:1-36:531: Unexpected donation appeal `Our team of journalists and editors …`, expected no fundraising appeal in the copy', 36, false],
    ['38:1-38:44: Unexpected donation appeal `Support fearless and fair journalism …`, expected no fundraising appeal in the copy', 38, true]
  ]
}

describe.each(Object.keys(findings))('seed %s', (name) => {
  const value = read(name)
  const run = lint(value)

  test('gives exactly these findings', async () => {
    const file = await run
    const lines = value.split('\n')
    expect(file.messages.map((message) => [String(message), message.actual, message.expected !== undefined])).toEqual(
      findings[name]!.map(([reason, line, removable]) => [reason, lines[line - 1]!.trim(), removable])
    )
    for (const message of file.messages) {
      expect(message.expected ?? ['']).toEqual([''])
      const place = message.place as {start: {offset: number}; end: {offset: number}}
      expect(value.slice(place.start.offset, place.end.offset)).toBe(message.actual)
    }
  })

  test('has every must and should finding of the acceptance list', async () => {
    const file = await run
    const entries = [...acceptance.must, ...acceptance.should].filter((entry) => ours(entry) && entry.file === name)
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) {
      const [first, last] = Array.isArray(entry.line) ? entry.line : [entry.line!, entry.line!]
      const hits = file.messages.filter((message) => {
        const line = message.line ?? 0
        return line >= first && line <= last && (!entry.snippet || String(message.actual).includes(entry.snippet))
      })
      expect(hits.length, JSON.stringify(entry)).toBeGreaterThan(0)
    }
  })

  test('touches no must-not text', async () => {
    const file = await run
    const entries = acceptance.must_not.filter((entry) => entry.file === name && (!entry.rule || ours(entry)))
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) {
      let at = value.indexOf(entry.snippet!)
      expect(at, entry.snippet).toBeGreaterThan(-1)
      while (at !== -1) {
        const end = at + entry.snippet!.length
        for (const message of file.messages) {
          const place = message.place as {start: {offset: number}; end: {offset: number}}
          expect(place.end.offset <= at || place.start.offset >= end, `${String(message)} overlaps ${entry.snippet}`).toBe(true)
        }
        at = value.indexOf(entry.snippet!, end)
      }
    }
  })

  test('applying the fixes leaves copy that lints clean of removable debris', async () => {
    const fixed = applyExpected(value, (await run).messages)
    const again = await lint(fixed)
    expect(again.messages.filter((message) => message.expected !== undefined)).toEqual([])
  })
})

test('004: the bullet lines 12-16 are left alone', async () => {
  const file = await lint(read('004_9f9cc69ba27d57d6.txt'))
  expect(file.messages.filter((message) => (message.line ?? 0) >= 12 && (message.line ?? 0) <= 16)).toEqual([])
})

test('000: the subheads are left alone', async () => {
  const file = await lint(read('000_f653e7d4b9240d4a.txt'))
  expect(file.messages.filter((message) => [33, 43].includes(message.line ?? 0))).toEqual([])
})
