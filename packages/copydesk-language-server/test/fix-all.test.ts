import {describe, expect, it} from 'vitest'
import {fixAllAction, fixAllEdits, wantsFixAll, type Diagnostic} from '../src/index.js'

/** A diagnostic on one line with replacements in `data.expected`, as the server publishes them. */
function diagnostic(line: number, start: number, end: number, expected?: unknown): Diagnostic {
  const result: Diagnostic = {range: {start: {line, character: start}, end: {line, character: end}}, message: 'm', source: 'copydesk'}
  if (expected !== undefined) result.data = {expected}
  return result
}

describe('fixAllEdits', () => {
  const text = 'Powered by\n\nTalks with Anthony Blanken ended.\r\nThe US issued strong warnings. .and Europe agreed.\n'

  it('makes one edit per fix, in document order, from the first replacement', () => {
    const blanken = diagnostic(2, 11, 26, ['Antony Blinken'])
    const credit = diagnostic(0, 0, 10, [''])
    const warnings = diagnostic(3, 21, 35, ['warnings and', 'warnings, and'])
    const result = fixAllEdits(text, [warnings, blanken, credit])
    expect(result.edits).toEqual([
      {range: {start: {line: 0, character: 0}, end: {line: 0, character: 10}}, newText: ''},
      {range: {start: {line: 2, character: 11}, end: {line: 2, character: 26}}, newText: 'Antony Blinken'},
      {range: {start: {line: 3, character: 21}, end: {line: 3, character: 35}}, newText: 'warnings and'}
    ])
    expect(result.fixed).toEqual([credit, blanken, warnings])
  })

  it('leaves out diagnostics without a fix, overlapping fixes, and makes a repeated edit once', () => {
    const wide = diagnostic(2, 0, 26, ['Talks'])
    const inner = diagnostic(2, 11, 26, ['Antony Blinken'])
    const twice = diagnostic(3, 21, 35, ['warnings and'])
    const again = diagnostic(3, 21, 35, ['warnings and'])
    const result = fixAllEdits(text, [diagnostic(0, 0, 10), diagnostic(0, 0, 10, 'not a list'), diagnostic(0, 0, 10, [3]), wide, inner, twice, again])
    expect(result.edits).toEqual([
      {range: {start: {line: 2, character: 11}, end: {line: 2, character: 26}}, newText: 'Antony Blinken'},
      {range: {start: {line: 3, character: 21}, end: {line: 3, character: 35}}, newText: 'warnings and'}
    ])
    expect(result.fixed).toEqual([inner, twice, again])
  })

  it('gives no action when nothing can be fixed', () => {
    expect(fixAllAction('file:///a.txt', text, [diagnostic(0, 0, 10)])).toBeUndefined()
    expect(fixAllAction('file:///a.txt', text, [diagnostic(0, 0, 10, [''])])).toEqual({
      title: 'Fix all copydesk findings',
      kind: 'source.fixAll.copydesk',
      diagnostics: [diagnostic(0, 0, 10, [''])],
      edit: {changes: {'file:///a.txt': [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 10}}, newText: ''}]}}
    })
  })
})

describe('wantsFixAll', () => {
  it('follows the kinds of `context.only`', () => {
    expect(wantsFixAll(undefined)).toBe(true)
    expect(wantsFixAll(['source'])).toBe(true)
    expect(wantsFixAll(['source.fixAll'])).toBe(true)
    expect(wantsFixAll(['source.fixAll.copydesk'])).toBe(true)
    expect(wantsFixAll(['quickfix'])).toBe(false)
    expect(wantsFixAll(['source.fix'])).toBe(false)
    expect(wantsFixAll(['source.fixAll.eslint'])).toBe(false)
    expect(wantsFixAll([])).toBe(false)
  })
})
