import {applyExpected} from '@copydesk/test-kit'
import {describe, expect, it} from 'vitest'
import {knowledge} from './sheet.js'
import {findings, lint} from './support.js'

const withSheet = {knowledge}

describe('name-spelling: public API', () => {
  it('exposes the rule, `corpus`, and nothing else', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['corpus', 'corpusDataFromJSON', 'corpusDataToJSON', 'default'])
  })
})

describe('name-spelling: people', () => {
  it('flags a misspelt name and its repeat, with the title as evidence', async () => {
    expect(
      await findings(
        'US Secretary of State Anthony Blanken called Russia’s demands “showing off”. “We are ready,” Anthony Blanken said on Friday.',
        withSheet
      )
    ).toEqual([
      '1:23-1:38: Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20; titled “US Secretary of State” in the text)',
      '1:94-1:109: Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20; titled “US Secretary of State” in the text)'
    ])
  })

  it('leaves out of the span full stops the parser kept on the name, so the fix keeps them', async () => {
    const value = 'Talks with Anthony Blanken. .and Sergei Lavrov ended.'
    const file = await lint(value, withSheet)
    expect(file.messages.map(String)).toEqual([
      '1:12-1:27: Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20)'
    ])
    expect(file.messages[0]?.actual).toBe('Anthony Blanken')
    expect(applyExpected(value, file.messages)).toBe('Talks with Antony Blinken. .and Sergei Lavrov ended.')
  })

  it('flags a known misspelling directly', async () => {
    expect(await findings('Antony Blinkin visited Kyiv on Tuesday.', withSheet)).toEqual([
      '1:1-1:15: Unexpected `Antony Blinkin`, expected `Antony Blinken` (a known misspelling; US Secretary of State 2021-01-26 to 2025-01-20)'
    ])
  })

  it('flags a surname that repeats the wrong spelling, not one that is right', async () => {
    expect(await findings('Anthony Blanken arrived in Kyiv. Blinken said the talks were useful.', withSheet)).toEqual([
      '1:1-1:16: Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20)'
    ])
    expect(await findings('Anthony Blanken arrived in Kyiv. Blanken said the talks were useful.', withSheet)).toEqual([
      '1:1-1:16: Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20)',
      '1:34-1:41: Unexpected `Blanken`, expected `Blinken` (refers to `Anthony Blanken`, which should be `Antony Blinken`)'
    ])
  })

  it('weighs given names: a respelt one supports, another one is a namesake', async () => {
    expect(
      await findings('Prime Minister Boris Jonhson met Doris Johnson, Dustin Johnson and Boris Johnsen.', withSheet)
    ).toEqual([
      '1:16-1:29: Unexpected `Boris Jonhson`, expected `Boris Johnson` (UK Prime Minister 2019-07-24 to 2022-09-06; titled “Prime Minister” in the text)',
      '1:68-1:81: Unexpected `Boris Johnsen`, expected `Boris Johnson` (UK Prime Minister 2019-07-24 to 2022-09-06)'
    ])
  })

  it('tells family names first from given names, and shorter forms from misspellings', async () => {
    expect(
      await findings('Kim Yo Jong, the sister of Kim Jong Un, and Kim Jong Um met Jeb Bush, George Bush and George W. Bush.', withSheet)
    ).toEqual(['1:45-1:56: Unexpected `Kim Jong Um`, expected `Kim Jong Un` (North Korean Supreme Leader since 2011-12)'])
  })

  it('does not flag accepted transliterations against each other', async () => {
    expect(
      await findings('Volodymyr Zelensky met reporters; President Zelenskyy said Zelensky’s plan stood.', withSheet)
    ).toEqual([])
  })

  it('gives the full message', async () => {
    const file = await lint('US Secretary of State Anthony Blanken met reporters.', withSheet, 'story.txt')
    expect(JSON.parse(JSON.stringify({...file.messages[0], ancestors: []}))).toEqual({
      ancestors: [],
      column: 23,
      fatal: false,
      line: 1,
      message:
        'Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20; titled “US Secretary of State” in the text)',
      name: 'story.txt:1:23-1:38',
      place: {start: {line: 1, column: 23, offset: 22}, end: {line: 1, column: 38, offset: 37}},
      reason:
        'Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20; titled “US Secretary of State” in the text)',
      ruleId: 'name-spelling',
      source: 'copydesk',
      actual: 'Anthony Blanken',
      expected: ['Antony Blinken'],
      note: 'Antony Blinken: US Secretary of State 2021-01-26 to 2025-01-20. Source: https://www.state.gov/biographies/antony-j-blinken/',
      url: 'https://github.com/copydesk/copydesk/tree/main/packages/retext-name-spelling#readme',
      file: 'story.txt'
    })
    expect(file.messages[0]?.ancestors?.map((node) => node.type)).toEqual(['SentenceNode', 'WordNode'])
  })

  it('gives text that lints clean once fixed', async () => {
    const value = 'US Secretary of State Anthony Blanken said so. Blanken left, and Sergei Riabkov stayed.'
    const file = await lint(value, withSheet)
    const fixed = applyExpected(value, file.messages)
    expect(fixed).toBe('US Secretary of State Antony Blinken said so. Blinken left, and Sergei Ryabkov stayed.')
    expect(await findings(fixed, withSheet)).toEqual([])
  })
})

describe('name-spelling: one name spelt two ways', () => {
  it('follows the knowledge when it knows one spelling', async () => {
    expect(await findings('Deputy Foreign Minister Sergei Ryabkov spoke. Riabkov said no.', withSheet)).toEqual([
      '1:47-1:54: Unexpected `Riabkov`, expected `Ryabkov` (the knowledge spells Sergei Ryabkov’s name `Ryabkov`, as the text does at 1:32)'.replace('’', "'")
    ])
  })

  it('flags the less frequent spelling when the knowledge knows neither', async () => {
    expect(
      await findings('Amara Okafor said the vote was close. Okafor won. Later, Okafur conceded nothing.', withSheet)
    ).toEqual([
      '1:58-1:64: Unexpected `Okafur`, expected `Okafor` (the same name is spelt `Okafor` 2 times, first at 1:7)'
    ])
  })

  it('names both spellings but gives no fix when they are used equally often', async () => {
    const file = await lint('Amara Okafor spoke first. Later, Okafur said the vote was close.', withSheet)
    expect(file.messages.map(String)).toEqual([
      '1:34-1:40: Unexpected `Okafur` (the same name is spelt `Okafor` once, at 1:7; check which spelling is right)'
    ])
    expect(file.messages[0]?.expected).toBeUndefined()
    expect(file.messages[0]?.actual).toBe('Okafur')
  })

  it('leaves two people with like surnames alone', async () => {
    expect(await findings('Ryan Kelly met Megan Kelley. Kelly said no.', withSheet)).toEqual([])
  })

  it('can be turned off', async () => {
    expect(await findings('Amara Okafor said yes. Okafor won. Okafur lost.', {knowledge, consistency: false})).toEqual([])
  })
})

describe('name-spelling: organisations', () => {
  it('flags a garbled name but not an accepted form, a place or a two-word body', async () => {
    expect(
      await findings(
        'Delegates of the Security and Co-operation Organization in Europe and the Organization for Security and Cooperation in Europe met. The Soviet Union and the United States signed the treaty in the White House.',
        withSheet
      )
    ).toEqual([
      '1:18-1:66: Unexpected `Security and Co-operation Organization in Europe`, expected `Organization for Security and Co-operation in Europe` (the OSCE’s name with words changed, missing or out of order)'.replace('’', "'")
    ])
  })
})

describe('name-spelling: options', () => {
  it('rejects invalid options with a `TypeError` naming them', async () => {
    await expect(lint('x', {maxDistance: 0})).rejects.toThrow(/`maxDistance`/)
    await expect(lint('x', {maxDistance: 2.5})).rejects.toThrow(TypeError)
    await expect(lint('x', {consistency: 'yes'} as never)).rejects.toThrow(/`consistency`, expected a boolean/)
    await expect(lint('x', {bundled: 1} as never)).rejects.toThrow(/`bundled`/)
    await expect(lint('x', {sheets: 'people.yaml'} as never)).rejects.toThrow(/`sheets`/)
    await expect(lint('x', {knowledge: {}} as never)).rejects.toThrow(/`knowledge`/)
    await expect(lint('x', {spelling: true} as never)).rejects.toThrow(/Unexpected option `spelling`/)
  })

  it('uses `maxDistance`', async () => {
    expect(await findings('Boris Jonsson spoke.', {knowledge, maxDistance: 1})).toEqual([])
    expect(await findings('Boris Jonsson spoke.', {knowledge, maxDistance: 2})).toEqual([
      '1:1-1:14: Unexpected `Boris Jonsson`, expected `Boris Johnson` (UK Prime Minister 2019-07-24 to 2022-09-06)'
    ])
  })

  it('takes severities as every lint rule does', async () => {
    const {unified} = await import('unified')
    const {default: retextEnglish} = await import('retext-english')
    const {VFile} = await import('vfile')
    const {default: rule} = await import('../src/index.js')
    const value = 'Antony Blinkin visited Kyiv.'
    const off = new VFile(value)
    const quiet = unified().use(retextEnglish).use(rule, ['off', withSheet])
    await quiet.run(quiet.parse(off), off)
    expect(off.messages).toEqual([])
    const error = new VFile(value)
    const loud = unified().use(retextEnglish).use(rule, ['error', withSheet])
    await loud.run(loud.parse(error), error)
    expect(error.messages.map((message) => message.fatal)).toEqual([true])
  })
})
