import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {SentenceView} from './tokens.js'

/** Rule id and source, also stamped by `unified-lint-rule`; set here for messages made outside it (corpus, causes). */
export const ruleId = 'date-consistency'
export const source = 'copydesk'
export const url = 'https://github.com/copydesk/copydesk/tree/main/packages/retext-date-consistency#readme'

/**
 * The source text at a position: the file's own slice when offsets are
 * known, which is what `--fix` and the editor replace.
 */
export function sliceOf(file: VFile, position: Position, fallback: string): string {
  const {start, end} = position
  if (typeof file.value === 'string' && start.offset !== undefined && end.offset !== undefined) {
    return file.value.slice(start.offset, end.offset)
  }

  return fallback
}

/**
 * The position covering items `first` to `last` of a sentence.
 */
export function spanOf(view: SentenceView, first: number, last: number): Position {
  return {start: {...view.items[first]!.start}, end: {...view.items[last]!.end}}
}

/**
 * The sentence text of items `first` to `last`, as written.
 */
export function textOf(view: SentenceView, first: number, last: number): string {
  return view.text.slice(view.items[first]!.from, view.items[last]!.to)
}

/**
 * Add a message spanning items `first` to `last` of a sentence.
 */
export function report(
  file: VFile,
  view: SentenceView,
  first: number,
  last: number,
  reason: string,
  extra?: {expected?: string[]; cause?: VFileMessage; note?: string}
): VFileMessage {
  const place = spanOf(view, first, last)
  const message = withoutStack(() =>
    file.message(reason, {
      ancestors: [view.paragraph, view.node],
      place,
      ruleId,
      source,
      ...(extra?.cause ? {cause: extra.cause} : {})
    })
  )
  message.actual = sliceOf(file, place, textOf(view, first, last))
  if (extra?.expected) message.expected = extra.expected
  if (extra?.note) message.note = extra.note
  message.url = url
  return message
}

/**
 * A message pointing at an earlier mention, given as the `cause` of a finding.
 */
export function earlierMention(reason: string, place: Position, path?: string): VFileMessage {
  const cause = withoutStack(() => new VFileMessage(reason, {place, ruleId, source}))
  if (path !== undefined) cause.file = path
  cause.url = url
  return cause
}

/**
 * Make a message without the call stack an `Error` records when made:
 * vfile replaces it with an empty one anyway.
 */
function withoutStack(make: () => VFileMessage): VFileMessage {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}
