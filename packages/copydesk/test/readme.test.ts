import {fileURLToPath} from 'node:url'
import {checkReadmeExamples} from '@copydesk/test-kit'
import {describe, expect, it} from 'vitest'
import {copydesk} from '../src/index.js'

const readme = fileURLToPath(new URL('../README.md', import.meta.url))

describe('README examples', async () => {
  const results = await checkReadmeExamples(readme, copydesk)

  it('has examples', () => {
    expect(results.length).toBeGreaterThanOrEqual(3)
  })

  for (const {example, actual, messages} of results) {
    it(`gives what the README says for ${example.name}`, () => {
      expect(actual).toEqual(example.output)
      for (const message of messages) expect(message.source).toBe('copydesk')
    })
  }
})
