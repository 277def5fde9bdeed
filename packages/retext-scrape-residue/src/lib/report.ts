import type {Root} from 'nlcst'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {wording, type Kind} from './kinds.js'
import type {Line} from './lines.js'
import {quote} from './line-tools.js'
import type {Span} from './place.js'

/** A finding ready to become a message. */
export interface Report {
  readonly kind: Kind
  readonly span: Span
  /** The copy the reason quotes (tokens' text, without Markdown markup). */
  readonly text: string
  /** Clause of evidence after the expectation. */
  readonly evidence?: string | undefined
  /** Whether removal is the fix (also needs `span.removable`). */
  readonly remove: boolean
  readonly notes: ReadonlyArray<string>
}

/** Add one message to the file. */
export function emit(file: VFile, tree: Root, line: Line, report: Report): void {
  const {what, expected} = wording[report.kind]
  let reason = `Unexpected ${what} \`${quote(report.text)}\`, expected ${expected}`
  if (report.evidence) reason += `: ${report.evidence}`
  const ancestors: Node[] = line.paragraph ? [tree, line.paragraph] : [tree]
  // A message is an `Error`, which records the call stack when made; vfile
  // then replaces that stack with an empty one. Pages of debris make
  // thousands of messages, so the stack is not recorded in the first place.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: ReturnType<VFile['message']>
  try {
    message = file.message(reason, {ancestors, place: {start: report.span.start, end: report.span.end}})
  } finally {
    Error.stackTraceLimit = limit
  }

  message.actual = report.span.actual
  if (report.remove && report.span.removable) message.expected = ['']
  if (report.notes.length > 0) message.note = report.notes.join(' ')
}

/** How a reason or note names one piece of debris: `protected e-mail `[email protected]``. */
export function describeFinding(kind: Kind, text: string): string {
  return `${wording[kind].what} \`${quote(text)}\``
}
