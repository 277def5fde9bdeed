import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import type {Finding} from '../src/lib/finding.js'
import {segmentsOf} from '../src/lib/segments.js'

function finding(start: number, end: number): Finding {
  return {ruleId: 'r', reason: 'r', note: undefined, fatal: false, url: undefined, line: 1, column: start + 1, endLine: 1, endColumn: end + 1, start, end, actual: '', expected: []}
}

describe('segmentsOf', () => {
  test('cuts at each start and end, and lists every finding over a run', () => {
    // `abcdefghij`: one finding over `bcde`, one over `defg` overlapping it, one empty at 8.
    expect(segmentsOf('abcdefghij', [finding(1, 5), finding(3, 7), finding(8, 8)])).toEqual([
      {start: 0, end: 1, findings: []},
      {start: 1, end: 3, findings: [0]},
      {start: 3, end: 5, findings: [0, 1]},
      {start: 5, end: 7, findings: [1]},
      {start: 7, end: 8, findings: []},
      {start: 8, end: 10, findings: []}
    ])
  })

  test('one finding inside another, given out of order', () => {
    expect(segmentsOf('abcdef', [finding(2, 3), finding(0, 6)])).toEqual([
      {start: 0, end: 2, findings: [1]},
      {start: 2, end: 3, findings: [0, 1]},
      {start: 3, end: 6, findings: [1]}
    ])
  })

  test('no findings: one run of the whole text; empty text: no runs', () => {
    expect(segmentsOf('Talks began on Monday.', [])).toEqual([{start: 0, end: 22, findings: []}])
    expect(segmentsOf('', [])).toEqual([])
  })

  test('runs tile the text and each finding is exactly the runs that list it', () => {
    const input = fc
      .string({unit: 'grapheme', maxLength: 60})
      .chain((text) =>
        fc.tuple(
          fc.constant(text),
          fc.array(
            fc.tuple(fc.nat({max: text.length}), fc.nat({max: text.length})).map(([a, b]) => finding(Math.min(a, b), Math.max(a, b))),
            {maxLength: 8}
          )
        )
      )
    fc.assert(
      fc.property(input, ([text, findings]) => {
        const segments = segmentsOf(text, findings)
        expect(segments.map((segment) => text.slice(segment.start, segment.end)).join('')).toBe(text)
        for (const [index, segment] of segments.entries()) {
          expect(segment.end).toBeGreaterThan(segment.start)
          if (index > 0) expect(segment.start).toBe(segments[index - 1]!.end)
        }

        for (const [index, {start, end}] of findings.entries()) {
          const covered = segments.filter((segment) => segment.findings.includes(index))
          if (start === end) {
            expect(covered).toEqual([])
          } else {
            expect(covered[0]!.start).toBe(start)
            expect(covered.at(-1)!.end).toBe(end)
            expect(covered.reduce((sum, segment) => sum + segment.end - segment.start, 0)).toBe(end - start)
          }
        }
      })
    )
  })
})
