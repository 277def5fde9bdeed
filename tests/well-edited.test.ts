import {lintCorpus, lintFiles} from '../packages/copydesk/src/index.js'
import {beforeAll, describe, expect, it} from 'vitest'
import {join} from 'node:path'
import {root} from './support/cli.js'
import {countWords, describeMessage, readArticles, type Article, type LintedFile as VFile} from './support/fixtures.js'

// The corpus is original wire-style copy checked against the public record, so
// every finding on it is a false positive. Two in 10,000 words is what a desk
// would put up with from a tool it runs on every story.
const maximumPerThousandWords = 0.2
const minimumWords = 20_000
const ruleIds = ['name-spelling', 'person-title', 'date-consistency', 'scrape-residue', 'garbled-punctuation'] as const

let articles: Article[]
let words: number
let single: VFile[]

beforeAll(async () => {
  articles = readArticles()
  words = articles.reduce((sum, article) => sum + countWords(article.value), 0)
  single = await lintFiles(articles.map((article) => article.path))
}, 120_000)

/** Findings of each rule over `files`, with a printable line per finding. */
function byRule(files: ReadonlyArray<VFile>): Map<string, string[]> {
  const found = new Map<string, string[]>(ruleIds.map((id) => [id, []]))
  for (const file of files) {
    for (const message of file.messages) {
      found.get(message.ruleId ?? '')?.push(describeMessage(file, message))
    }
  }
  return found
}

function rate(count: number): number {
  return (count * 1000) / words
}

describe('well-edited corpus', () => {
  it('holds enough copy to measure precision', () => {
    const found = byRule(single)
    console.log(
      `${articles.length} articles, ${words} words; findings per 1,000 words: ` +
        ruleIds.map((id) => `${id} ${rate(found.get(id)?.length ?? 0).toFixed(3)}`).join(', ')
    )
    expect(articles.length).toBeGreaterThan(0)
    expect(words, `${articles.length} articles, ${words} words`).toBeGreaterThanOrEqual(minimumWords)
  })

  it('runs every rule: the same call finds each rule’s faults in a seed article', async () => {
    // Without this, a rule that silently stopped running would pass the precision checks below.
    const [seed] = await lintFiles([join(root, 'seeds/000_f653e7d4b9240d4a.txt')])
    const found = byRule([seed!])
    expect(ruleIds.filter((id) => (found.get(id)?.length ?? 0) === 0)).toEqual([])
  })

  it('lints without crashing, each finding inside its file', () => {
    expect(single.map((file) => file.basename)).toEqual(articles.map((article) => article.name))
    for (const [index, file] of single.entries()) {
      const length = articles[index]!.value.length
      for (const message of file.messages) {
        const place = message.place
        if (place && 'start' in place) {
          expect(place.start.offset ?? 0).toBeLessThanOrEqual(place.end.offset ?? 0)
          expect(place.end.offset ?? 0).toBeLessThanOrEqual(length)
        }
      }
    }
  })

  for (const id of ruleIds) {
    it(`${id}: fewer than ${maximumPerThousandWords} findings per 1,000 words, file by file`, () => {
      const found = byRule(single).get(id) ?? []
      expect(rate(found.length), `${found.length} findings in ${words} words:\n${found.join('\n')}`).toBeLessThan(
        maximumPerThousandWords
      )
    })
  }

  it('stays under the threshold for every rule when the folder is linted as one story package', async () => {
    const files = await lintCorpus(articles.map((article) => ({path: article.name, value: article.value})))
    const found = byRule(files)
    console.log(`as one story package: ${ruleIds.map((id) => `${id} ${found.get(id)?.length ?? 0}`).join(', ')} findings`)
    const report: string[] = []
    for (const id of ruleIds) {
      const list = found.get(id) ?? []
      if (rate(list.length) >= maximumPerThousandWords) report.push(`${id}: ${list.length} findings in ${words} words`, ...list)
    }
    expect(report.join('\n')).toBe('')
  }, 120_000)
})
