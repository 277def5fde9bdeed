import {describe, expect, it} from 'vitest'
import {articleLength, buildArticles} from '../src/lib/articles.js'
import {stopwatch} from '../src/lib/measure.js'
import {buildProse, paragraphs} from '../src/lib/prose.js'
import {atMost, table, throughput} from '../src/lib/summary.js'

const seeds = new URL('../../../seeds/', import.meta.url)

describe('articles for the benchmark', () => {
  const prose = buildProse(paragraphs(seeds), 200_000)

  it('builds the number asked, each 3-6 KB of whole paragraphs', () => {
    const articles = buildArticles(prose, 25)
    expect(articles).toHaveLength(25)
    const source = new Set(prose.trimEnd().split('\n\n'))
    for (const article of articles) {
      expect(article.length).toBeGreaterThanOrEqual(articleLength.min)
      expect(article.length).toBeLessThanOrEqual(articleLength.max)
      expect(article.endsWith('\n')).toBe(true)
      for (const paragraph of article.trimEnd().split('\n\n')) expect(source.has(paragraph)).toBe(true)
    }
  })

  it('spreads the lengths and gives the same articles every run', () => {
    const articles = buildArticles(prose, 40)
    const lengths = articles.map((article) => article.length)
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeGreaterThan(1500)
    expect(buildArticles(prose, 40)).toEqual(articles)
    expect(new Set(articles).size).toBeGreaterThan(30)
  })

  it('cycles through the prose when more articles are asked than it holds', () => {
    const short = buildProse(paragraphs(seeds), 10_000)
    const articles = buildArticles(short, 10)
    expect(articles).toHaveLength(10)
    expect(articles.every((article) => article.length >= articleLength.min)).toBe(true)
  })
})

describe('summary of the targets', () => {
  it('passes a value at or under the limit and fails one over it', () => {
    expect(atMost('preset / bare', 1.5, 2, '×')).toEqual({name: 'preset / bare', target: '<= 2.00×', measured: '1.50×', verdict: 'PASS'})
    expect(atMost('preset / bare', 2, 2, '×').verdict).toBe('PASS')
    expect(atMost('peak memory', 1600.4, 1536, ' MB', 0)).toEqual({name: 'peak memory', target: '<= 1536 MB', measured: '1600 MB', verdict: 'FAIL'})
  })

  it('skips a stage that did not run', () => {
    expect(atMost('growth', undefined, 11, '×', 1)).toEqual({name: 'growth', target: '<= 11.0×', measured: 'not run', verdict: 'SKIP'})
    expect(atMost('growth', Number.NaN, 11, '×', 1).verdict).toBe('SKIP')
  })

  it('lays out a table with the first column to the left and the others to the right', () => {
    expect(table(['target', 'measured'], [['a', '1.50×'], ['longer name', '12.00×']])).toBe(
      ['target       measured', '-----------  --------', 'a               1.50×', 'longer name    12.00×'].join('\n')
    )
  })

  it('gives megabytes per second', () => {
    expect(throughput(2_000_000, 500)).toBe(4)
  })
})

describe('stopwatch', () => {
  it('counts wall-clock and CPU time', () => {
    const elapsed = stopwatch()
    let sum = 0
    for (let index = 0; index < 2_000_000; index++) sum += Math.sqrt(index)
    const {ms, cpu} = elapsed()
    expect(sum).toBeGreaterThan(0)
    expect(ms).toBeGreaterThan(0)
    expect(cpu).toBeGreaterThan(0)
  })
})
