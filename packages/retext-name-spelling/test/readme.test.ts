import {fileURLToPath} from 'node:url'
import {checkReadmeExamples} from '@copydesk/test-kit'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'
import retextNameSpelling from '../src/index.js'

const readme = fileURLToPath(new URL('../README.md', import.meta.url))

describe('README', async () => {
  const results = await checkReadmeExamples(readme, retextNameSpelling)

  it('has examples', () => {
    expect(results.length).toBeGreaterThanOrEqual(7)
  })

  for (const {example, actual, messages} of results) {
    it('gives the documented output for `' + example.name + '`', () => {
      // The README shows findings as a reporter prints them under a file name, without the name.
      expect(actual.map((line) => line.replace(example.name + ':', ''))).toEqual(example.output)
      for (const message of messages) {
        expect(message.source).toBe('copydesk')
        expect(message.ruleId).toBe('name-spelling')
        expect(message.url).toBe('https://github.com/copydesk/copydesk/tree/main/packages/retext-name-spelling#readme')
      }
    })
  }

  it('gives the report shown under Use', async () => {
    const file = new VFile('US Secretary of State Anthony Blanken met Sergei Lavrov.')
    const processor = unified().use(retextEnglish).use(retextNameSpelling)
    await processor.run(processor.parse(file), file)
    expect(reporter(file, {color: false})).toBe(
      '1:23-1:38 warning Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20; titled “US Secretary of State” in the text) name-spelling copydesk\n\n⚠ 1 warning'
    )
  })
})
