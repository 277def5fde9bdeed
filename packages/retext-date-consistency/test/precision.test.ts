import {describe, expect, test} from 'vitest'
import {corpus} from '../src/index.js'
import {findings, lint} from './lint.js'

// Sentences from the well-edited corpus (tests/fixtures/well-edited): stories
// dated weeks or months apart speak of different dinners and elections, so the
// check across files leaves them alone, while one story package still counts.

describe('date-consistency across files: one story package, not every story', () => {
  test('a dinner in a story from July and one from November are two dinners', async () => {
    const a = await lint(
      'BRUSSELS, July 11, 2018 (copydesk) — Prime Minister Theresa May of Britain and Prime Minister Justin Trudeau of Canada were among the leaders at the dinner on Wednesday evening at a museum.',
      undefined,
      'brussels.txt'
    )
    const b = await lint(
      'BUENOS AIRES, Argentina, Nov. 30, 2018 (copydesk) — The most closely watched meeting of the summit is a dinner on Saturday between Trump and President Xi Jinping of China.',
      undefined,
      'buenos-aires.txt'
    )
    expect(corpus([a, b])).toEqual([])
  })

  test('elections dated in two years, or in stories two months apart, are two elections', async () => {
    const ottawa = await lint(
      'OTTAWA, Nov. 4, 2015 (copydesk) — His Liberal Party won 184 of the 338 seats in the House of Commons in the Oct. 19 election.',
      undefined,
      'ottawa.txt'
    )
    const tokyo = await lint(
      'TOKYO, Oct. 4, 2021 (copydesk) — Kishida is expected to call the Oct. 31 election soon.',
      undefined,
      'tokyo.txt'
    )
    const berlin = await lint(
      'BERLIN, Dec. 8, 2021 (copydesk) — The Social Democrats won the most votes in the Sept. 26 election, 25.7%, narrowly beating the conservatives.',
      undefined,
      'berlin.txt'
    )
    expect(corpus([ottawa, tokyo, berlin])).toEqual([])
  })

  test('stories of the same week still disagree about one event', async () => {
    const a = await lint('GENEVA, Jan. 9, 2022 (copydesk) — The talks began on Monday in Geneva.', undefined, 'a.txt')
    const b = await lint('GENEVA, Jan. 11, 2022 (copydesk) — The talks, which began on Tuesday, were tense.', undefined, 'b.txt')
    expect(corpus([a, b]).map((message) => message.actual)).toEqual(['began on Tuesday'])
  })
})

describe('date-consistency: weekdays with “next” or “last”', () => {
  const paris = 'PARIS, May 7, 2017 (copydesk) — The two men will hold a handover ceremony at the Élysée Palace next Sunday.'

  test('two weekday names are two days, whatever the anchor', async () => {
    expect(await findings(paris + ' The ceremony will take place on Saturday.')).toEqual([
      '1:122-1:149: Unexpected `will take place on Saturday` for the ceremony: line 1 has `will hold a handover ceremony at the Élysée Palace next Sunday`; one event cannot take place on two different days (“Saturday” = 2017-05-13, the next Saturday counted from the document date 2017-05-07 (dateline))'
    ])
  })

  test('one weekday name with and without “next” may be one day', async () => {
    expect(await findings(paris)).toEqual([])
    expect(await findings(paris + ' The ceremony will take place on Sunday.')).toEqual([])
  })
})

describe('date-consistency: the day of a nearer phrase', () => {
  test('“after the election in a farewell address on Saturday” dates the address, not the election', async () => {
    const text =
      'BRASÍLIA, Brazil, Jan. 1, 2023 (copydesk) — The runoff election was held on Sunday, Oct. 30. ' +
      "Hamilton Mourão, Bolsonaro's vice president, criticized the outgoing government's silence after the election in a farewell address on Saturday evening."
    expect(await findings(text)).toEqual([])
  })

  test('a day after the event phrase itself still dates it', async () => {
    expect(await findings('The election was held on Sunday. Officials said the election took place on Tuesday.')).toHaveLength(1)
  })
})

describe('date-consistency: “rather than” compares things, not always days', () => {
  const brussels =
    'BRUSSELS, July 21, 2020 (copydesk) — The talks, which began on Friday and were due to end on Saturday, were held up by countries which objected to handing out so much money as grants rather than loans.'

  test('a talks day stays comparable when “rather than” compares grants and loans', async () => {
    const file = await lint(brussels + ' The talks began on Sunday.')
    expect(file.messages.map((message) => message.actual)).toEqual(['began on Sunday'])
  })

  test('“rather than” before a day still marks a moved event', async () => {
    expect(await findings('The vote was held on Tuesday rather than Monday. The vote took place on Tuesday.')).toEqual([])
    expect(await findings(brussels)).toEqual([])
  })
})
