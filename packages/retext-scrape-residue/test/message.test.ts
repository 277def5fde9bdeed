import {expect, test} from 'vitest'
import {lint} from './lint.js'

test('a message carries every field of the contract', async () => {
  const file = await lint('Talks began on Monday.\n\nHome » World » Europe\n')
  expect(file.messages).toHaveLength(1)
  expect(JSON.parse(JSON.stringify({...file.messages[0], ancestors: []}))).toEqual({
    ancestors: [],
    column: 1,
    fatal: false,
    file: '',
    line: 3,
    message: 'Unexpected page navigation `Home » World » Europe`, expected no navigation bar in the copy',
    name: '3:1-3:22',
    place: {start: {line: 3, column: 1, offset: 24}, end: {line: 3, column: 22, offset: 45}},
    reason: 'Unexpected page navigation `Home » World » Europe`, expected no navigation bar in the copy',
    ruleId: 'scrape-residue',
    source: 'copydesk',
    actual: 'Home » World » Europe',
    expected: [''],
    url: 'https://github.com/copydesk/copydesk/tree/main/packages/retext-scrape-residue#readme'
  })
})

test('a message names its paragraph among its ancestors', async () => {
  const file = await lint('Talks began on Monday.\n\nLeave a comment\n')
  const ancestors = file.messages[0]!.ancestors ?? []
  expect(ancestors.map((node) => node.type)).toEqual(['RootNode', 'ParagraphNode'])
  expect(ancestors[1]!.position?.start.line).toBe(3)
})

test('a message without a fix has a note saying why', async () => {
  const file = await lint('We are a not-for-profit newsroom. Our mission is to publish what matters. Our readers fund our work.')
  expect(JSON.parse(JSON.stringify({...file.messages[0], ancestors: []}))).toEqual({
    ancestors: [],
    column: 1,
    fatal: false,
    file: '',
    line: 1,
    message: 'Unexpected publisher’s about-us text `We are a not-for-profit newsroom. Our …`, expected no site boilerplate in the copy',
    name: '1:1-1:101',
    note: 'Text the website adds to its pages; no fix is offered because it reads like copy and a person should decide.',
    place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 101, offset: 100}},
    reason: 'Unexpected publisher’s about-us text `We are a not-for-profit newsroom. Our …`, expected no site boilerplate in the copy',
    ruleId: 'scrape-residue',
    source: 'copydesk',
    actual: 'We are a not-for-profit newsroom. Our mission is to publish what matters. Our readers fund our work.',
    url: 'https://github.com/copydesk/copydesk/tree/main/packages/retext-scrape-residue#readme'
  })
})
