import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {
  ambiguousLemmas,
  comparedAtMost,
  disagreement,
  disagreementReason,
  type DatedEvent
} from './events.js'
import type {Options} from './options.js'
import {earlierMention, ruleId, source, url} from './report.js'

/**
 * Options for `corpus`: the rule's options (so a preset can pass the same
 * object; dates were already worked out per file) and a severity.
 */
export interface CorpusOptions extends Options {
  /** Severity of the messages: `'warn'` (default) or `'error'`. */
  severity?: 'warn' | 'error' | null | undefined
}

/**
 * Compare the dated events of several files about the same story (a story
 * package): one event given different days in two files is reported on the
 * later file, naming the other file and line. Each file must have been run
 * through the rule first, which leaves its events in
 * `file.data.copydeskDatedEvents`; files without them are skipped. Tenses are
 * not compared across files, as stories are written on different days.
 *
 * @returns The messages added.
 */
export function corpus(files: ReadonlyArray<VFile>, options?: CorpusOptions | null): VFileMessage[] {
  const severity = options?.severity ?? 'warn'
  if (severity !== 'warn' && severity !== 'error') {
    throw new TypeError(`Unexpected \`severity\` option \`${String(severity)}\`, expected \`'warn'\` or \`'error'\``)
  }

  const all: DatedEvent[] = []
  for (const file of files) all.push(...(file.data.copydeskDatedEvents?.events ?? []))
  const ambiguous = ambiguousLemmas(all)
  const seen = new Map<string, Array<{event: DatedEvent; file: VFile}>>()
  const messages: VFileMessage[] = []

  for (const file of files) {
    const data = file.data.copydeskDatedEvents
    if (!data) continue
    const moved = new Set(data.rescheduled)
    const mine: Array<{event: DatedEvent; file: VFile}> = []
    for (const later of data.events) {
      if (moved.has(later.lemma)) continue
      const others = seen.get(later.lemma) ?? []
      for (let index = Math.max(0, others.length - comparedAtMost); index < others.length; index++) {
        const other = others[index]!
        if (other.file.data.copydeskDatedEvents?.rescheduled.includes(later.lemma)) continue
        if (!sameStory(later, data.date, other.event, other.file.data.copydeskDatedEvents?.date)) continue
        const found = disagreement(later, other.event, false, ambiguous)
        if (!found) continue
        const name = other.file.path || 'another file'
        const where = `\`${name}\` line ${other.event.place.start.line}`
        const message = file.message(disagreementReason(later, other.event, where, found), {
          place: later.place,
          ruleId,
          source,
          cause: earlierMention(`The ${other.event.lemma}: \`${other.event.actual}\``, other.event.place, name)
        })
        message.actual = later.actual
        message.url = url
        message.fatal = severity === 'error'
        messages.push(message)
        break
      }

      mine.push({event: later, file})
    }

    // A file's own events are compared by the rule; here only other files count.
    for (const entry of mine) {
      const list = seen.get(entry.event.lemma) ?? []
      list.push(entry)
      seen.set(entry.event.lemma, list)
    }
  }

  return messages
}

/**
 * Days apart beyond which two stories are not one story package: the copy of
 * one event is written within a week, and a weekday names a day within a week.
 */
const storyReach = 7

/**
 * Whether two files' mentions can be of one event: not when both days are
 * known and fall in different years (two elections, two summits), nor when
 * the stories are dated more than a week apart (“the election” of a story
 * from September and one from December are two elections).
 */
function sameStory(later: DatedEvent, laterDate: string | undefined, earlier: DatedEvent, earlierDate: string | undefined): boolean {
  const a = later.day.iso
  const b = earlier.day.iso
  if (a && b && a.slice(0, 4) !== b.slice(0, 4)) return false
  if (!laterDate || !earlierDate) return true
  return Math.abs(Date.parse(laterDate) - Date.parse(earlierDate)) / 86_400_000 <= storyReach
}
