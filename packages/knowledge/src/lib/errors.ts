/**
 * One fault in a style sheet, located as precisely as the sheet allows.
 */
export interface StyleSheetIssue {
  /** The file as it was given (`newsroom.yaml`), or `<sheet 1>` for an object. */
  file: string
  /** 1-based line, when the sheet was read from text. */
  line?: number
  /** 1-based column, when the sheet was read from text. */
  column?: number
  /** Where in the sheet: `people[3] (wendy-sherman).roles[0].start`; empty for the whole sheet. */
  field: string
  /** What was wrong: `expected a date YYYY-MM-DD, got "2021-13-01"`. */
  message: string
}

/** `newsroom.yaml:14: people[3] (wendy-sherman).roles[0].start: expected …`. */
export function formatIssue(issue: StyleSheetIssue): string {
  const where = issue.line === undefined ? issue.file : issue.file + ':' + issue.line
  return where + ': ' + (issue.field ? issue.field + ': ' : '') + issue.message
}

/**
 * Thrown when a style sheet is rejected. `message` lists every issue, one a line,
 * so a newsroom can fix the whole sheet in one go.
 */
export class StyleSheetError extends Error {
  readonly issues: ReadonlyArray<StyleSheetIssue>

  constructor(issues: ReadonlyArray<StyleSheetIssue>) {
    super(issues.map((issue) => formatIssue(issue)).join('\n'))
    this.name = 'StyleSheetError'
    this.issues = issues
  }
}
