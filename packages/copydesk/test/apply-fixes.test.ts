import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {applyFixes, lintText, type FixableMessage} from '../src/index.js'

/** A message replacing `text.slice(start, end)`, with points as the parser makes them (one line). */
function fix(text: string, start: number, end: number, replacement: string, ruleId = 'r'): FixableMessage {
  return {
    ruleId,
    actual: text.slice(start, end),
    expected: [replacement],
    place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}
  }
}

describe('applyFixes', () => {
  it('applies the first replacement at each span, right to left', () => {
    const text = 'The talks were meant to guarantee. the security, and strong US warnings. .and Europe agreed.'
    const messages = [fix(text, 24, 34, 'guarantee'), fix(text, 63, 77, 'warnings and')]
    messages[0]!.expected = ['guarantee', 'guarantee,']
    const result = applyFixes(text, messages)
    expect(result.value).toBe('The talks were meant to guarantee the security, and strong US warnings and Europe agreed.')
    expect(result.applied.map(({start, end, replacement}) => [start, end, replacement])).toEqual([
      [24, 34, 'guarantee'],
      [63, 77, 'warnings and']
    ])
    expect(result.applied[0]!.message).toBe(messages[0])
    expect(result.skipped).toEqual([])
  })

  it('deletes with an empty replacement and inserts at an empty span', () => {
    const text = 'ALSO READ: more\n\nTalks began'
    const result = applyFixes(text, [fix(text, 0, 15, ''), fix(text, 28, 28, '.')])
    expect(result.value).toBe('\n\nTalks began.')
  })

  it('skips a fix overlapping one already taken, keeping the rightmost', () => {
    const text = 'said,, as,, expected'
    const left = fix(text, 0, 6, 'said,')
    const wide = fix(text, 4, 11, ', as,')
    const result = applyFixes(text, [left, wide])
    expect(result.value).toBe('said, as, expected')
    expect(result.applied.map((item) => item.message)).toEqual([wide])
    expect(result.skipped).toEqual([{message: left, reason: 'overlap'}])
  })

  it('does not count touching spans as overlapping', () => {
    const text = 'abcdef'
    const result = applyFixes(text, [fix(text, 0, 3, 'X'), fix(text, 3, 6, 'Y'), fix(text, 3, 3, '-')])
    expect(result.value).toBe('X-Y')
    expect(result.skipped).toEqual([])
  })

  it('applies the same edit proposed twice once, and counts both', () => {
    const text = 'warnings. .and'
    const result = applyFixes(text, [fix(text, 0, 14, 'warnings and', 'a'), fix(text, 0, 14, 'warnings and', 'b')])
    expect(result.value).toBe('warnings and')
    expect(result.applied.map((item) => item.message.ruleId)).toEqual(['a', 'b'])
  })

  it('treats two different insertions at one point as overlapping', () => {
    const text = 'ab'
    const first = fix(text, 1, 1, 'X')
    const second = fix(text, 1, 1, 'Y')
    const result = applyFixes(text, [first, second])
    expect(result.value).toBe('aXb')
    expect(result.skipped).toEqual([{message: second, reason: 'overlap'}])
  })

  it('skips a fix whose text is no longer its `actual`, or that has no span', () => {
    const text = 'Talks began.'
    const stale = {...fix(text, 0, 5, 'Meetings'), actual: 'Tlaks'}
    const point = {ruleId: 'r', expected: [''], place: {line: 1, column: 1}}
    const outside = fix(text, 10, 40, '')
    const result = applyFixes(text, [stale, point, outside])
    expect(result.value).toBe(text)
    expect(result.skipped.map((item) => item.reason)).toEqual(['mismatch', 'position', 'position'])
  })

  it('leaves messages without `expected` alone', () => {
    const text = 'Talks began.'
    const result = applyFixes(text, [{ruleId: 'r', actual: 'Talks', place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 6, offset: 5}}}, {...fix(text, 0, 5, 'x'), expected: []}])
    expect(result).toEqual({value: text, applied: [], skipped: []})
  })

  it('works out offsets from lines and columns when points have none (CRLF and CR count as one break)', () => {
    const text = 'One.\r\nTwo. .three\rFour'
    const message: FixableMessage = {actual: 'Two. .three', expected: ['Two three'], place: {start: {line: 2, column: 1}, end: {line: 2, column: 12}}}
    const last: FixableMessage = {actual: 'Four', expected: ['Five'], place: {start: {line: 3, column: 1}, end: {line: 3, column: 5}}}
    expect(applyFixes(text, [message, last]).value).toBe('One.\r\nTwo three\rFive')
  })

  it('fixes what the preset finds, from real messages', async () => {
    const text = 'Talks began in Geneva on Monday.\n\nALSO READ: How many Covid variants are there? Explained\n\nThe US issued strong warnings. .and Europe agreed.\n'
    const file = await lintText(text)
    const result = applyFixes(text, file.messages)
    expect(result.value).toBe('Talks began in Geneva on Monday.\n\n\n\nThe US issued strong warnings and Europe agreed.\n')
    expect((await lintText(result.value)).messages.filter((message) => message.expected)).toEqual([])
  })

  it('on real findings in arbitrary copy: never touches text outside the fixed spans, and a fix never leaves its finding behind (property)', async () => {
    // Faults the rules fix, well-edited copy, and noise, in any order.
    const fragment = fc.oneof(
      fc.constantFrom(
        'Talks with Anthony Blanken ended.',
        'Officials met Joseph Borrell. .the next day.',
        'The US issued strong warnings. .and Europe agreed.',
        'The talks were meant to guarantee. the security of Russia.',
        'US Russia Tensions over Ukraine; High-level talks began.',
        'ALSO READ: How many Covid variants are there? Explained',
        'Powered by',
        'They said,, as expected.',
        'The delegations met in Geneva on Monday, officials said.',
        '# Geneva talks',
        '“Quoted”, she said.'
      ),
      fc.string({maxLength: 12})
    )
    const separator = fc.constantFrom(' ', '\n', '\n\n', '\r\n\r\n', '')
    const copy = fc.array(fc.tuple(fragment, separator), {minLength: 1, maxLength: 6}).map((parts) => parts.map(([text, gap]) => text + gap).join(''))

    await fc.assert(
      fc.asyncProperty(copy, async (text) => {
        const file = await lintText(text, {path: 'story.txt'})
        const result = applyFixes(text, file.messages)

        // Outside the replaced spans, every character is kept, in order.
        let rebuilt = ''
        let at = 0
        let shift = 0
        const replaced: Array<{start: number; end: number; ruleId: string | undefined; actual: string}> = []
        for (const edit of result.applied) {
          if (edit.start < at) continue
          rebuilt += text.slice(at, edit.start) + edit.replacement
          replaced.push({start: edit.start + shift, end: edit.start + shift + edit.replacement.length, ruleId: edit.message.ruleId ?? undefined, actual: text.slice(edit.start, edit.end)})
          shift += edit.replacement.length - (edit.end - edit.start)
          at = edit.end
        }
        expect(result.value).toBe(rebuilt + text.slice(at))

        // Linted again, no finding of the same rule flags the same text where a fix was made.
        const again = await lintText(result.value, {path: 'story.txt'})
        for (const message of again.messages) {
          const place = message.place && 'start' in message.place ? message.place : undefined
          if (!place || place.start.offset === undefined) continue
          const start = place.start.offset
          const left = replaced.find((edit) => edit.ruleId === message.ruleId && edit.actual === message.actual && start >= edit.start && start <= edit.end)
          expect(left, `${String(message)} in ${JSON.stringify(result.value)}`).toBeUndefined()
        }
      }),
      {numRuns: 100}
    )
  }, 120_000)

  it('keeps the text between applied edits and applies every edit of a disjoint set (property)', () => {
    const text = fc.string({unit: 'grapheme', maxLength: 60})
    const edits = (length: number) =>
      fc.array(
        fc.record({a: fc.nat({max: length}), b: fc.nat({max: length}), replacement: fc.string({maxLength: 4})}),
        {maxLength: 8}
      )
    fc.assert(
      fc.property(
        text.chain((value) => fc.tuple(fc.constant(value), edits(value.length))),
        ([value, raw]) => {
          const messages = raw.map(({a, b, replacement}) => fix(value, Math.min(a, b), Math.max(a, b), replacement))
          const result = applyFixes(value, messages)
          expect(result.applied.length + result.skipped.length).toBe(messages.length)
          // Rebuild the value from the applied edits alone: between them the text is untouched.
          let rebuilt = ''
          let at = 0
          let previous: {start: number; end: number} | undefined
          for (const edit of result.applied) {
            if (previous && previous.start === edit.start && previous.end === edit.end) continue
            expect(edit.start).toBeGreaterThanOrEqual(at)
            rebuilt += value.slice(at, edit.start) + edit.replacement
            at = edit.end
            previous = edit
          }
          expect(result.value).toBe(rebuilt + value.slice(at))
          // A skipped edit overlaps an applied one.
          for (const {message, reason} of result.skipped) {
            expect(reason).toBe('overlap')
            const place = message.place as {start: {offset: number}; end: {offset: number}}
            const [start, end] = [place.start.offset, place.end.offset]
            expect(
              result.applied.some((edit) => (start < edit.end && edit.start < end) || (start === end && edit.start === edit.end && start === edit.start))
            ).toBe(true)
          }
        }
      ),
      {numRuns: 500}
    )
  })
})
