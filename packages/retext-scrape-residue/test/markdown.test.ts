import {applyExpected} from '@copydesk/test-kit'
import {describe, expect, test} from 'vitest'
import {lint, lintMarkdown} from './lint.js'

const text = [
  'Powered by',
  '',
  'Talks began on Monday in Geneva.',
  'New Update',
  '',
  'Leave a comment',
  '',
  'For suggestions mail us at [email protected]'
].join('\n')

describe('Markdown converted to nlcst', () => {
  test('plain Markdown gives the same findings as plain text', async () => {
    const plain = (await lint(text)).messages.map((message) => [String(message), message.actual, message.expected])
    const markdown = (await lintMarkdown(text)).messages.map((message) => [String(message).replace(/^story\.md:/, ''), message.actual, message.expected])
    expect(plain).toHaveLength(4)
    expect(markdown).toEqual(plain)
  })

  test('a whole line takes in its markup, so removing it removes the line', async () => {
    const value = [
      '# Talks open in Geneva',
      '',
      '## ALSO READ: [How the talks work](https://example.com/talks)',
      '',
      '- Share on *Facebook*',
      '- Leave a comment',
      '',
      '> Follow us on **Twitter**',
      '',
      'Talks began on Monday.'
    ].join('\n')
    const file = await lintMarkdown(value)
    expect(file.messages.map((message) => [String(message), message.actual, message.expected])).toEqual([
      [
        'story.md:3:1-3:62: Unexpected related-link line `ALSO READ: How the talks work`, expected no link teaser in the copy',
        '## ALSO READ: [How the talks work](https://example.com/talks)',
        ['']
      ],
      ['story.md:5:1-5:22: Unexpected share widget `Share on Facebook`, expected no sharing buttons in the copy', '- Share on *Facebook*', ['']],
      ['story.md:6:1-6:18: Unexpected comment widget `Leave a comment`, expected no comment box in the copy', '- Leave a comment', ['']],
      [
        'story.md:8:1-8:27: Unexpected follow-us appeal `Follow us on Twitter`, expected no social-media appeal in the copy',
        '> Follow us on **Twitter**',
        ['']
      ]
    ])
    expect(applyExpected(value, file.messages)).toBe('# Talks open in Geneva\n\n\n\n\n\n\n\n\nTalks began on Monday.')
  })

  test('debris inside a sentence with markup gets no fix', async () => {
    const file = await lintMarkdown('The talks began on Monday. [Click here](https://example.com) to read more.')
    expect(file.messages.map((message) => [String(message), message.actual, message.expected])).toEqual([
      [
        'story.md:1:29-1:75: Unexpected click-here prompt `Click here to read more.`, expected no link prompt in the copy',
        'Click here](https://example.com) to read more.',
        undefined
      ]
    ])
  })

  test('source around the line that is not plain markup keeps the span on the words, without a fix', async () => {
    const file = await lintMarkdown('<b>Leave a comment</b>')
    expect(file.messages.map((message) => [String(message), message.actual, message.expected])).toEqual([
      ['story.md:1:4-1:19: Unexpected comment widget `Leave a comment`, expected no comment box in the copy', 'Leave a comment', undefined]
    ])
  })
})
