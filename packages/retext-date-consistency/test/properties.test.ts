import {misplacedMessages} from '@copydesk/test-kit'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {lint} from './lint.js'

/** Words that reach every part of the rule: days, dates, events, verbs, quotes, numbers. */
const vocabulary = [
  'the', 'talks', 'vote', 'meeting', 'summit', 'which', 'began', 'begin', 'will', 'would', 'ended', 'held',
  'took', 'place', 'said', 'on', 'Monday', 'Sunday', "Monday's", 'Mondays', 'every', 'last', 'next', 'this',
  'week', 'year', 'yesterday', 'tomorrow', 'today', 'January', 'Jan.', 'February', '9', '30', '31', '2022',
  '2019-2015', '25:00', '13', 'p.m.', 'hour', 'of', 'day', 'at', 'in', 'Geneva', 'scheduled', 'to', 'are',
  'originally', 'postponed', ',', '.', '(', ')', '"', '“', '”', '’', ';', '\n', '\n\n', 'ago', 'two', 'days', '🙂', '\u200F'
]

const text = fc.oneof(
  fc.array(fc.constantFrom(...vocabulary), {maxLength: 60}).map((words) => words.join(' ')),
  fc.string({maxLength: 200}),
  fc.array(fc.constantFrom(...vocabulary), {maxLength: 40}).map((words) => words.join(''))
)

describe('properties', () => {
  test('never throws; every place is inside the text and `actual` is its slice', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom(undefined, {date: '2022-01-09'}), async (value, options) => {
        const file = await lint(value, options)
        expect(misplacedMessages(file)).toEqual([])
      }),
      {numRuns: 400}
    )
  })
})

describe('work grows with the text, not faster', () => {
  const paragraph =
    'High-level talks are scheduled to begin in Geneva on Sunday. The talks, which began on Monday, will begin on Sunday, officials said on Friday. The vote on Jan. 10 was close, and the plan covers 2019-2015.\n\n'

  async function time(text: string): Promise<number> {
    const started = performance.now()
    await lint(text)
    return performance.now() - started
  }

  test('many paragraphs', async () => {
    await time(paragraph.repeat(20))
    const small = await time(paragraph.repeat(100))
    const large = await time(paragraph.repeat(800))
    // Eight times the text; parsing alone is a little worse than linear, so allow slack.
    expect(large).toBeLessThan(small * 8 * 3 + 200)
  })

  test('one long line without sentence ends', async () => {
    const line = 'the talks began on Monday and the talks began on Tuesday and the plan covers 2019-2015 and '.repeat(2000)
    const file = await lint(line)
    expect(file.messages.length).toBeGreaterThan(0)
    expect(await time(line)).toBeLessThan(20_000)
  })
})
