import {createKnowledge} from '@copydesk/knowledge'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import * as api from '../src/index.js'
import {datelineIn, documentDate, documentYear, frontMatterDate, inferDateFromRoles, inferDateFromTerms, roleTerms, validateDateOption} from '../src/index.js'
import {handMade, person, sheet} from './fixtures.js'

function parse(text: string, data?: Record<string, unknown>): {tree: Root; file: VFile} {
  const file = new VFile({value: text})
  if (data) Object.assign(file.data, data)
  return {tree: unified().use(retextEnglish).parse(file) as Root, file}
}

function dateOf(text: string, options?: api.DocumentDateOptions, data?: Record<string, unknown>): api.DocumentDate {
  const {tree, file} = parse(text, data)
  return documentDate(tree, file, options)
}

test('public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'addDays',
    'datelineIn',
    'daysBetween',
    'daysInMonth',
    'describeDocumentDate',
    'documentDate',
    'documentYear',
    'findDateline',
    'firstDayOf',
    'formatIsoDate',
    'formatLongDate',
    'frontMatterDate',
    'inferDateFromRoles',
    'inferDateFromTerms',
    'isLeapYear',
    'isValidDay',
    'lastDayOf',
    'listTerms',
    'monthNames',
    'parseIsoDate',
    'roleClaims',
    'roleTerms',
    'validateDateOption',
    'weekdayNames',
    'weekdayOf'
  ])
})

describe('the `date` option', () => {
  test('wins over everything in the text', () => {
    expect(dateOf('GENEVA, Jan. 9, 2022 (Reuters) - Talks began.', {date: '2021-12-31'}, {frontMatter: {date: '2020-01-01'}})).toEqual({
      kind: 'exact',
      date: '2021-12-31',
      source: 'option',
      evidence: 'the `date` option'
    })
  })

  test.each([['2022-02-30'], ['2022-1-9'], ['January 9, 2022'], [''], ['2022-01-09T00:00']])('rejects %j', (value) => {
    expect(() => dateOf('Text.', {date: value})).toThrow(
      new TypeError(`Unexpected \`date\` option \`${value}\`, expected a calendar date written \`YYYY-MM-DD\` (such as \`2022-01-09\`)`)
    )
  })

  test('rejects values that are not strings', () => {
    expect(() => validateDateOption(20_220_109)).toThrow(/`date` option `20220109`/)
    expect(() => validateDateOption(new Date(0))).toThrow(/`date` option `a Date object`/)
  })
})

describe('front matter', () => {
  test.each<[Record<string, unknown>, string, string]>([
    [{date: '2022-01-09'}, '2022-01-09', 'front matter `date: 2022-01-09`'],
    [{published: '2022-01-10T08:30:00+05:30'}, '2022-01-10', 'front matter `published: 2022-01-10T08:30:00+05:30`'],
    [{pubDate: 'January 11, 2022'}, '2022-01-11', 'front matter `pubDate: January 11, 2022`'],
    [{date: new Date(Date.UTC(2022, 0, 12))}, '2022-01-12', 'front matter `date: 2022-01-12T00:00:00.000Z`'],
    [{date: 'soon', published: '2022-01-13'}, '2022-01-13', 'front matter `published: 2022-01-13`']
  ])('%j', (frontMatter, date, evidence) => {
    expect(dateOf('Talks began.', undefined, {frontMatter})).toEqual({kind: 'exact', date, source: 'front-matter', evidence})
  })

  test('no usable key falls through to the text', () => {
    expect(frontMatterDate({title: 'Talks', date: 'January 2022'})).toBeUndefined()
    expect(frontMatterDate({date: '2022-02-30'})).toBeUndefined()
    expect(dateOf('GENEVA, Jan. 9, 2022 (Reuters) - Talks began.', undefined, {frontMatter: {title: 'x'}})).toMatchObject({
      source: 'dateline'
    })
  })
})

describe('datelines', () => {
  test.each<[string, api.DocumentDate]>([
    [
      'WASHINGTON, January 10, 2022 (AFP) — The United States said on Monday it was ready.',
      {kind: 'exact', date: '2022-01-10', source: 'dateline', evidence: 'WASHINGTON, January 10, 2022 (AFP) —'}
    ],
    [
      'New Delhi, 9 January 2022: High-level talks are scheduled to begin.',
      {kind: 'exact', date: '2022-01-09', source: 'dateline', evidence: 'New Delhi, 9 January 2022:'}
    ],
    [
      'KYIV, Ukraine, Jan. 9, 2022 (AP) — Officials said talks would begin.',
      {kind: 'exact', date: '2022-01-09', source: 'dateline', evidence: 'KYIV, Ukraine, Jan. 9, 2022 (AP) —'}
    ],
    [
      'GENEVA, Jan. 9 (Reuters) - U.S. and Russian officials met on Sunday.',
      {kind: 'month-day', month: 1, day: 9, source: 'dateline', evidence: 'GENEVA, Jan. 9 (Reuters) -'}
    ],
    [
      'Powered by\n\nHome Explained\n\nMOSCOW, Jan. 10, 2022 (Reuters) - Russia said.',
      {kind: 'exact', date: '2022-01-10', source: 'dateline', evidence: 'MOSCOW, Jan. 10, 2022 (Reuters) -'}
    ]
  ])('%s', (text, expected) => {
    expect(dateOf(text)).toEqual(expected)
  })

  test.each([
    ['Ground Report | New Delhi: US Russia tensions over Ukraine.'],
    ['GENEVA (Reuters) - Talks began on Monday.'],
    ['On Monday, Jan. 10, the talks began.'],
    ['The talks began on Jan. 10 - a Monday - in Geneva.'],
    ['']
  ])('no dateline: %j', (text) => {
    expect(dateOf(text)).toEqual({kind: 'none'})
  })

  test('a dateline without a year takes one from the roles when only one fits', () => {
    const knowledge = createKnowledge([sheet])
    expect(dateOf('LONDON, Oct. 5 (Reuters) - Prime Minister Liz Truss defended her plans.', {knowledge})).toEqual({
      kind: 'exact',
      date: '2022-10-05',
      source: 'dateline',
      evidence: 'LONDON, Oct. 5 (Reuters) - (the year 2022 from Liz Truss as Prime Minister (2022-09-06 to 2022-10-25))'
    })
    // Sherman's term holds two January 9ths: no year is chosen.
    expect(dateOf('GENEVA, Jan. 9 (Reuters) - Deputy Secretary of State Wendy Sherman met Russian officials.', {knowledge})).toEqual({
      kind: 'month-day',
      month: 1,
      day: 9,
      source: 'dateline',
      evidence: 'GENEVA, Jan. 9 (Reuters) -'
    })
  })

  test('reads the date after a place with commas', () => {
    expect(datelineIn('UNITED NATIONS, Feb. 29, 2024 (AP) — x')).toEqual({year: 2024, month: 2, day: 29, text: 'UNITED NATIONS, Feb. 29, 2024 (AP) —'})
    expect(datelineIn('PARIS, Feb. 30 (AFP) - x')).toBeUndefined()
  })
})

describe('roles', () => {
  test('the intersection of the stated roles', () => {
    const result = inferDateFromRoles(
      [
        {person: person('antony-blinken'), title: 'US Secretary of State'},
        {person: person('joe-biden'), title: 'President'},
        {person: person('antony-blinken'), title: 'Secretary of State'}
      ],
      handMade
    )
    expect(result && 'from' in result ? [result.from, result.to, result.evidence, result.terms.length] : result).toEqual([
      '2021-01-26',
      '2025-01-20',
      'Antony Blinken as Secretary of State (2021-01-26 to 2025-01-20) and Joe Biden as President (2021-01-20 to 2025-01-20)',
      2
    ])
  })

  test('an office still held leaves the range open', () => {
    const result = inferDateFromRoles(
      [
        {person: person('sergei-lavrov'), title: 'Foreign Minister'},
        {person: person('jens-stoltenberg'), title: 'NATO Secretary-General'}
      ],
      handMade
    )
    expect(result && 'from' in result ? [result.from, result.to, result.evidence] : result).toEqual([
      '2014-10-01',
      '2024-10-01',
      'Sergei Lavrov as Foreign Minister (from 2004-03-09) and Jens Stoltenberg as Secretary General (2014-10-01 to 2024-10-01)'
    ])
    const open = inferDateFromRoles([{person: person('sergei-lavrov'), title: 'Foreign Minister'}], handMade)
    expect(open && 'from' in open ? [open.from, open.to] : open).toEqual(['2004-03-09', null])
  })

  test('roles never held together are a conflict, not a guess', () => {
    const result = inferDateFromRoles(
      [
        {person: person('wendy-sherman'), title: 'Under Secretary of State'},
        {person: person('joe-biden'), title: 'President'},
        {person: person('antony-blinken'), title: 'Secretary of State'}
      ],
      handMade
    )
    expect(result).toEqual({
      conflict:
        'Wendy Sherman as Under Secretary of State for Political Affairs (2011-09-21 to 2015-10-02) and Antony Blinken as Secretary of State (2021-01-26 to 2025-01-20) were never held at the same time',
      terms: expect.any(Array)
    })
    // Leaving the claim out that disagrees gives the others' range: what a title check needs.
    const others = inferDateFromRoles(
      [
        {person: person('joe-biden'), title: 'President'},
        {person: person('antony-blinken'), title: 'Secretary of State'}
      ],
      handMade
    )
    expect(others && 'from' in others ? [others.from, others.to] : others).toEqual(['2021-01-26', '2025-01-20'])
  })

  test('titles that match no role, or two, say nothing', () => {
    expect(
      inferDateFromRoles(
        [
          {person: person('vladimir-putin'), title: 'President'},
          {person: person('joe-biden'), title: 'Senator'}
        ],
        handMade
      )
    ).toBeUndefined()
    expect(inferDateFromRoles([], handMade)).toBeUndefined()
  })

  test('one reading of the claims serves every claim left out in turn', () => {
    const claims = [
      {person: person('wendy-sherman'), title: 'Under Secretary of State'},
      {person: person('joe-biden'), title: 'President'},
      {person: person('antony-blinken'), title: 'Secretary of State'},
      {person: person('joe-biden'), title: 'President'},
      {person: person('vladimir-putin'), title: 'President'},
      {person: person('antony-blinken'), title: 'US Secretary of State'}
    ]
    const terms = roleTerms(claims, handMade)
    expect(terms.map((term) => [term.person.id, term.title, term.from])).toEqual([
      ['wendy-sherman', 'Under Secretary of State', '2011-09-21'],
      ['joe-biden', 'President', '2021-01-20'],
      ['antony-blinken', 'Secretary of State', '2021-01-26']
    ])
    expect(inferDateFromTerms(terms)).toEqual(inferDateFromRoles(claims, handMade))
    for (const left of ['wendy-sherman', 'joe-biden', 'antony-blinken', 'vladimir-putin']) {
      expect(inferDateFromTerms(terms.filter((term) => term.person.id !== left))).toEqual(
        inferDateFromRoles(claims.filter((claim) => claim.person.id !== left), handMade)
      )
    }
    expect(inferDateFromTerms([])).toBeUndefined()
  })

  test('partial dates count from the first to the last day they can mean', () => {
    const result = inferDateFromRoles([{person: person('partial-dates'), title: 'Envoy'}], handMade)
    expect(result && 'from' in result ? [result.from, result.to] : result).toEqual(['2021-04-01', '2022-12-31'])
  })

  test('documentDate reads the claims from the text (with @copydesk/mentions)', () => {
    const knowledge = createKnowledge([sheet])
    const result = dateOf('US Secretary of State Antony Blinken met Deputy Secretary of State Wendy Sherman in Washington.', {knowledge})
    expect(result).toEqual({
      kind: 'range',
      from: '2021-04-14',
      to: '2023-07-28',
      source: 'roles',
      evidence:
        'Antony Blinken as Secretary of State (2021-01-26 to 2025-01-20) and Wendy Sherman as Deputy Secretary of State (2021-04-14 to 2023-07-28)',
      terms: expect.any(Array)
    })
    expect(documentYear(result)).toBeUndefined()
  })

  test('without knowledge, roles are not read', () => {
    expect(dateOf('US Secretary of State Antony Blinken spoke.')).toEqual({kind: 'none'})
  })
})

describe('cache', () => {
  test('kept on file.data and reused; the option recomputes', () => {
    const {tree, file} = parse('GENEVA, Jan. 9, 2022 (Reuters) - Talks.')
    const first = documentDate(tree, file)
    expect(file.data.copydeskDocumentDate).toBe(first)
    file.data.copydeskDocumentDate = {kind: 'none'}
    expect(documentDate(tree, file)).toEqual({kind: 'none'})
    expect(documentDate(tree, file, {date: '2022-01-10'})).toMatchObject({date: '2022-01-10'})
    expect(documentDate(tree, file)).toMatchObject({date: '2022-01-10'})
  })
})

describe('helpers', () => {
  test('calendar', () => {
    expect(api.weekdayOf({year: 2022, month: 1, day: 9})).toBe(0)
    expect(api.daysInMonth(2)).toBe(29)
    expect(api.daysInMonth(2, 2023)).toBe(28)
    expect(api.daysInMonth(2, 2000)).toBe(29)
    expect(api.daysInMonth(2, 1900)).toBe(28)
    expect(api.addDays({year: 2022, month: 1, day: 1}, -1)).toEqual({year: 2021, month: 12, day: 31})
    expect(api.daysBetween({year: 2022, month: 1, day: 9}, {year: 2022, month: 3, day: 1})).toBe(51)
    expect(api.parseIsoDate('2024-02-29')).toEqual({year: 2024, month: 2, day: 29})
    expect(api.parseIsoDate('2023-02-29')).toBeUndefined()
    expect(api.firstDayOf('2021')).toBe('2021-01-01')
    expect(api.lastDayOf('2024-02')).toBe('2024-02-29')
    expect(api.formatLongDate({month: 1, day: 9})).toBe('January 9')
  })

  test('documentYear and describeDocumentDate', () => {
    expect(documentYear({kind: 'exact', date: '2022-01-09', source: 'dateline', evidence: ''})).toBe(2022)
    expect(documentYear({kind: 'range', from: '2022-01-20', to: '2022-12-01', source: 'roles', evidence: '', terms: []})).toBe(2022)
    expect(documentYear({kind: 'range', from: '2021-01-20', to: null, source: 'roles', evidence: '', terms: []})).toBeUndefined()
    expect(api.describeDocumentDate({kind: 'exact', date: '2022-01-09', source: 'front-matter', evidence: ''})).toBe('2022-01-09 (front matter)')
    expect(api.describeDocumentDate({kind: 'month-day', month: 1, day: 9, source: 'dateline', evidence: ''})).toBe('January 9 (dateline)')
    expect(api.describeDocumentDate({kind: 'none'})).toBe('unknown')
  })
})
