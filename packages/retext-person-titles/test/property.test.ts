import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {corpus} from '../src/index.js'
import {knowledge} from './sheet.js'
import {lint} from './support.js'

const pieces = [
  'Under Secretary of State', 'Deputy Secretary of State', 'US', 'the', 'former', 'then-', 'ex-', 'Wendy Sherman',
  'Sherman', 'President', 'Prime Minister', 'Joe Biden', 'Boris Johnson', 'NATO Secretary-General', 'Jens Stoltenberg',
  'Foreign Minister', 'Deputy', 'Sergei Lavrov', 'Anna Lindqvist', ',', '.', '’s', "'s", '\n', '\n\n', 'said', 'of',
  'GENEVA, Jan. 10, 2022 (Reuters) -', 'deputy secretary of state', '“', '”', '🙂', '\u200f', '\u200d', 'é'
]

const text = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 8})), {maxLength: 30})
  .map((parts) => parts.join(' '))

/** Where a message is and what it says is there: the slice of `value` at its place, and `actual`. */
function spans(value: string, messages: ReadonlyArray<{place?: unknown; actual?: string | undefined}>) {
  return messages.map((message) => {
    const {start, end} = message.place as {start: {offset: number}; end: {offset: number}}
    return {inside: start.offset >= 0 && start.offset < end.offset && end.offset <= value.length, slice: value.slice(start.offset, end.offset), actual: message.actual}
  })
}

function expectExactSpans(value: string, messages: ReadonlyArray<{place?: unknown; actual?: string | undefined}>): void {
  for (const {inside, slice, actual} of spans(value, messages)) expect({inside, slice}).toEqual({inside: true, slice: actual})
}

describe('person-title on any text', () => {
  it('never throws; every message spans text whose slice is `actual`', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.option(fc.constantFrom('2022-01-10', '2013-05-01'), {nil: undefined}), async (value, date) => {
        const file = await lint(value, date ? {knowledge, date} : {knowledge})
        expectExactSpans(value, file.messages)
      }),
      {numRuns: 200}
    )
  })

  it('never throws across files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, {minLength: 1, maxLength: 3}), async (values) => {
        const files = await Promise.all(values.map(async (value, index) => lint(value, {knowledge}, index + '.txt')))
        for (const message of corpus(files, {knowledge})) {
          expectExactSpans(String(files.find((file) => file.path === message.file)), [message])
        }
      }),
      {numRuns: 60}
    )
  })
})
