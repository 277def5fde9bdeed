import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toNlcst} from 'mdast-util-to-nlcst'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {validateOptions, type Options} from '../src/lib/options.js'
import {checkDocument} from '../src/lib/rule.js'
import {firstMove, firstPossible, mayHoldFinding} from '../src/lib/screen.js'
import {sentences} from '../src/lib/tokens.js'

const parser = unified().use(retextEnglish)

type Parse = (file: VFile) => Root
const asText: Parse = (file) => parser.parse(file) as Root
/** Markdown as mdast-util-to-nlcst converts it, whose positions drift after markup taken out of a text. */
const asMarkdown: Parse = (file) => toNlcst(fromMarkdown(String(file)), file, ParseEnglish) as Root

/** Everything the rule leaves on a file, as comparable data. */
function outcome(text: string, options: Options | undefined, screened: boolean, parse: Parse) {
  const file = new VFile({value: text})
  checkDocument(parse(file), file, validateOptions(options), screened)
  return {
    messages: file.messages.map((message) => ({
      text: String(message),
      place: message.place,
      actual: message.actual,
      expected: message.expected,
      note: message.note,
      cause: String(message.cause)
    })),
    data: file.data.copydeskDatedEvents
  }
}

function expectSame(text: string, options?: Options, parse = asText) {
  expect(outcome(text, options, true, parse)).toEqual(outcome(text, options, false, parse))
}

/**
 * Words that reach the screen's edges: weekdays, months and their short forms
 * in several cases, “may” and “march” as verbs, anchors and units, moved
 * dates and event nouns, times, years and ranges, quotation marks, Markdown
 * characters and line breaks.
 */
const vocabulary = [
  'the', 'talks', 'vote', 'meeting', 'election', 'summit', 'trial', 'which', 'began', 'begin', 'will', 'would', 'ended',
  'held', 'took', 'place', 'opened', 'said', 'on', 'at', 'in', 'of', 'to', 'and', 'than', 'a', 'two', 'days', 'day',
  'Monday', 'monday', 'MONDAY', "Monday's", 'Monday’s', 'Mondays', 'Monday-Friday', 'Sunday', 'Tuesday', 'Mon', 'Sat',
  'sat', 'sun', 'Sun.', 'Wed.', 'Thurs', 'January', 'Jan.', 'jan', 'February', 'Feb.', 'April', 'Sept.', 'May', 'may',
  'MAY', 'March', 'march', 'mArch', 'Mar.', 'mayor', 'marching', 'December', 'last', 'Last', 'next', 'this', 'past',
  'coming', 'previous', "last's", 'week', 'weeks', 'year', 'month', 'weekend', 'wee\u212Aend', 'hour', 'ago', 'today',
  'Yesterday', 'tomorrow', 'tonight', 'postponed', 'Postponed', 'instead', 'rather', 'again', 'originally', 'moved',
  'resumed', 'cancelled', '9', '12', '29', '30', '31', '2022', '2023', '1', '12.', '30th', '25:00', '10:75', '13',
  'p.m.', 'pm', 'a.m.', 'hour 25 of the day', '2019-2015', '2019–15', '2021-22', 'No.', 'GMT', '5Monday', 'Monday5',
  ',', '.', ';', ':', '(', ')', '-', '"', '“', '”', '‘', '’', "'", '*', '_', '[', ']', '&', '\\', '>', '#', '`', '|',
  '\n', '\n\n', '\r\n', ' \n', '\n ', '\n> ', '\t', '🙂', '\u200F', 'é', 'Ünited'
]

const word = fc.constantFrom(...vocabulary)

/** Sentences shaped as news copy writes days: an event, a verb, a time, more. */
const subjects = ['The talks', 'the vote', 'The Senate vote', 'A meeting', 'The trial', 'Talks', 'the summit', 'He', 'Officials', 'The election']
const verbs = ['will begin', 'began', 'begins', 'was held', 'will be held', 'took place', 'is scheduled to begin', 'ended', 'were postponed', 'will resume', 'opened', 'met', 'said']
const times = [
  'on Monday', 'on monday', 'last week', 'next week', "last's week", 'last year', 'next month', 'this weekend', 'LAST WEEK',
  'yesterday', 'tomorrow', 'today', 'two days ago', 'on Jan. 9', 'on January 9, 2022', 'on Monday, January 9, 2022',
  'Monday (Jan. 7)', 'yesterday (Jan. 7)', 'on 9 January', 'on Feb. 30', 'on May 5', 'in March', 'on Sunday rather than Monday',
  'every Monday', 'on Mondays', 'at 25:00 GMT', 'at 13 p.m.', 'in 2019-2015', 'on Sat, Jan. 8', 'on Tues.', 'on Sept. 31', 'on May fifth', 'on the first of March', 'in MARCH', 'Sat the fifth of May'
]
const tails = ['', 'instead', 'again', 'originally', ', officials said', 'in Geneva', 'after the vote', '"', '”', 'and ended on Friday']
const shaped = fc
  .array(
    fc.tuple(fc.constantFrom(...subjects), fc.constantFrom(...verbs), fc.constantFrom(...times), fc.constantFrom(...tails), word, fc.constantFrom('. ', '.\n\n', '? ', '." ', '.\n')),
    {minLength: 1, maxLength: 6}
  )
  .map((sentences) => sentences.map(([subject, verb, time, tail, extra, end]) => `${subject} ${verb} ${time} ${tail} ${extra}${end}`).join(''))

const text = fc.oneof(
  {weight: 4, arbitrary: shaped},
  {weight: 4, arbitrary: fc.array(word, {maxLength: 60}).map((words) => words.join(' '))},
  {weight: 1, arbitrary: fc.array(word, {maxLength: 40}).map((words) => words.join(''))},
  {
    weight: 2,
    arbitrary: fc
      .array(fc.tuple(fc.array(word, {minLength: 1, maxLength: 14}), fc.constantFrom('. ', '? ', '! ', '.\n\n', '." ')), {
        maxLength: 8
      })
      .map((sentences) => sentences.map(([words, end]) => words.join(' ') + end).join(''))
  },
  {weight: 1, arbitrary: fc.string({maxLength: 120})}
)
const options = fc.constantFrom<Options | undefined>(undefined, {date: '2022-01-09'}, {date: '2023-03-01'})

describe('the screen of sentences', () => {
  test('gives the same findings and dated events as reading every sentence', () => {
    fc.assert(
      fc.property(text, options, fc.boolean(), (value, settings, markdown) => {
        expectSame(value, settings, markdown ? asMarkdown : asText)
      }),
      {numRuns: 1500}
    )
  })

  const seeds = new URL('../../../seeds/', import.meta.url)
  const wellEdited = new URL('../../../tests/fixtures/well-edited/', import.meta.url)
  const articles = [
    ...['000_f653e7d4b9240d4a.txt', '004_9f9cc69ba27d57d6.txt'].map((name) => new URL(name, seeds)),
    ...readdirSync(wellEdited)
      .filter((name) => /\.(?:txt|md)$/.test(name))
      .map((name) => new URL(name, wellEdited))
  ]

  test.each(articles.map((url) => [url.pathname.split('/').slice(-2).join('/'), url] as const))(
    'gives the same on %s',
    (name, url) => {
      const value = readFileSync(url, 'utf8')
      const parse = name.endsWith('.md') ? asMarkdown : asText
      expectSame(value, undefined, parse)
      expectSame(value, {date: '2022-01-09'}, parse)
    }
  )

  test('gives the same on Markdown whose markup hides a day or moves the words after it', () => {
    const cases = [
      'The talks began on Mon**day**. The talks will begin on Sunday.',
      'The talks began on *Monday*. The talks will begin on [Sunday](https://example.com).',
      'The talks began on &#77;onday. The talks will begin on Sunday.',
      'Talks &amp; more &amp; more &amp; more &amp; more &amp; more. The talks began on Monday. The talks will begin on Sunday.',
      'A \\* b \\* c \\* d \\* e \\* f \\* g. The talks began on Monday. The talks will begin on Sunday.',
      '> The talks began\n> on Monday. The talks will begin\n> on Sunday.',
      '- a\n\n  The vote was held on Monday. The vote will be held on Sunday.',
      'The vote was held  \non Monday. The vote will be held on Sunday.',
      'The plan covers 2019-2015 and opens at 25:00 on Feb. 30. It ran `on Monday`.'
    ]
    for (const value of cases) {
      expectSame(value, undefined, asMarkdown)
      expectSame(value, {date: '2022-01-09'}, asMarkdown)
    }

    // The cases can fail: all but the first have findings.
    expect(cases.map((value) => outcome(value, undefined, true, asMarkdown).messages.length)).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 3])
  })

  test('leaves out most sentences of a story, and keeps those with a day', () => {
    const value = readFileSync(new URL('000_f653e7d4b9240d4a.txt', seeds), 'utf8')
    const tree = parser.parse(value) as Root
    const screen = {source: value, firstPossible, firstMove}
    const all = sentences(tree)
    const kept = sentences(tree, new Set(), screen)
    expect(kept.length).toBeLessThan(all.length / 2)
    expect(kept.some((view) => view.text.includes('began on Monday'))).toBe(true)
  })

  test('says yes to the words a finding needs, in any case, and no to prose without them', () => {
    const yes = [
      'on Monday', 'on MONDAY', "Monday's talks", 'Sat', 'in May', 'late March', 'last week', "last's week", 'next  weekend',
      'yesterday', 'two days ago', 'the talks were postponed', 'at 25:00', 'on Feb. 30', 'the 2019-2015 plan', '13 p.m.',
      'last wee\u212Aend', 'an *odd* word', 'AT&T', 'a line \nbreak', 'a line\n> quoted'
    ]
    const no = [
      'The mayor said so.', 'They may march on.', 'a week later', 'the year', 'an hour', 'postponed', 'the talks',
      'Mondays are quiet.', 'He was 13 then.', 'It cost $5 million.'
    ]
    expect(yes.filter((value) => !mayHoldFinding(value, 0, value.length))).toEqual([])
    expect(no.filter((value) => mayHoldFinding(value, 0, value.length))).toEqual([])
  })
})
