import type {VFileMessage} from 'vfile-message'

/**
 * Apply the first `expected` replacement of each message to `text`, right to
 * left by offset, skipping messages that overlap one already applied.
 */
export function applyExpected(text: string, messages: ReadonlyArray<VFileMessage>): string {
  const edits = messages
    .filter((m) => m.expected && m.expected.length > 0 && m.place && 'start' in m.place)
    .map((m) => {
      const place = m.place as {start: {offset?: number}; end: {offset?: number}}
      return {start: place.start.offset ?? -1, end: place.end.offset ?? -1, value: m.expected![0]!}
    })
    .filter((e) => e.start >= 0 && e.end >= e.start)
    .sort((a, b) => b.start - a.start || b.end - a.end)
  let result = text
  let limit = Number.POSITIVE_INFINITY
  for (const edit of edits) {
    if (edit.end > limit) continue
    result = result.slice(0, edit.start) + edit.value + result.slice(edit.end)
    limit = edit.start
  }
  return result
}
