import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {checkReadmeExamples} from '@copydesk/test-kit'
import {describe, expect, test} from 'vitest'
import * as api from '../src/index.js'
import retextDateConsistency from '../src/index.js'
import {findings, lint} from './lint.js'
import {negatives} from './negatives.js'

const seeds = new URL('../../../seeds/', import.meta.url)

test('public API', () => {
  expect(Object.keys(api).sort()).toEqual(['corpus', 'corpusDataFromJSON', 'corpusDataToJSON', 'default'])
  expect(typeof retextDateConsistency).toBe('function')
  expect(retextDateConsistency.name).toBe('copydesk:date-consistency')
})

describe('seed articles', () => {
  test('000: one event, two days, past and future at once (line 29), against line 13', async () => {
    const file = await lint(readFileSync(new URL('000_f653e7d4b9240d4a.txt', seeds), 'utf8'))
    expect(file.messages.map(String)).toEqual([
      '29:72-29:87: Unexpected `began on Monday` for the talks: line 13 has `are scheduled to begin in Geneva on Sunday`; one event cannot begin on two different days, nor have begun already and still be to come',
      '29:89-29:109: Unexpected `will begin on Sunday` for the talks: this sentence also has `began on Monday`; one event cannot begin on two different days, nor have begun already and still be to come'
    ])
    expect(file.messages.map((message) => message.actual)).toEqual(['began on Monday', 'will begin on Sunday'])
    expect(file.messages.map((message) => message.expected)).toEqual([undefined, undefined])
    expect(file.messages.map((message) => (message.cause as {place?: {start: {line: number}}}).place?.start.line)).toEqual([13, 29])
  })

  test('004: nothing (Sherman meeting Lavrov on Monday is another event)', async () => {
    const file = await lint(readFileSync(new URL('004_9f9cc69ba27d57d6.txt', seeds), 'utf8'))
    expect(file.messages.map(String)).toEqual([])
  })

  test('the two as a story package: no finding across them', async () => {
    const a = await lint(readFileSync(new URL('000_f653e7d4b9240d4a.txt', seeds), 'utf8'), undefined, '000.txt')
    const b = await lint(readFileSync(new URL('004_9f9cc69ba27d57d6.txt', seeds), 'utf8'), undefined, '004.txt')
    expect(api.corpus([a, b])).toEqual([])
  })
})

describe('one event, two days or two tenses', () => {
  const cases: Array<[string, string[], object?]> = [
    [
      'The talks, which began on Monday, will begin on Sunday.',
      [
        '1:35-1:55: Unexpected `will begin on Sunday` for the talks: this sentence also has `began on Monday`; one event cannot begin on two different days, nor have begun already and still be to come'
      ]
    ],
    [
      'The vote is on Tuesday. The vote on Thursday will be close.',
      ['1:25-1:45: Unexpected `The vote on Thursday` for the vote: line 1 has `is on Tuesday`; one event cannot take place on two different days']
    ],
    [
      'The talks, Blinken said on Friday, will begin on Monday. The talks began on Tuesday.',
      [
        '1:68-1:84: Unexpected `began on Tuesday` for the talks: line 1 has `will begin on Monday`; one event cannot begin on two different days, nor have begun already and still be to come'
      ]
    ],
    [
      'On Monday, the talks began in Geneva.\n\nThe talks, which began on Tuesday, ended.',
      ['3:18-3:34: Unexpected `began on Tuesday` for the talks: line 1 has `On Monday, the talks began`; one event cannot begin on two different days']
    ],
    [
      'Monday’s vote was close. The vote, held on Tuesday, passed.',
      ['1:36-1:51: Unexpected `held on Tuesday` for the vote: line 1 has `Monday’s vote`; one event cannot take place on two different days']
    ],
    [
      'The vote took place on Tuesday. Officials said the vote will take place on Tuesday.',
      [
        '1:57-1:83: Unexpected `will take place on Tuesday` for the vote: line 1 has `took place on Tuesday`; one event cannot have taken place already and still be to come'
      ]
    ],
    [
      'The talks ended on Friday. The talks, which ended on Thursday, were long.',
      ['1:45-1:62: Unexpected `ended on Thursday` for the talks: line 1 has `ended on Friday`; one event cannot end on two different days']
    ],
    [
      'Talks kicked off on Monday. The talks, which kicked off on Tuesday, were tense.',
      ['1:46-1:67: Unexpected `kicked off on Tuesday` for the talks: line 1 has `kicked off on Monday`; one event cannot begin on two different days']
    ],
    [
      'The Jan. 10 vote was close. Lawmakers said the vote on Jan. 11 was a relief.',
      ['1:44-1:63: Unexpected `the vote on Jan. 11` for the vote: line 1 has `Jan. 10 vote`; one event cannot take place on two different days']
    ],
    [
      'The vote took place yesterday. The vote on Tuesday was close.',
      [
        '1:32-1:51: Unexpected `The vote on Tuesday` for the vote: line 1 has `took place yesterday`; one event cannot take place on two different days (“yesterday” = 2022-01-08 counted from the document date 2022-01-09 (the date option))'
      ],
      {date: '2022-01-09'}
    ],
    [
      'The talks began on Monday. The talks will begin on Monday.',
      [
        '1:38-1:58: Unexpected `will begin on Monday` for the talks: line 1 has `began on Monday`; one event cannot begin on two different days, nor have begun already and still be to come (“Monday” = 2022-01-10, the next Monday counted from the document date 2022-01-09 (the date option); “Monday” = 2022-01-03, the last Monday counted from the document date 2022-01-09 (the date option))'
      ],
      {date: '2022-01-09'}
    ]
  ]

  test.each(cases)('%s', async (text, expected, options) => {
    expect(await findings(text, options)).toEqual(expected)
  })

  test('the day of a mention counted from a dateline', async () => {
    expect(
      await findings('WASHINGTON, January 10, 2022 (AFP) — The vote took place yesterday. The vote, held on Friday, was close.')
    ).toEqual([
      '1:79-1:93: Unexpected `held on Friday` for the vote: line 1 has `took place yesterday`; one event cannot take place on two different days (“Friday” = 2022-01-07, the last Friday counted from the document date 2022-01-10 (dateline); “yesterday” = 2022-01-09 counted from the document date 2022-01-10 (dateline))'
    ])
  })
})

describe('weekday against date', () => {
  const cases: Array<[string, string, string, object?]> = [
    ['Monday, January 9, 2022 was cold.', '1:1-1:7: Unexpected `Monday`, expected `Sunday`: January 9, 2022 falls on a Sunday', 'Sunday'],
    [
      'The summit opens on Monday (Jan. 11, 2022).',
      '1:21-1:27: Unexpected `Monday`, expected `Tuesday`: January 11, 2022 falls on a Tuesday',
      'Tuesday'
    ],
    [
      'The summit opens on January 9, 2022 (Monday).',
      '1:38-1:44: Unexpected `Monday`, expected `Sunday`: January 9, 2022 falls on a Sunday',
      'Sunday'
    ],
    [
      'Monday, Jan. 9, was cold.',
      '1:1-1:7: Unexpected `Monday`, expected `Sunday`: January 9, 2022 falls on a Sunday, taking the year from the document date 2022-01-09 (the date option)',
      'Sunday',
      {date: '2022-01-09'}
    ],
    ['It ended on MONDAY, JAN. 9, 2022.', '1:13-1:19: Unexpected `MONDAY`, expected `SUNDAY`: January 9, 2022 falls on a Sunday', 'SUNDAY'],
    ['It ended on Mon., Jan. 9, 2022.', '1:13-1:17: Unexpected `Mon.`, expected `Sun.`: January 9, 2022 falls on a Sunday', 'Sun.']
  ]

  test.each(cases)('%s', async (text, expected, weekday, options) => {
    const file = await lint(text, options as never)
    expect(file.messages.map(String)).toEqual([expected])
    const message = file.messages[0]!
    expect(message.expected).toEqual([weekday])
    expect(message.actual).toBe(text.slice(message.place && 'start' in message.place ? message.place.start.offset : 0, message.place && 'end' in message.place ? message.place.end.offset : 0))
  })

  test('no year known: no check', async () => {
    expect(await findings('GENEVA, Jan. 9 (Reuters) - The talks will begin on Monday, Jan. 11, officials said.')).toEqual([])
  })

  test('a year near the document date may be either side of new year', async () => {
    // December 30, 2021 was a Thursday; in a story of 2022-01-02 that is the date meant.
    expect(await findings('The talks ended on Thursday, Dec. 30.', {date: '2022-01-02'})).toEqual([])
  })
})

describe('impossible dates and times', () => {
  const cases: Array<[string, string[]]> = [
    ['The meeting was held on February 30.', ['1:25-1:36: Unexpected `February 30`: February has only 28 days, 29 in a leap year']],
    ['The hearing is on April 31.', ['1:19-1:27: Unexpected `April 31`: April has only 30 days']],
    ['The treaty was signed on February 29, 2023.', ['1:26-1:43: Unexpected `February 29, 2023`: 2023 is not a leap year, so February has 28 days']],
    ['The ceasefire runs until 30 February 2022.', ['1:26-1:42: Unexpected `30 February 2022`: February has only 28 days, 29 in a leap year']],
    ['Talks resume at 25:00 GMT.', ['1:17-1:22: Unexpected `25:00`: a day has only 24 hours, so no clock shows 25:00']],
    ['The vote closes at 10:75 local time.', ['1:20-1:25: Unexpected `10:75`: an hour has only 60 minutes, so no clock shows 10:75']],
    ['The meeting starts at 13 p.m.', ['1:23-1:30: Unexpected `13 p.m.`: the 12-hour clock runs from 1 to 12, so there is no 13 p.m.']],
    ['It happened in hour 25 of the day.', ['1:16-1:34: Unexpected `hour 25 of the day`: a day has only 24 hours']],
    ['The plan covers 2019-2015.', ['1:17-1:26: Unexpected `2019-2015`: the range runs backwards, ending in 2015 before it starts in 2019']],
    ['The plan covers 2019–15.', ['1:17-1:24: Unexpected `2019–15`: the range runs backwards, ending in 2015 before it starts in 2019']]
  ]

  test.each(cases)('%s', async (text, expected) => {
    expect(await findings(text)).toEqual(expected)
  })
})

describe('tense against time', () => {
  const cases: Array<[string, string[], object?]> = [
    ['The talks will begin last Monday.', ['1:11-1:33: Unexpected `will begin last Monday`: “last Monday” is in the past, but `will begin` speaks of it as still to come']],
    ['The talks began tomorrow.', ['1:11-1:25: Unexpected `began tomorrow`: “tomorrow” is in the future, but `began` speaks of it as past']],
    ['The talks ended next week.', ['1:11-1:26: Unexpected `ended next week`: “next week” is in the future, but `ended` speaks of it as past']],
    [
      'New Delhi, 9 January 2022: The talks began tomorrow.',
      [
        '1:38-1:52: Unexpected `began tomorrow`: “tomorrow” is in the future (“tomorrow” = 2022-01-10 counted from the document date 2022-01-09 (dateline)), but `began` speaks of it as past'
      ]
    ],
    [
      'The talks began on January 12.',
      ['1:11-1:30: Unexpected `began on January 12`: January 12, 2022 is after the document date 2022-01-09 (the date option), but `began` speaks of it as past'],
      {date: '2022-01-09'}
    ],
    [
      'The talks will begin on Jan. 5.',
      [
        '1:11-1:31: Unexpected `will begin on Jan. 5`: January 5, 2022 is before the document date 2022-01-09 (the date option), but `will begin` speaks of it as still to come'
      ],
      {date: '2022-01-09'}
    ],
    [
      'The talks began on Monday, Jan. 10.',
      [
        '1:11-1:35: Unexpected `began on Monday, Jan. 10`: January 10, 2022 is after the document date 2022-01-09 (the date option), but `began` speaks of it as past'
      ],
      {date: '2022-01-09'}
    ]
  ]

  test.each(cases)('%s', async (text, expected, options) => {
    expect(await findings(text, options)).toEqual(expected)
  })
})

describe('relative phrases against the dates beside them', () => {
  const cases: Array<[string, string[], object?]> = [
    [
      'The vote was held yesterday (Jan. 7).',
      [
        '1:19-1:37: Unexpected `yesterday (Jan. 7)`: “yesterday” = 2022-01-08 counted from the document date 2022-01-09 (the date option), but the date beside it is January 7, 2022'
      ],
      {date: '2022-01-09'}
    ],
    [
      'The vote was held yesterday, Jan. 7, in Kyiv.',
      [
        '1:19-1:36: Unexpected `yesterday, Jan. 7`: “yesterday” = 2022-01-08 counted from the document date 2022-01-09 (the date option), but the date beside it is January 7, 2022'
      ],
      {date: '2022-01-09'}
    ],
    [
      'Prices rose last year (2020).',
      ['1:13-1:29: Unexpected `last year (2020)`: “last year” = 2021 counted from the document date 2022-01-09 (the date option), but the year beside it is 2020'],
      {date: '2022-01-09'}
    ],
    [
      'Elections took place last year, in 2019.',
      ['1:22-1:40: Unexpected `last year, in 2019`: “last year” = 2021 counted from the document date 2022-01-09 (the date option), but the year beside it is 2019'],
      {date: '2022-01-09'}
    ]
  ]

  test.each(cases)('%s', async (text, expected, options) => {
    expect(await findings(text, options)).toEqual(expected)
  })

  test('the same phrases agreeing, or without a document date, pass', async () => {
    expect(await findings('The vote was held yesterday (Jan. 8). Prices rose last year (2021).', {date: '2022-01-09'})).toEqual([])
    expect(await findings('The vote was held yesterday (Jan. 7). Prices rose last year (2020).')).toEqual([])
  })
})

describe('must not flag: well-edited news copy', () => {
  test('there are more must-not cases than must cases', () => {
    expect(negatives.length).toBeGreaterThanOrEqual(80)
  })

  test.each(negatives.map((text) => [text]))('%s', async (text) => {
    expect(await findings(text)).toEqual([])
  })

  test.each(negatives.map((text) => [text]))('%s (dated 2022-01-12)', async (text) => {
    expect(await findings(text, {date: '2022-01-12'})).toEqual([])
  })
})

test('full message object', async () => {
  const file = await lint('The talks began on Monday.\n\nThe talks, which began on Tuesday, ended.', undefined, 'story.txt')
  expect(file.messages).toHaveLength(1)
  const message = file.messages[0]!
  expect(JSON.parse(JSON.stringify({...message, ancestors: []}))).toEqual({
    ancestors: [],
    cause: {
      column: 11,
      file: '',
      line: 1,
      message: 'The talks: `began on Monday`',
      name: '1:11-1:26',
      place: {start: {line: 1, column: 11, offset: 10}, end: {line: 1, column: 26, offset: 25}},
      reason: 'The talks: `began on Monday`',
      ruleId: 'date-consistency',
      source: 'copydesk',
      url: 'https://github.com/copydesk/copydesk/tree/main/packages/retext-date-consistency#readme'
    },
    column: 18,
    fatal: false,
    file: 'story.txt',
    line: 3,
    message:
      'Unexpected `began on Tuesday` for the talks: line 1 has `began on Monday`; one event cannot begin on two different days',
    name: 'story.txt:3:18-3:34',
    place: {start: {line: 3, column: 18, offset: 45}, end: {line: 3, column: 34, offset: 61}},
    reason:
      'Unexpected `began on Tuesday` for the talks: line 1 has `began on Monday`; one event cannot begin on two different days',
    ruleId: 'date-consistency',
    source: 'copydesk',
    actual: 'began on Tuesday',
    url: 'https://github.com/copydesk/copydesk/tree/main/packages/retext-date-consistency#readme'
  })
})

describe('options', () => {
  test('a bad `date` throws when the plugin is attached', async () => {
    await expect(lint('x', {date: '2022-02-30'})).rejects.toThrow(
      new TypeError('Unexpected `date` option `2022-02-30`, expected a calendar date written `YYYY-MM-DD` (such as `2022-01-09`)')
    )
    await expect(lint('x', {date: 'January 9'})).rejects.toThrow(TypeError)
    await expect(lint('x', ['warn', {date: 20_220_109}] as never)).rejects.toThrow(/`date` option `20220109`/)
  })

  test('a bad `knowledge` throws', async () => {
    await expect(lint('x', {knowledge: {}} as never)).rejects.toThrow(
      new TypeError('Unexpected `knowledge` option, expected a knowledge base from `@copydesk/knowledge` (`createKnowledge(sheets)`)')
    )
  })

  test('options that are not an object throw', async () => {
    await expect(lint('x', 'soon' as never)).rejects.toThrow(/Unexpected options `soon`/)
  })

  test('severity tuples and `null` work', async () => {
    expect((await lint('On April 31.', ['error', null] as never)).messages.map((message) => message.fatal)).toEqual([true])
    expect((await lint('On April 31.', null as never)).messages).toHaveLength(1)
  })
})

describe('corpus', () => {
  test('one event on two days in two files', async () => {
    const a = await lint('GENEVA (Reuters) - The talks began on Monday in Geneva.', undefined, 'a.txt')
    const b = await lint('Officials confirmed the delay.\n\nThe talks, which began on Tuesday, were tense.', undefined, 'b.txt')
    const messages = api.corpus([a, b])
    expect(messages.map(String)).toEqual([
      'b.txt:3:18-3:34: Unexpected `began on Tuesday` for the talks: `a.txt` line 1 has `began on Monday`; one event cannot begin on two different days'
    ])
    expect(b.messages).toEqual(messages)
    expect(a.messages).toEqual([])
    const message = messages[0]!
    expect([message.ruleId, message.source, message.actual, message.fatal]).toEqual(['date-consistency', 'copydesk', 'began on Tuesday', false])
    expect((message.cause as {file: string}).file).toBe('a.txt')
  })

  test('tenses are not compared across files; agreeing days pass', async () => {
    const a = await lint('The talks will begin on Monday.', undefined, 'a.txt')
    const b = await lint('The talks began on Monday.', undefined, 'b.txt')
    expect(api.corpus([a, b])).toEqual([])
  })

  test('resolved dates compare across files', async () => {
    const a = await lint('The vote took place yesterday.', {date: '2022-01-10'}, 'a.txt')
    const b = await lint('The vote, held on Saturday, was close.', {date: '2022-01-12'}, 'b.txt')
    expect(api.corpus([a, b], {severity: 'error'}).map((message) => [String(message), message.fatal])).toEqual([
      [
        'b.txt:1:11-1:27: Unexpected `held on Saturday` for the vote: `a.txt` line 1 has `took place yesterday`; one event cannot take place on two different days (“Saturday” = 2022-01-08, the last Saturday counted from the document date 2022-01-12 (the date option); “yesterday” = 2022-01-09 counted from the document date 2022-01-10 (the date option))',
        true
      ]
    ])
  })

  test('a move mentioned in either file, or files never linted, are skipped', async () => {
    const a = await lint('The vote was postponed. The vote took place on Tuesday.', undefined, 'a.txt')
    const b = await lint('The vote took place on Thursday.', undefined, 'b.txt')
    const c = new (b.constructor as typeof import('vfile').VFile)('The vote took place on Friday.')
    expect(api.corpus([a, b, c])).toEqual([])
  })

  test('a bad severity throws', () => {
    expect(() => api.corpus([], {severity: 'loud' as never})).toThrow(TypeError)
  })
})

test('README use', async () => {
  expect(await findings('The talks, which began on Monday, will begin on Sunday.')).toEqual([
    '1:35-1:55: Unexpected `will begin on Sunday` for the talks: this sentence also has `began on Monday`; one event cannot begin on two different days, nor have begun already and still be to come'
  ])
})

test('README examples', async () => {
  const readme = fileURLToPath(new URL('../README.md', import.meta.url))
  const results = await checkReadmeExamples(readme, retextDateConsistency)
  expect(results.length).toBeGreaterThanOrEqual(4)
  for (const {example, actual, messages} of results) {
    // The README shows findings as a reporter prints them under a file name, without the name.
    expect(actual.map((line) => line.replace(`${example.name}:`, '')), example.name).toEqual(example.output)
    for (const message of messages) {
      expect([message.source, message.ruleId, message.url]).toEqual([
        'copydesk',
        'date-consistency',
        'https://github.com/copydesk/copydesk/tree/main/packages/retext-date-consistency#readme'
      ])
    }
  }
})
