import {readdirSync, readFileSync} from 'node:fs'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {findTemporals, readingsFor} from '../src/lib/temporal.js'
import {sentences} from '../src/lib/tokens.js'

const parser = unified().use(retextEnglish)
const wellEdited = new URL('../../../tests/fixtures/well-edited/', import.meta.url)
const seeds = new URL('../../../seeds/', import.meta.url)
const stories = [
  ...readdirSync(wellEdited).filter((name) => name.endsWith('.txt')).map((name) => new URL(name, wellEdited)),
  ...readdirSync(seeds).filter((name) => name.endsWith('.txt')).map((name) => new URL(name, seeds))
]

describe('calendar readings shared between documents', () => {
  test('one store per reference date, and only a few dates kept', () => {
    const noon = new Date(2022, 0, 9, 12)
    const store = readingsFor(noon)
    expect(readingsFor(new Date(2022, 0, 9, 12))).toBe(store)
    expect(readingsFor(new Date(2022, 0, 10, 12))).not.toBe(store)
    // A date in use keeps its readings, however many other dates come.
    for (let day = 11; day < 30; day++) {
      readingsFor(new Date(2022, 0, day, 12))
      expect(readingsFor(noon)).toBe(store)
    }
    // Eight other dates since it was last used, its readings are let go.
    for (let day = 1; day < 9; day++) readingsFor(new Date(2022, 1, day, 12))
    expect(readingsFor(noon)).not.toBe(store)
  })

  test('find the same days and dates as readings made afresh, read twice over', () => {
    expect(stories.length).toBeGreaterThan(40)
    let found = 0
    for (const reference of [new Date(2022, 0, 9, 12), new Date(2015, 6, 14, 12)]) {
      for (const story of stories) {
        const tree = parser.parse(new VFile({value: readFileSync(story, 'utf8')})) as Root
        for (const view of sentences(tree)) {
          const fresh = findTemporals(view, reference, new Map())
          // The second reading of every window comes from the shared store, filled by the first.
          expect(findTemporals(view, reference, readingsFor(reference))).toEqual(fresh)
          expect(findTemporals(view, reference, readingsFor(reference))).toEqual(fresh)
          found += fresh.length
        }
      }
    }
    expect(found).toBeGreaterThan(500)
  })
})
