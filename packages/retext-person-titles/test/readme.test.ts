import {fileURLToPath} from 'node:url'
import {checkReadmeExamples} from '@copydesk/test-kit'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {inspect} from 'node:util'
import {describe, expect, it} from 'vitest'
import retextPersonTitles from '../src/index.js'

const readme = fileURLToPath(new URL('../README.md', import.meta.url))

describe('README', async () => {
  const results = await checkReadmeExamples(readme, retextPersonTitles)

  it('has examples that flag and examples that do not', () => {
    expect(results.some(({example}) => example.output.length > 0)).toBe(true)
    expect(results.some(({example}) => example.output.length === 0)).toBe(true)
  })

  for (const {example, actual, messages} of results) {
    it(`example \`${example.name}\` gives what the README says`, () => {
      // The README shows findings as a reporter prints them under a file name, without the name.
      expect(actual.map((line) => line.replace(example.name + ':', ''))).toEqual(example.output)
      if (example.name === 'house-style.txt') expect(messages.map((message) => message.fatal)).toEqual([undefined])
      for (const message of messages) {
        expect(message.source).toBe('copydesk')
        expect(message.ruleId).toBe('person-title')
        expect(message.url).toBe('https://github.com/copydesk/copydesk/tree/main/packages/retext-person-titles#readme')
      }
    })
  }

  it('the Use section prints what it says', async () => {
    const file = new VFile({
      path: 'story.txt',
      value: 'Under Secretary of State Wendy Sherman met Russian Deputy Foreign Minister Sergei Ryabkov in Geneva.'
    })
    const processor = unified().use(retextEnglish).use(retextPersonTitles, {date: '2022-01-10'})
    await processor.run(processor.parse(file), file)
    const {readFileSync} = await import('node:fs')
    const text = readFileSync(readme, 'utf8')
    const printed = /Yields:\n\n```text\n([\s\S]*?)\n```/.exec(text)?.[1]
    expect(file.messages.map((message) => String(message) + ' ' + inspect(message.expected)).join('\n')).toBe(printed)
  })
})
