import {offsetFinder, type TextPoint} from './text-points.js'

/**
 * A point as messages carry it: `line` and `column` are 1-based, `offset`
 * is 0-based in UTF-16 code units.
 */
export type FixPoint = TextPoint

/**
 * What `applyFixes` reads from a message: a `VFileMessage` has all of it,
 * and so does a message from the JSON report, so either can be passed.
 */
export interface FixableMessage {
  /** Span of the offending text. */
  place?: {start: FixPoint; end: FixPoint} | FixPoint | null | undefined
  /** The offending text; when given, the fix applies only where the text still reads so. */
  actual?: string | null | undefined
  /** Replacements; the first is applied (`''` deletes). */
  expected?: ReadonlyArray<string> | null | undefined
  ruleId?: string | null | undefined
}

/**
 * One replacement: `text.slice(start, end)` becomes `replacement`.
 * Offsets are into the text given to `applyFixes`.
 */
export interface FixEdit {
  start: number
  end: number
  replacement: string
}

/** A fix that was applied, with the message it came from. */
export interface AppliedFix<Message extends FixableMessage = FixableMessage> extends FixEdit {
  message: Message
}

/**
 * Why a fix was not applied:
 * `overlap`: its span overlaps a fix already taken;
 * `mismatch`: the text at its span is not the message's `actual`;
 * `position`: the message has no usable start and end inside the text.
 */
export type SkipReason = 'mismatch' | 'overlap' | 'position'

/** A fix that was not applied, with the message it came from. */
export interface SkippedFix<Message extends FixableMessage = FixableMessage> {
  message: Message
  reason: SkipReason
}

/** Result of `applyFixes`. */
export interface FixResult<Message extends FixableMessage = FixableMessage> {
  /** The text with the fixes applied. */
  value: string
  /** Applied fixes in document order; offsets are into the original text. */
  applied: Array<AppliedFix<Message>>
  /** Fixes left out, in document order. */
  skipped: Array<SkippedFix<Message>>
}

interface Candidate<Message> extends FixEdit {
  message: Message
  index: number
}

/**
 * Apply the first `expected` replacement of every message to `text`, at the
 * message's `place` (start and end offsets) and nowhere else.
 *
 * Edits are taken right to left; one that overlaps an edit already taken is
 * skipped (two insertions at one point overlap too, unless they insert the
 * same text), and so is one whose span no longer reads as its `actual`.
 * Messages without `expected` are neither applied nor skipped. Several
 * messages proposing the very same edit are all applied, by one edit.
 *
 * Pure and free of Node.js APIs, for browsers and editors too.
 */
export function applyFixes<Message extends FixableMessage>(text: string, messages: ReadonlyArray<Message>): FixResult<Message> {
  const skipped: Array<SkippedFix<Message>> = []
  const candidates: Array<Candidate<Message>> = []
  let toOffset: ((point: FixPoint) => number | undefined) | undefined

  messages.forEach((message, index) => {
    const replacement = message.expected?.[0]
    if (typeof replacement !== 'string') return
    const place = message.place
    if (!place || !('start' in place) || !place.end) {
      skipped.push({message, reason: 'position'})
      return
    }
    toOffset ??= offsetFinder(text)
    const start = toOffset(place.start)
    const end = toOffset(place.end)
    if (start === undefined || end === undefined || end < start) {
      skipped.push({message, reason: 'position'})
      return
    }
    if (typeof message.actual === 'string' && text.slice(start, end) !== message.actual) {
      skipped.push({message, reason: 'mismatch'})
      return
    }
    candidates.push({start, end, replacement, message, index})
  })

  // Right to left; at one start the wider edit first, so an insertion at the
  // start of a replaced span lands before the replacement.
  candidates.sort((a, b) => b.start - a.start || b.end - a.end || a.index - b.index)

  const taken: Array<Candidate<Message>> = []
  const applied: Array<AppliedFix<Message>> = []
  const seen = new Set<string>()
  for (const candidate of candidates) {
    const key = `${candidate.start}:${candidate.end}:${candidate.replacement}`
    const last = taken.at(-1)
    if (seen.has(key)) {
      applied.push(toApplied(candidate))
    } else if (last && (candidate.end > last.start || (candidate.start === candidate.end && last.start === last.end && candidate.start === last.start))) {
      skipped.push({message: candidate.message, reason: 'overlap'})
    } else {
      taken.push(candidate)
      seen.add(key)
      applied.push(toApplied(candidate))
    }
  }

  let value = ''
  let at = 0
  for (let index = taken.length - 1; index >= 0; index--) {
    const edit = taken[index]!
    value += text.slice(at, edit.start) + edit.replacement
    at = edit.end
  }
  value += text.slice(at)

  applied.sort((a, b) => a.start - b.start || a.end - b.end)
  skipped.sort((a, b) => compareStarts(a.message, b.message))
  return {value, applied, skipped}
}

function toApplied<Message extends FixableMessage>(candidate: Candidate<Message>): AppliedFix<Message> {
  return {start: candidate.start, end: candidate.end, replacement: candidate.replacement, message: candidate.message}
}

function compareStarts(a: FixableMessage, b: FixableMessage): number {
  const left = startPoint(a)
  const right = startPoint(b)
  return (left?.line ?? 0) - (right?.line ?? 0) || (left?.column ?? 0) - (right?.column ?? 0)
}

function startPoint(message: FixableMessage): FixPoint | undefined {
  const place = message.place
  return (place && 'start' in place ? place.start : place) ?? undefined
}
