import {wordAt} from '@copydesk/mentions'
import type {Root} from 'nlcst'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'

/** Documentation of the rule, stamped on every message. */
export const url = 'https://github.com/copydesk/copydesk/tree/main/packages/retext-name-spelling#readme'

/** A message on a file. */
export type Message = ReturnType<VFile['message']>

/** What a finding says. */
export interface Finding {
  reason: string
  place: Position
  actual: string
  expected?: string | undefined
  note?: string | undefined
}

/**
 * Emits findings on a file, with the sentence and word each starts in as
 * `ancestors` (looked up per finding: findings are few and texts may be long).
 */
export function createReporter(tree: Root | undefined, file: VFile): (finding: Finding) => Message {
  return function (finding) {
    const offset = finding.place.start.offset
    const path = tree && offset !== undefined ? wordAt(tree, offset) : undefined
    const message = file.message(finding.reason, path ? {ancestors: path, place: finding.place} : {place: finding.place})
    message.actual = finding.actual
    if (finding.expected !== undefined) message.expected = [finding.expected]
    if (finding.note) message.note = finding.note
    return message
  }
}

/** The last `length` characters of a one-line span. */
export function tail(place: Position, length: number): Position {
  return {start: back(place.end, length), end: place.end}
}

function back(point: Point, count: number): Point {
  const result: Point = {line: point.line, column: point.column - count}
  if (point.offset !== undefined) result.offset = point.offset - count
  return result
}
