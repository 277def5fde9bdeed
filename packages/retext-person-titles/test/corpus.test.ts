import {describe, expect, it} from 'vitest'
import {corpus} from '../src/index.js'
import {knowledge} from './sheet.js'
import {lint} from './support.js'

async function run(texts: Record<string, string>, date?: string) {
  const options = date ? {knowledge, date} : {knowledge}
  const files = await Promise.all(Object.entries(texts).map(async ([name, value]) => lint(value, options, name)))
  const before = files.map((file) => file.messages.length)
  const messages = corpus(files, options)
  return {files, messages, added: files.map((file, index) => file.messages.slice(before[index]))}
}

describe('corpus', () => {
  it('reports the title the knowledge found wrong, naming the other file and line', async () => {
    const {messages, added} = await run(
      {
        'a.txt': 'Under Secretary of State Wendy Sherman met Sergei Ryabkov.',
        'b.txt': 'The talks went on.\n\nWendy Sherman, the US deputy secretary of state, spoke.'
      },
      '2022-01-10'
    )
    expect(messages.map(String)).toEqual([
      'a.txt:1:1-1:25: Unexpected `Under Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: `b.txt` line 3 calls Sherman `US deputy secretary of state`, and Wendy Sherman was Under Secretary of State for Political Affairs 2011-09-21 to 2015-10-02 and Deputy Secretary of State 2021-04-14 to 2023-07-28, never both at once'
    ])
    expect(added[0]).toEqual(messages)
    expect(added[1]).toEqual([])
    const message = messages[0]!
    expect([message.ruleId, message.source, message.url, message.actual, message.expected]).toEqual([
      'person-title',
      'copydesk',
      'https://github.com/copydesk/copydesk/tree/main/packages/retext-person-titles#readme',
      'Under Secretary of State',
      ['Deputy Secretary of State']
    ])
    expect(String(message.cause)).toBe('3:20-3:48: Wendy Sherman is called `US deputy secretary of state` here')
    expect((message.cause as {file: string}).file).toBe('b.txt')
  })

  it('with neither title decided, reports both, each naming the other', async () => {
    const {messages} = await run({
      'a.txt': 'Foreign Minister Anna Lindqvist met reporters.',
      'b.txt': 'Deputy Foreign Minister Anna Lindqvist said nothing.'
    })
    expect(messages.map(String)).toEqual([
      'a.txt:1:1-1:17: Unexpected `Foreign Minister` for Anna Lindqvist: `b.txt` line 1 calls Lindqvist `Deputy Foreign Minister`, and they are two ranks of one office',
      'b.txt:1:1-1:24: Unexpected `Deputy Foreign Minister` for Anna Lindqvist: `a.txt` line 1 calls Lindqvist `Foreign Minister`, and they are two ranks of one office'
    ])
    expect(messages.every((message) => message.expected === undefined)).toBe(true)
  })

  it('a title found right is not reported; the one the date rules out is', async () => {
    const {messages} = await run(
      {
        'a.txt': 'Prime Minister Boris Johnson spoke.',
        'b.txt': 'President Boris Johnson spoke.'
      },
      '2022-01-10'
    )
    expect(messages.map(String)).toEqual([
      'b.txt:1:1-1:10: Unexpected `President` for Boris Johnson, expected `Prime Minister`: `a.txt` line 1 calls Johnson `Prime Minister`, and one person does not hold both offices at once'
    ])
  })

  it('finds nothing when files agree, or name different people', async () => {
    expect(
      (
        await run(
          {
            'a.txt': 'Deputy Secretary of State Wendy Sherman met Sergei Ryabkov.',
            'b.txt': 'Wendy Sherman, the US deputy secretary of state, and Deputy Secretary Sherman are one person.',
            'c.txt': 'Foreign Minister Anna Lindqvist met Deputy Foreign Minister Erik Lindqvist.',
            'd.txt': 'Former Under Secretary of State Wendy Sherman spoke.'
          },
          '2022-01-10'
        )
      ).messages
    ).toEqual([])
  })

  it('skips files the rule did not run on, and empty sets', async () => {
    const {VFile} = await import('vfile')
    expect(corpus([], {knowledge})).toEqual([])
    expect(corpus([new VFile('Under Secretary of State Wendy Sherman.'), new VFile('')], {knowledge})).toEqual([])
  })
})
