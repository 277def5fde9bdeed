import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {corpus} from '../src/index.js'
import {knowledge} from './sheet.js'
import {lint} from './support.js'

const none = {bundled: false}

describe('corpus', () => {
  it('flags the spelling fewer files use, naming the other file', async () => {
    const files = [
      await lint('Amara Okafor said the council would vote on Monday.', none, 'monday.txt'),
      await lint('Councillor Amara Okafur said the vote was lost.', none, 'tuesday.txt'),
      await lint('Amara Okafor conceded. Okafor said she would stand again.', none, 'wednesday.txt')
    ]
    const messages = corpus(files, none)
    expect(messages.map((message) => message.file + ':' + String(message))).toEqual([
      'tuesday.txt:tuesday.txt:1:18-1:24: Unexpected `Okafur`, expected `Okafor` (the same name is spelt `Okafor` 3 times, first in `monday.txt` at 1:7)'
    ])
    expect(messages[0]?.actual).toBe('Okafur')
    expect(messages[0]?.expected).toEqual(['Okafor'])
    expect([messages[0]?.ruleId, messages[0]?.source, messages[0]?.url]).toEqual([
      'name-spelling',
      'copydesk',
      'https://github.com/copydesk/copydesk/tree/main/packages/retext-name-spelling#readme'
    ])
    expect(files[1]!.messages).toContain(messages[0])
  })

  it('leaves names the knowledge decides to the rule, without repeating its findings', async () => {
    const options = {knowledge}
    const files = [
      await lint('Sergei Ryabkov said Moscow wanted guarantees.', options, 'a.txt'),
      await lint('Sergei Riabkov said Moscow wanted guarantees.', options, 'b.txt')
    ]
    expect(files[1]!.messages.map(String)).toEqual([
      'b.txt:1:1-1:15: Unexpected `Sergei Riabkov`, expected `Sergei Ryabkov` (Russian Deputy Foreign Minister since 2008)'
    ])
    expect(corpus(files, options)).toEqual([])
  })

  it('leaves accepted transliterations, other people and mixed files alone', async () => {
    const options = {knowledge}
    const files = [
      await lint('President Volodymyr Zelenskyy spoke.', options, 'a.txt'),
      await lint('Volodymyr Zelensky spoke.', options, 'b.txt'),
      await lint('Ryan Kelly spoke.', options, 'c.txt'),
      await lint('Megan Kelley spoke.', options, 'd.txt'),
      await lint('Amara Okafor spoke. Okafur said no.', options, 'e.txt'),
      await lint('Amara Okafor spoke.', options, 'f.txt')
    ]
    expect(files[4]!.messages.map(String)).toEqual([
      'e.txt:1:21-1:27: Unexpected `Okafur` (the same name is spelt `Okafor` once, at 1:7; check which spelling is right)'
    ])
    expect(corpus(files, options)).toEqual([])
  })

  it('skips files the rule has not read, and does nothing when turned off', async () => {
    const files = [new VFile({path: 'raw.txt', value: 'Amara Okafur said no.'}), await lint('Amara Okafor said yes.', none, 'read.txt')]
    expect(corpus(files, none)).toEqual([])
    const read = [await lint('Amara Okafor said yes.', none, 'a.txt'), await lint('Amara Okafur said no. Okafur left.', none, 'b.txt')]
    expect(corpus(read, {bundled: false, consistency: false})).toEqual([])
    expect(corpus(read, none).map(String)).toEqual([
      'a.txt:1:7-1:13: Unexpected `Okafor`, expected `Okafur` (the same name is spelt `Okafur` 2 times, first in `b.txt` at 1:7)'
    ])
  })
})
