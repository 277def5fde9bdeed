import {applyFixes} from 'copydesk'
import type {CodeAction, Diagnostic, TextEdit} from './protocol.js'

/** Code action kind of the "fix all" action, under LSP's `source.fixAll`. */
export const fixAllKind = 'source.fixAll.copydesk'

/** Title of the "fix all" action, as editors show it. */
export const fixAllTitle = 'Fix all copydesk findings'

/**
 * The edits that apply the first replacement (`data.expected[0]`) of every
 * diagnostic to `text`, computed by copydesk's `applyFixes`: no two edits
 * overlap (the later of two overlapping fixes is left for the next run),
 * the same edit proposed twice is made once, and edits are in document
 * order. `fixed` holds the diagnostics whose fix is among the edits.
 */
export function fixAllEdits(text: string, diagnostics: ReadonlyArray<Diagnostic>): {edits: TextEdit[]; fixed: Diagnostic[]} {
  const messages: Array<{diagnostic: Diagnostic; expected: string[]; place: {start: {line: number; column: number}; end: {line: number; column: number}}}> = []
  for (const diagnostic of diagnostics) {
    const expected = (diagnostic.data as {expected?: unknown} | null | undefined)?.expected
    if (!Array.isArray(expected) || typeof expected[0] !== 'string') continue
    const {start, end} = diagnostic.range
    messages.push({
      diagnostic,
      expected: expected.filter((item): item is string => typeof item === 'string'),
      place: {start: {line: start.line + 1, column: start.character + 1}, end: {line: end.line + 1, column: end.character + 1}}
    })
  }
  if (messages.length === 0) return {edits: [], fixed: []}

  const result = applyFixes(text, messages)
  const edits: TextEdit[] = []
  const seen = new Set<string>()
  for (const fix of result.applied) {
    const key = `${fix.start}:${fix.end}:${fix.replacement}`
    if (seen.has(key)) continue
    seen.add(key)
    // The span applyFixes replaced is the diagnostic's own range.
    edits.push({range: fix.message.diagnostic.range, newText: fix.replacement})
  }
  return {edits, fixed: result.applied.map((fix) => fix.message.diagnostic)}
}

/**
 * The "fix all copydesk findings" action for the document `uri`, or
 * `undefined` when no diagnostic carries a fix.
 */
export function fixAllAction(uri: string, text: string, diagnostics: ReadonlyArray<Diagnostic>): CodeAction | undefined {
  const {edits, fixed} = fixAllEdits(text, diagnostics)
  if (edits.length === 0) return undefined
  return {title: fixAllTitle, kind: fixAllKind, diagnostics: fixed, edit: {changes: {[uri]: edits}}}
}

/**
 * Whether a code action request whose `context.only` is `only` asks for
 * the fix-all action: no filter, or a kind it falls under (`source`,
 * `source.fixAll`, `source.fixAll.copydesk`).
 */
export function wantsFixAll(only: ReadonlyArray<string> | null | undefined): boolean {
  if (!only) return true
  return only.some((kind) => kind === fixAllKind || fixAllKind.startsWith(kind + '.'))
}
