import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {root, type JsonMessage} from './cli.js'

/** A point as both the library and the JSON report give it. */
export interface AnyPoint {
  line: number
  column: number
  offset?: number | undefined
}

/** What a finding comes down to when comparing two runs. */
export interface Finding {
  ruleId: string | undefined
  start: string
  end: string
  actual: string | undefined
  expected: string[] | undefined
}

/** The part of a library message or a JSON report message the checks read. */
export interface MessageLike {
  ruleId?: string | null | undefined
  reason: string
  place?: {start: AnyPoint; end: AnyPoint} | AnyPoint | null | undefined
  actual?: string | null | undefined
  expected?: ReadonlyArray<string> | null | undefined
}

/** The two seed articles, as on disk. */
export const seedNames = ['000_f653e7d4b9240d4a.txt', '004_9f9cc69ba27d57d6.txt']

export function readSeed(name: string): string {
  return readFileSync(join(root, 'seeds', name), 'utf8')
}

/** Every line of the well-edited articles that holds prose (not blank, not a heading marker). */
export function wellEditedSentences(): string[] {
  const folder = join(root, 'tests/fixtures/well-edited')
  const lines: string[] = []
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.txt')) continue
    for (const line of readFileSync(join(folder, name), 'utf8').split(/\r\n|\r|\n/)) {
      if (line.trim().length > 0) lines.push(line)
    }
  }
  return lines
}

/**
 * Everything wrong with where `messages` point in `text`: a message without a
 * start and end, a span outside the text or backwards, or an `actual` that is
 * not the text at the span. Empty when all is well.
 */
export function misplaced(text: string, messages: ReadonlyArray<MessageLike>): string[] {
  const wrong: string[] = []
  for (const message of messages) {
    const place = message.place
    const label = `${message.ruleId ?? '(no rule)'}: ${message.reason}`
    if (!place) {
      wrong.push(`no place: ${label}`)
      continue
    }
    // A point (a bad byte, a file-level note) must still be inside the text.
    if (!('start' in place)) {
      if (place.offset !== undefined && (place.offset < 0 || place.offset > text.length)) wrong.push(`point ${place.offset} outside 0-${text.length}: ${label}`)
      if (place.line < 1 || place.line > text.split(/\r\n|\r|\n/).length) wrong.push(`line ${place.line} outside the text: ${label}`)
      continue
    }
    const start = place.start.offset
    const end = place.end.offset
    if (start === undefined || end === undefined) {
      wrong.push(`no offsets: ${label}`)
    } else if (start < 0 || end > text.length || end < start) {
      wrong.push(`span ${start}-${end} outside 0-${text.length}: ${label}`)
    } else if (message.actual !== undefined && message.actual !== null && text.slice(start, end) !== message.actual) {
      wrong.push(`actual ${JSON.stringify(message.actual)} but the text there is ${JSON.stringify(text.slice(start, end))}: ${label}`)
    }
  }
  return wrong
}

/** Line breaks of any kind as `\n`, so findings of one text with different breaks compare equal. */
export function normaliseBreaks(value: string): string {
  return value.replace(/\r\n|\r/g, '\n')
}

/**
 * The findings of a run, comparable across runs of the same text with other
 * line breaks: rule, start and end line:column, `actual` with breaks
 * normalised, `expected`; sorted.
 */
export function findings(messages: ReadonlyArray<MessageLike | JsonMessage>): Finding[] {
  return messages
    .map((message) => {
      const place = message.place as {start: AnyPoint; end: AnyPoint} | undefined
      return {
        ruleId: message.ruleId ?? undefined,
        start: place ? `${place.start.line}:${place.start.column}` : '',
        end: place ? `${place.end.line}:${place.end.column}` : '',
        actual: message.actual === undefined || message.actual === null ? undefined : normaliseBreaks(message.actual),
        expected: message.expected ? [...message.expected] : undefined
      }
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
}

/**
 * `findings` of a text that starts with a byte order mark, as they are
 * without it: the mark is a character of line 1, so columns there are one less.
 */
export function withoutMark(marked: ReadonlyArray<Finding>): Finding[] {
  const back = (point: string) => point.replace(/^1:(\d+)$/, (_, column: string) => `1:${Number(column) - 1}`)
  return marked.map((finding) => ({...finding, start: back(finding.start), end: back(finding.end)}))
}
