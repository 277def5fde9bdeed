import type {Root, Sentence, Word} from 'nlcst'
import type {Point, Position} from 'unist'
import {visit} from 'unist-util-visit'
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
 * `ancestors` (found with one walk of the tree, and only when there is a finding).
 */
export function createReporter(tree: Root | undefined, file: VFile): (finding: Finding) => Message {
  let ancestors: Map<number, [Sentence, Word]> | undefined

  return function (finding) {
    if (tree && !ancestors) {
      const found = new Map<number, [Sentence, Word]>()
      visit(tree, 'WordNode', (node, _, parent) => {
        const offset = node.position?.start.offset
        if (offset !== undefined && parent?.type === 'SentenceNode') found.set(offset, [parent, node])
      })
      ancestors = found
    }

    const path = ancestors?.get(finding.place.start.offset ?? -1)
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
