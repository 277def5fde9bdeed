import {wordAt} from '@copydesk/mentions'
import type {Root, Sentence, Word} from 'nlcst'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'

/** Documentation of the rule, stamped on every message. */
export const url = 'https://github.com/copydesk/copydesk/tree/main/packages/retext-person-titles#readme'

/** The rule id and source, for messages made outside `unified-lint-rule` (house style, corpus). */
export const ruleId = 'person-title'
export const source = 'copydesk'

/** A message on a file. */
export type Message = ReturnType<VFile['message']>

/** The other place a finding rests on: an earlier title, maybe in another file. */
export interface Evidence {
  place: Position
  reason: string
  /** Path of the other file, for findings across files. */
  file?: string | undefined
}

/** What a finding says and where. */
export interface Finding {
  place: Position
  actual: string
  reason: string
  expected?: string | undefined
  note?: string | undefined
  cause?: Evidence | undefined
}

/**
 * Adds findings to a file, in document order, with the sentence and word
 * each starts in as `ancestors` when the tree is at hand. `info` findings are
 * advice (house style): they carry no `fatal` and are stamped here, as
 * `unified-lint-rule` stamps only the rule's own messages.
 */
export function report(file: VFile, tree: Root | undefined, findings: ReadonlyArray<Finding>, info = false): Message[] {
  const sorted = [...findings].sort(
    (a, b) => (a.place.start.offset ?? 0) - (b.place.start.offset ?? 0) || (a.place.end.offset ?? 0) - (b.place.end.offset ?? 0)
  )
  return sorted.map((finding) => {
    const offset = finding.place.start.offset
    const ancestors = tree && offset !== undefined ? wordAt(tree, offset) : undefined
    const options: {place: Position; ancestors?: [Sentence, Word]; cause?: VFileMessage} = {place: finding.place}
    if (ancestors) options.ancestors = ancestors
    if (finding.cause) options.cause = evidence(finding.cause)
    const message = info ? file.info(finding.reason, options) : file.message(finding.reason, options)
    message.actual = finding.actual
    if (finding.expected !== undefined) message.expected = [finding.expected]
    if (finding.note) message.note = finding.note
    if (info) Object.assign(message, {ruleId, source, url})
    return message
  })
}

function evidence(cause: Evidence): VFileMessage {
  const message = new VFileMessage(cause.reason, {place: cause.place, ruleId, source})
  if (cause.file !== undefined) message.file = cause.file
  return message
}
