import type {Paragraph} from 'nlcst'

/** A fault found, in source offsets, before it becomes a message. */
export interface Finding {
  readonly start: number
  readonly end: number
  readonly reason: string
  readonly expected?: ReadonlyArray<string> | undefined
  readonly note?: string | undefined
  readonly paragraph?: Paragraph | undefined
}

/**
 * Show text inside a code span in a reason, with invisible white space named;
 * a line break of any kind (LF, CRLF, lone CR) is one `↵`, so the reason is
 * one line and the same whatever the file's line endings.
 */
export function quote(text: string): string {
  return text.replace(/\u00a0/g, '\u2423').replace(/\r\n|\r|\n/g, '\u21b5').replace(/`/g, "'")
}
