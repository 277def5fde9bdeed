import {readFileSync} from 'node:fs'
import type {Position} from 'unist'
import {describe, expect, it} from 'vitest'
import type {Mention} from '../src/index.js'
import {knowledge} from './sheet.js'
import {mentionsIn} from './support.js'

function read(name: string): string {
  return readFileSync(new URL('../../../seeds/' + name, import.meta.url), 'utf8')
}

function place(position: Position): string {
  return `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`
}

/** `kind place name | form place title` for every mention on `line`. */
function onLine(mentions: ReadonlyArray<Mention>, line: number): string[] {
  return mentions
    .filter((mention) => (mention.name ?? mention.title)!.position.start.line === line)
    .map((mention) => {
      const parts: string[] = [mention.kind]
      if (mention.name) parts.push(place(mention.name.position), mention.name.text)
      if (mention.title) parts.push('|', mention.title.form, place(mention.title.position), mention.title.text)
      return parts.join(' ')
    })
}

describe('seed 000', () => {
  const value = read('000_f653e7d4b9240d4a.txt')
  const {mentions} = mentionsIn(value, knowledge)

  it('reads line 25: a title before a name', () => {
    expect(onLine(mentions, 25)).toEqual([
      'person 25:87-25:100 Wendy Sherman | before 25:62-25:86 Under Secretary of State'
    ])
  })

  it('reads line 29: a title alone, and a possessive before a title', () => {
    expect(onLine(mentions, 29)).toEqual([
      'organisation 29:34-29:53 US State Department',
      'title | alone 29:119-29:147 US Deputy Secretary of State',
      'person 29:192-29:206 Sergei Ryabkov | before 29:168-29:191 Deputy Foreign Minister'
    ])
    const ryabkov = mentions.find((mention) => mention.name?.text === 'Sergei Ryabkov')
    expect(ryabkov?.title?.possessor?.text).toBe('Russia')
    expect(ryabkov?.person?.id).toBe('sergei-ryabkov')
  })

  it('reads line 31: a misspelt name twice, the first with its title', () => {
    expect(onLine(mentions, 31)).toEqual([
      'person 31:23-31:38 Anthony Blanken | before 31:1-31:22 US Secretary of State',
      'person 31:287-31:302 Anthony Blanken'
    ])
    expect(mentions.filter((mention) => mention.name?.text === 'Anthony Blanken').map((mention) => mention.person)).toEqual([undefined, undefined])
  })

  it('reads line 35: titles set off by commas before names, and back-references', () => {
    expect(onLine(mentions, 35)).toEqual([
      'person 35:66-35:75 Joe Biden | before 35:34-35:64 president of the United States',
      'person 35:106-35:120 Vladimir Putin | before 35:85-35:104 president of Russia',
      'person 35:232-35:245 Wendy Sherman',
      'person 35:250-35:257 Ryabkov'
    ])
    const ryabkov = mentions.find((mention) => mention.name?.text === 'Ryabkov')!
    expect(mentions[ryabkov.antecedent!]?.name?.text).toBe('Sergei Ryabkov')
    expect(ryabkov.surnameOnly).toBe(true)
    expect(ryabkov.person?.id).toBe('sergei-ryabkov')
  })

  it('reads line 41: a possessive title before a name with a comma', () => {
    expect(onLine(mentions, 41)).toEqual([
      'organisation 41:254-41:256 EU',
      'person 41:281-41:295 Joseph Borrell | before 41:259-41:279 foreign policy chief'
    ])
    const borrell = mentions.find((mention) => mention.name?.text === 'Joseph Borrell')
    expect(borrell?.title?.possessor?.text).toBe('EU')
  })

  it('reads lines 45 and 47: a possessive surname without its `’s`', () => {
    expect(onLine(mentions, 45)).toEqual(['person 45:45-45:50 Putin'])
    expect(onLine(mentions, 47)).toEqual(['person 47:58-47:63 Putin'])
    const putin = mentions.filter((mention) => mention.name?.text === 'Putin')
    expect(putin.map((mention) => mentions[mention.antecedent!]?.name?.text)).toEqual(['Vladimir Putin', 'Vladimir Putin'])
  })

  it('reads line 49: an organisation inside a title', () => {
    expect(onLine(mentions, 49)).toEqual([
      'organisation 49:87-49:91 NATO',
      'person 49:110-49:126 Jens Stoltenberg | before 49:87-49:109 NATO Secretary-General'
    ])
  })

  it('reads line 21: a garbled organisation name as one span', () => {
    expect(onLine(mentions, 21)).toEqual([
      'organisation 21:86-21:90 NATO',
      'organisation 21:99-21:149 European Organization for Security and Cooperation'
    ])
  })

  it('finds no person in places, pipelines, days or headlines', () => {
    const names = mentions.filter((mention) => mention.kind === 'person').map((mention) => mention.name!.text)
    for (const text of ['New Delhi', 'Nord Stream', 'White House', 'Cold War', 'Geneva', 'Monday', 'United States', 'Ground Report', 'US Russia Tensions', 'Dalit Man']) {
      expect(names.filter((name) => name.includes(text.split(' ')[0]!))).toEqual([])
    }
  })

  it('keeps every span equal to the source text', () => {
    for (const mention of mentions) {
      for (const span of [mention.name, mention.title]) {
        if (span) expect(value.slice(span.position.start.offset, span.position.end.offset)).toBe(span.text)
      }
    }
  })
})

describe('seed 004', () => {
  const {mentions} = mentionsIn(read('004_9f9cc69ba27d57d6.txt'), knowledge)

  it('reads line 4: a country adjective in a title, and a back-reference', () => {
    expect(onLine(mentions, 4)).toEqual([
      'person 4:107-4:121 Sergei Ryabkov | before 4:75-4:106 Russian Deputy Foreign Minister',
      'organisation 4:315-4:319 NATO',
      'person 4:463-4:470 Ryabkov'
    ])
  })

  it('reads line 6: an appositive in lower case, and a title before a name', () => {
    expect(onLine(mentions, 6)).toEqual([
      'person 6:1-6:14 Wendy Sherman | appositive 6:20-6:48 US deputy secretary of state',
      'person 6:101-6:114 Sergei Lavrov | before 6:76-6:100 Russian Foreign Minister',
      'organisation 6:217-6:221 NATO',
      'organisation 6:242-6:293 Organization for Security and Cooperation in Europe'
    ])
    const osce = mentions.find((mention) => mention.name?.text.startsWith('Organization'))
    expect(osce?.organisation?.id).toBe('osce')
  })

  it('reads line 18: an appositive title with an organisation', () => {
    expect(onLine(mentions, 18)).toEqual([
      'person 18:166-18:182 Jens Stoltenberg | appositive 18:188-18:210 NATO Secretary-General',
      'organisation 18:188-18:192 NATO'
    ])
  })

  it('reads the bullet lines without people', () => {
    expect([12, 14, 16].flatMap((line) => onLine(mentions, line).filter((item) => item.startsWith('person')))).toEqual([])
  })
})
