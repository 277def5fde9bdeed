import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {corpus} from '../src/index.js'
import {knowledge} from './sheet.js'
import {lint} from './support.js'

const pieces = [
  'Anthony Blanken', 'Antony Blinken', 'Blanken', 'Riabkov', 'Sergei Ryabkov', 'Boris Jonhson', 'Kim Jong Um',
  'US Secretary of State', 'Prime Minister', ', the', 'said', '.', ',', '’s', "'s", '\n', '\n\n', ' ', 'the',
  'European Organization for Security and Cooperation', 'Organization for', 'in Europe', 'Okafor', 'Okafur',
  'Amara', 'de', 'al-', 'J.', 'ex-', '“', '”', '🙂', '\u200f', '\u200d', 'é', 'ß'
]

const text = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 8})), {maxLength: 30})
  .map((parts) => parts.join(' '))

describe('name-spelling on any text', () => {
  it('never throws; every message spans text whose slice is `actual`', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const file = await lint(value, {knowledge})
        for (const message of file.messages) {
          const place = message.place as {start: {offset: number}; end: {offset: number}}
          expect(place.start.offset).toBeGreaterThanOrEqual(0)
          expect(place.end.offset).toBeLessThanOrEqual(value.length)
          expect(place.start.offset).toBeLessThan(place.end.offset)
          expect(value.slice(place.start.offset, place.end.offset)).toBe(message.actual)
        }
      }),
      {numRuns: 200}
    )
  })

  it('never throws across files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, {minLength: 1, maxLength: 3}), async (values) => {
        const files = await Promise.all(values.map(async (value, index) => lint(value, {knowledge}, index + '.txt')))
        for (const message of corpus(files, {knowledge})) {
          const value = String(files.find((file) => file.path === message.file))
          const place = message.place as {start: {offset: number}; end: {offset: number}}
          expect(value.slice(place.start.offset, place.end.offset)).toBe(message.actual)
        }
      }),
      {numRuns: 60}
    )
  })

  it('gives no messages on empty text', async () => {
    expect((await lint('', {knowledge})).messages).toEqual([])
    expect((await lint('', {knowledge})).data.copydeskMentions).toEqual([])
  })
})
