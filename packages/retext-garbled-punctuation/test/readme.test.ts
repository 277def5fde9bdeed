import {checkReadmeExamples} from '@copydesk/test-kit'
import {describe, expect, it} from 'vitest'
import retextGarbledPunctuation from '../src/index.js'

const readme = new URL('../README.md', import.meta.url).pathname
const results = await checkReadmeExamples(readme, retextGarbledPunctuation)

describe('README examples', () => {
  it('has examples for every option', () => {
    const configs = results.map(({example}) => JSON.stringify(example.config ?? null))
    for (const option of ['brands', 'abbreviations', '"quotes":"smart"', '"quotes":"straight"', '"quotes":false']) {
      expect(configs.some((config) => config.includes(option)), option).toBe(true)
    }
  })

  for (const {example, actual, messages} of results) {
    it(example.name, () => {
      expect(actual).toEqual(example.output)
      for (const message of messages) {
        expect(message.source).toBe('copydesk')
        expect(message.ruleId).toBe('garbled-punctuation')
        expect(message.url).toBe('https://github.com/copydesk/copydesk/tree/main/packages/retext-garbled-punctuation#readme')
      }
    })
  }
})
