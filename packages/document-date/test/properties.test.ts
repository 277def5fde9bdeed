import fc from 'fast-check'
import {createKnowledge} from '@copydesk/knowledge'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {expect, test} from 'vitest'
import {documentDate, parseIsoDate} from '../src/index.js'
import {readDateline} from '../src/lib/dateline.js'
import {sheet} from './fixtures.js'

const words = ['GENEVA', ',', 'Jan.', '9', '2022', '(Reuters)', '-', '—', ':', 'New', 'Delhi', 'President', 'Joe', 'Biden', 'Secretary', 'of', 'State', 'Antony', 'Blinken', 'former', '\n\n', 'February', '30', 'said']

test('never throws; an exact date is always a real day', () => {
  const knowledge = createKnowledge([sheet])
  fc.assert(
    fc.property(
      fc.oneof(fc.string({maxLength: 120}), fc.array(fc.constantFrom(...words), {maxLength: 30}).map((list) => list.join(' '))),
      (text) => {
        const file = new VFile({value: text})
        const tree = unified().use(retextEnglish).parse(file) as Root
        const result = documentDate(tree, file, {knowledge})
        if (result.kind === 'exact') expect(parseIsoDate(result.date)).toBeDefined()
      }
    ),
    {numRuns: 300}
  )
})

test('the dateline screen changes no answer, only spares chrono', () => {
  const pieces = [
    'GENEVA', 'KYIV', 'Ukraine', 'New', 'Delhi', 'de', 'la', 'of', 'upon', 'on', 'the', 'said', 'O’Brien', 'St.', 'Jean-Luc', 'ÉVIAN', 'évian',
    ',', ', ', ' , ', ' ', '  ', 'Jan.', 'January', '9', '9th', 'ninth', '2022', 'Monday', 'today', 'yesterday', '(Reuters)', '(AFP)', '(copydesk)',
    ' - ', ' — ', '—', ': ', ' -- ', '\n', '"', '12', 'March', 'May', 'Feb.', '30'
  ]
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 14}).map((list) => list.join('')), (text) => {
      expect(readDateline(text, true)).toEqual(readDateline(text, false))
    }),
    {numRuns: 3000}
  )
  for (const text of ['GENEVA, Jan. 9 (Reuters) - x', 'KYIV, Ukraine, January 10, 2022 (AFP) — x', 'New Delhi, 9 January 2022: x', 'VIENNA, July 14, 2015 (copydesk) — x']) {
    expect(readDateline(text, true)).toEqual(readDateline(text, false))
    expect(readDateline(text, true)).toBeDefined()
  }
})
