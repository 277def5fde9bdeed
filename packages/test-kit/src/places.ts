import type {VFile} from 'vfile'

/**
 * What is wrong with the places of `file`'s messages, one line per problem:
 * a message without a start and end, a place outside the text, or an
 * `actual` that is missing or not the text at its place. Empty when all is well, so a
 * test asserts `toEqual([])` and a failure names the message.
 */
export function misplacedMessages(file: VFile): string[] {
  const value = String(file)
  const problems: string[] = []
  for (const message of file.messages) {
    const place = message.place
    if (!place || !('start' in place)) {
      problems.push(`${message.ruleId ?? '?'}: no start and end in \`${message.reason}\``)
      continue
    }
    const start = place.start.offset
    const end = place.end.offset
    if (start === undefined || end === undefined || start < 0 || end < start || end > value.length) {
      problems.push(`${message.ruleId ?? '?'}: place ${String(start)}-${String(end)} outside 0-${value.length} in \`${message.reason}\``)
      continue
    }
    if (message.actual !== value.slice(start, end)) {
      problems.push(`${message.ruleId ?? '?'}: actual ${JSON.stringify(message.actual)} is not the text at ${start}-${end}, ${JSON.stringify(value.slice(start, end))}`)
    }
  }
  return problems
}
