import type {VFile} from 'vfile'

type Message = VFile['messages'][number]

/**
 * One message of the preset, reduced to what the page shows and fixes:
 * offsets into the text the page linted, so a fix can splice the string.
 */
export interface Finding {
  /** Rule that reported it, such as `name-spelling`. */
  ruleId: string
  /** The message's reason, one sentence. */
  reason: string
  /** Longer evidence, when the rule gives any. */
  note: string | undefined
  /** `true` for a rule at `error`, `false` for `warn`. */
  fatal: boolean
  /** Rule documentation. */
  url: string | undefined
  /** 1-based line and column of the start and of the end, as the message prints them. */
  line: number
  column: number
  endLine: number
  endColumn: number
  /** UTF-16 offsets of the offending text in the linted text (end exclusive). */
  start: number
  end: number
  /** The offending text, `text.slice(start, end)`. */
  actual: string
  /** Certain replacements (`''` deletes); empty when a person must decide. */
  expected: string[]
}

/**
 * A finding for `message`, or `undefined` when the message does not span
 * text with offsets (nothing to highlight or fix).
 */
export function findingOf(message: Message, text: string): Finding | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined || start > end || end > text.length) return undefined

  return {
    ruleId: message.ruleId ?? message.source ?? 'copydesk',
    reason: message.reason,
    note: message.note,
    fatal: message.fatal === true,
    url: message.url,
    line: place.start.line,
    column: place.start.column,
    endLine: place.end.line,
    endColumn: place.end.column,
    start,
    end,
    actual: text.slice(start, end),
    expected: [...(message.expected ?? [])]
  }
}
