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
