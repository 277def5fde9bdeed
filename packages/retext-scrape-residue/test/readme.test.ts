import {fileURLToPath} from 'node:url'
import {checkReadmeExamples} from '@copydesk/test-kit'
import {expect, test} from 'vitest'
import retextScrapeResidue from '@copydesk/retext-scrape-residue'

const readme = fileURLToPath(new URL('../README.md', import.meta.url))

test('every README example gives the output the README shows', async () => {
  const results = await checkReadmeExamples(readme, retextScrapeResidue)
  expect(results.map((result) => result.example.name)).toEqual([
    'ok.txt',
    'not-ok.txt',
    'phrases.txt',
    'allow.txt',
    'no-headline-repeats.txt'
  ])
  for (const {example, actual, messages} of results) {
    expect(actual, example.name).toEqual(example.output)
    for (const message of messages) {
      expect(message.source).toBe('copydesk')
      expect(message.ruleId).toBe('scrape-residue')
      expect(message.url).toBe('https://github.com/copydesk/copydesk/tree/main/packages/retext-scrape-residue#readme')
    }
  }
})
