import {describe, expect, it} from 'vitest'
import {timeBareParse, timeParse} from '../src/lib/measure.js'
import {buildProse, paragraphs} from '../src/lib/prose.js'

const seeds = new URL('../../../seeds/', import.meta.url)

describe('prose for the benchmark', () => {
  it('takes the seed articles’ paragraphs and the written ones', () => {
    const list = paragraphs(seeds)
    expect(list).toContain('A crucial post')
    expect(list.some((paragraph) => paragraph.startsWith('The city council voted 7-2'))).toBe(true)
    expect(list.every((paragraph) => paragraph.trim() === paragraph && paragraph.length > 0 && !/\n\s*\n/.test(paragraph))).toBe(true)
  })

  it('adds the well-edited corpus when asked', () => {
    const corpus = new URL('../../../tests/fixtures/well-edited/', import.meta.url)
    const seedsOnly = paragraphs(seeds)
    const news = paragraphs(seeds, corpus)
    expect(news.slice(0, seedsOnly.length)).toEqual(seedsOnly)
    expect(news.length).toBeGreaterThan(seedsOnly.length + 400)
    expect(news).toContain(
      "VIENNA, July 14, 2015 (copydesk) — Iran and six world powers reached an agreement on Tuesday to curb Tehran's nuclear program in return for the lifting of international sanctions, closing more than two weeks of round-the-clock talks in the Austrian capital."
    )
  })

  it('keeps years as written, and moves other numbers and weekdays from pass to pass', () => {
    const source = ['On Monday, Jan. 9, 2022, 3 envoys met; 1999 was the year, 12 the count, 2150 the total.']
    const parts = buildProse(source, 400).trimEnd().split('\n\n')
    expect(parts[0]).toBe(source[0])
    expect(parts[1]).toBe('On Tuesday, Jan. 0, 2022, 4 envoys met; 1999 was the year, 13 the count, 2151 the total.')
    // A text from far-off passes holds other numbers and days, the same years.
    const later = buildProse(source, 100, 1003).trimEnd().split('\n\n')
    expect(later[0]).toBe('On Wednesday, Jan. 2, 2022, 6 envoys met; 1999 was the year, 15 the count, 3153 the total.')
  })

  it('builds at least the size asked, in paragraphs separated by blank lines, varied between passes', () => {
    const source = ['Talks began on Monday with 3 delegations.', 'A second paragraph.']
    const text = buildProse(source, 500)
    expect(text.length).toBeGreaterThanOrEqual(500)
    expect(text.length).toBeLessThan(600)
    const parts = text.trimEnd().split('\n\n')
    expect(parts.length).toBeGreaterThan(10)
    expect(parts).toContain('Talks began on Monday with 3 delegations.')
    expect(parts).toContain('Talks began on Tuesday with 4 delegations.')
  })

  it('times parses of the same text', () => {
    const text = buildProse(paragraphs(seeds), 20_000)
    expect(timeBareParse(text)).toBeGreaterThan(0)
    const parsed = timeParse(text)
    expect(parsed.ms).toBeGreaterThan(0)
    expect(parsed.tree.position?.end.offset).toBe(text.length)
  })
})

describe('Markdown for the benchmark', () => {
  it('keeps the prose and adds headings, lists, quotes, emphasis and code', async () => {
    const {toMarkdown} = await import('../src/lib/prose.js')
    const text = buildProse(paragraphs(seeds), 20_000)
    const markdown = toMarkdown(text)
    expect(markdown).toMatch(/^## /m)
    expect(markdown).toMatch(/^- /m)
    expect(markdown).toMatch(/^> /m)
    expect(markdown).toMatch(/\*[A-Za-z]+\*/)
    expect(markdown).toMatch(/`\d+`/)
    const parsed = timeParse(markdown, 'bench.md')
    expect(parsed.tree.children.length).toBeGreaterThan(10)
  })
})
