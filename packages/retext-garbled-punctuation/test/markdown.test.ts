import {applyExpected} from '@copydesk/test-kit'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toNlcst} from 'mdast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import retextGarbledPunctuation from '../src/index.js'

async function lintMarkdown(value: string): Promise<VFile> {
  const file = new VFile(value)
  const tree = toNlcst(fromMarkdown(value), file, ParseEnglish)
  await unified().use(retextGarbledPunctuation).run(tree, file)
  return file
}

describe('Markdown', () => {
  it('keeps spans off emphasis markers, so fixes leave the markup whole', async () => {
    const value = 'The talks were meant to **guarantee**. the security, and *warnings*. .and Europe.'
    const file = await lintMarkdown(value)
    expect(file.messages.map((message) => [String(message), message.actual, message.expected])).toEqual([
      ['1:38-1:39: Unexpected `.`, expected ``: the sentence goes on in lower case with `the`, so the full stop is stray', '.', ['']],
      ['1:68-1:74: Unexpected `. .and`, expected ` and`: the sentence goes on in lower case with `and`, so the full stops are stray', '. .and', [' and']]
    ])
    expect(applyExpected(value, file.messages)).toBe('The talks were meant to **guarantee** the security, and *warnings* and Europe.')
  })

  it('reads link text and skips inline code', async () => {
    const file = await lintMarkdown('See [the talks ,which ended](https://example.com/a.b) and `a ,, b. c`.')
    expect(file.messages.map(String)).toEqual([
      '1:10-1:22: Unexpected `talks ,which`, expected `talks, which`: a space stands before the comma and no space follows it'
    ])
  })

  it('finds trailing white space at the end of a Markdown paragraph', async () => {
    const file = await lintMarkdown('# Title\n\nThe end came **fast**.  \n\nNext.\n')
    expect(file.messages.map((message) => [String(message), message.expected])).toEqual([
      ['3:14-3:25: Unexpected `**fast**.  `, expected `**fast**.`: 2 white-space characters are left at the end of the paragraph', ['**fast**.']]
    ])
  })

  it('does not take emphasis or code for quotation marks or brackets', async () => {
    const file = await lintMarkdown('He said *“no”* and `(` stayed open; [a link](https://example.com) closed it.')
    expect(file.messages).toEqual([])
  })
})
