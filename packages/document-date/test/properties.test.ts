import fc from 'fast-check'
import {createKnowledge} from '@copydesk/knowledge'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {expect, test} from 'vitest'
import {documentDate, parseIsoDate} from '../src/index.js'
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
