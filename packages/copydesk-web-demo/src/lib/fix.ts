import type {Finding} from './finding.js'

/** Text after a quick fix, and where the caret goes (after the replacement). */
export interface FixResult {
  text: string
  caret: number
}

/**
 * Replace the finding's span with `replacement`. Returns `undefined` when
 * `text` no longer holds the finding's `actual` at its offsets (the copy
 * changed after it was linted), so a stale fix never lands in the wrong place.
 */
export function applyFix(text: string, finding: Finding, replacement: string): FixResult | undefined {
  if (text.slice(finding.start, finding.end) !== finding.actual) return undefined
  return {
    text: text.slice(0, finding.start) + replacement + text.slice(finding.end),
    caret: finding.start + replacement.length
  }
}
