import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lintText, rules, type LintOptions} from '../packages/copydesk/src/index.js'
import {findings, misplaced, readSeed, seedNames, wellEditedSentences} from './support/hostile.js'

// Whatever line breaks a newsroom's editor writes (\n, \r\n or a lone \r),
// every registered rule finds the same things on the same lines and columns.

const everyRule: LintOptions['rules'] = Object.fromEntries(rules.map((rule) => [rule.id, rule.severity === 'off' ? 'warn' : rule.severity]))

/** Sentences of real copy, with and without faults: short enough that a text of a few is quick to lint. */
function sentencesOf(lines: ReadonlyArray<string>): string[] {
  const sentences: string[] = []
  for (const line of lines) {
    for (const sentence of line.split(/(?<=[.!?]["”’]?)\s+(?=[A-Z“"])/)) {
      if (sentence.trim().length > 0 && sentence.length <= 400) sentences.push(sentence)
    }
  }
  return sentences
}

const seedSentences = sentencesOf(seedNames.flatMap((name) => readSeed(name).split(/\r\n|\r|\n/)))
const fixtureSentences = sentencesOf(wellEditedSentences())

/** Pieces that make the rules fire: names and titles (right and wrong), page debris, stray punctuation. */
const faults = [
  'US Secretary of State Anthony Blanken said',
  'Secretary of State Antony Blinken',
  'President Joe Biden',
  'NATO Secretary-General Jens Stoltenberg',
  "the EU's foreign policy chief Joseph Borrell",
  'ALSO READ: How the talks began',
  'Share This Post On',
  'Leave a comment',
  'on Monday',
  'on Sunday, Jan. 9',
  'will begin on Sunday',
  '. .',
  ', ,',
  ';',
  '"',
  '’',
  'warnings. .and'
]

const breaks = ['\n', '\n\n', '\n \n', ' ']

/** Text built from random pieces of real copy joined by random breaks, written with `\n`. */
const copy = fc
  .array(
    fc.tuple(
      fc.oneof({weight: 3, arbitrary: fc.constantFrom(...seedSentences)}, {weight: 3, arbitrary: fc.constantFrom(...fixtureSentences)}, {weight: 2, arbitrary: fc.constantFrom(...faults)}),
      fc.constantFrom(...breaks)
    ),
    {minLength: 1, maxLength: 8}
  )
  .map((parts) => parts.map(([piece, after]) => piece + after).join(''))

async function lint(text: string, format: 'text' | 'markdown') {
  const file = await lintText(text, {rules: everyRule, format, date: '2022-01-10'})
  expect(misplaced(text, file.messages)).toEqual([])
  return findings(file.messages)
}

describe('line endings', () => {
  for (const format of ['text', 'markdown'] as const) {
    it(`gives the same findings with \\n, \\r\\n and \\r (${format})`, async () => {
      let withFindings = 0
      await fc.assert(
        fc.asyncProperty(copy, async (text) => {
          const lf = await lint(text, format)
          if (lf.length > 0) withFindings++
          expect(await lint(text.replace(/\n/g, '\r\n'), format)).toEqual(lf)
          expect(await lint(text.replace(/\n/g, '\r'), format)).toEqual(lf)
        }),
        {numRuns: 25}
      )
      // The property is only worth something if the texts do give findings.
      expect(withFindings).toBeGreaterThan(5)
    }, 60_000)
  }
})
