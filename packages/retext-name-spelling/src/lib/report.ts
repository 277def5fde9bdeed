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
    const {place, actual} = withoutStops(finding)
    const reason = actual === finding.actual ? finding.reason : finding.reason.replaceAll('`' + finding.actual + '`', '`' + actual + '`')
    const offset = place.start.offset
    const path = tree && offset !== undefined ? wordAt(tree, offset) : undefined
    const message = file.message(reason, path ? {ancestors: path, place} : {place})
    message.actual = actual
    if (finding.expected !== undefined) message.expected = [finding.expected]
    if (finding.note) message.note = finding.note
    return message
  }
}

/**
 * The finding's span without full stops the parser kept on its last word
 * (`Borrell.` before a stray `. .the`), when the fix does not end in one:
 * replacing them would delete punctuation that is not part of the name.
 */
function withoutStops(finding: Finding): {place: Position; actual: string} {
  const {place, actual, expected} = finding
  if (expected === undefined || expected.endsWith('.')) return {place, actual}
  let cut = 0
  while (cut < actual.length - 1 && actual.charCodeAt(actual.length - 1 - cut) === 46 /* `.` */) cut++
  if (cut === 0) return {place, actual}
  return {place: {start: place.start, end: back(place.end, cut)}, actual: actual.slice(0, -cut)}
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
