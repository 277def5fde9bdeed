/**
 * The few shapes of the language server protocol (3.17) that the client,
 * the benchmark and the tests read. Lines and characters are 0-based;
 * characters count UTF-16 code units.
 */

export interface Position {
  line: number
  character: number
}

export interface Range {
  start: Position
  end: Position
}

export interface Diagnostic {
  range: Range
  message: string
  /** 1 error, 2 warning, 3 information, 4 hint. */
  severity?: 1 | 2 | 3 | 4
  code?: string | number
  codeDescription?: {href: string}
  source?: string
  /** copydesk's server puts the replacements of a finding here: `{expected: string[]}`. */
  data?: unknown
}

export interface PublishDiagnosticsParams {
  uri: string
  version?: number
  diagnostics: Diagnostic[]
}

export interface TextEdit {
  range: Range
  newText: string
}

export interface CodeAction {
  title: string
  kind?: string
  isPreferred?: boolean
  diagnostics?: Diagnostic[]
  edit?: {changes?: Record<string, TextEdit[]>}
}
