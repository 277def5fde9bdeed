import {loadKnowledge} from '@copydesk/knowledge'
import fc from 'fast-check'
import {beforeAll, describe, expect, test} from 'vitest'
import {applyFix} from '../src/lib/fix.js'
import {createLinter, type Linter} from '../src/lib/lint.js'
import {cleanCopy, seedParagraphs} from './seed.js'

let linter: Linter

beforeAll(() => {
  linter = createLinter({knowledge: loadKnowledge()})
})

describe('createLinter', () => {
  test('finds the misspelt name twice and the stray full stop in seed 000', async () => {
    const findings = await linter.lint(seedParagraphs)
    expect(findings.map((finding) => [finding.ruleId, finding.actual, finding.start, finding.end, finding.expected])).toEqual([
      ['name-spelling', 'Anthony Blanken', 22, 37, ['Antony Blinken']],
      ['name-spelling', 'Anthony Blanken', 286, 301, ['Antony Blinken']],
      ['garbled-punctuation', 'guarantee.', 515, 525, ['guarantee']]
    ])
    for (const finding of findings) expect(seedParagraphs.slice(finding.start, finding.end)).toBe(finding.actual)
  })

  test('a finding holds everything the page shows', async () => {
    const [, , stop] = await linter.lint(seedParagraphs)
    expect(stop).toEqual({
      ruleId: 'garbled-punctuation',
      reason: 'Unexpected `guarantee.`, expected `guarantee`: the sentence goes on in lower case with `the`, so the full stop is stray',
      note: undefined,
      fatal: false,
      url: 'https://github.com/copydesk/copydesk/tree/main/packages/retext-garbled-punctuation#readme',
      line: 3,
      column: 197,
      endLine: 3,
      endColumn: 207,
      start: 515,
      end: 525,
      actual: 'guarantee.',
      expected: ['guarantee']
    })
  })

  test('well-edited copy gives no findings', async () => {
    expect(await linter.lint(cleanCopy)).toEqual([])
    expect(
      await linter.lint(
        'Antony Blinken, the US secretary of state, met Russian Foreign Minister Sergei Lavrov in Geneva on Friday.\n\n' +
          'NATO Secretary-General Jens Stoltenberg said the alliance was ready to talk.\n'
      )
    ).toEqual([])
    expect(await linter.lint('')).toEqual([])
  })

  test('applying the fix removes the finding and leaves the others', async () => {
    const findings = await linter.lint(seedParagraphs)
    const stop = findings.find((finding) => finding.ruleId === 'garbled-punctuation')!
    const fixed = applyFix(seedParagraphs, stop, stop.expected[0]!)!
    expect(fixed.text).toContain('to guarantee the security of Russia.')
    expect(fixed.caret).toBe(stop.start + 'guarantee'.length)
    expect((await linter.lint(fixed.text)).map((finding) => finding.ruleId)).toEqual(['name-spelling', 'name-spelling'])
  })

  test('rule settings and the date go to the preset', async () => {
    const quiet = createLinter({knowledge: loadKnowledge(), rules: {'garbled-punctuation': 'off'}, date: '2022-01-10'})
    expect((await quiet.lint(seedParagraphs)).map((finding) => finding.actual)).toEqual(['Anthony Blanken', 'Anthony Blanken'])
    expect(() => createLinter({knowledge: loadKnowledge(), rules: {'no-such-rule': 'warn'}})).toThrow(TypeError)
  })

  test('findings stay inside any text', {timeout: 60_000}, async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({unit: 'grapheme', maxLength: 200}), async (text) => {
        for (const finding of await linter.lint(text)) {
          expect(finding.start).toBeGreaterThanOrEqual(0)
          expect(finding.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(finding.start, finding.end)).toBe(finding.actual)
        }
      }),
      {numRuns: 60}
    )
  })
})

describe('applyFix', () => {
  const finding = {
    ruleId: 'garbled-punctuation',
    reason: '',
    note: undefined,
    fatal: false,
    url: undefined,
    line: 1,
    column: 8,
    endLine: 1,
    endColumn: 18,
    start: 7,
    end: 17,
    actual: 'guarantee.',
    expected: ['guarantee']
  }

  test('replaces the span and puts the caret after the replacement', () => {
    expect(applyFix('act to guarantee. the security', finding, 'guarantee')).toEqual({text: 'act to guarantee the security', caret: 16})
    expect(applyFix('act to guarantee. the security', finding, '')).toEqual({text: 'act to  the security', caret: 7})
  })

  test('refuses when the text no longer holds the finding there', () => {
    expect(applyFix('we act to guarantee. the security', finding, 'guarantee')).toBeUndefined()
    expect(applyFix('act', finding, 'guarantee')).toBeUndefined()
  })
})
