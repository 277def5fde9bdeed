import {documentDate} from '@copydesk/document-date'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {bindTemporal} from './binding.js'
import {dateContext, dayValue} from './context.js'
import {eventAt} from './event-phrase.js'
import {
  ambiguousLemmas,
  comparedAtMost,
  disagreement,
  disagreementReason,
  type DatedEvent,
  type DatedEvents
} from './events.js'
import {checkImpossible} from './impossible.js'
import {cueWords, monthWords, rescheduleWords, weekdayWords} from './lexicon.js'
import type {Options} from './options.js'
import {earlierMention, report, sliceOf, spanOf, textOf} from './report.js'
import {firstMove, firstPossible} from './screen.js'
import {checkAppositions, checkTense} from './tense.js'
import {findTemporals, hasCue, readingsFor} from './temporal.js'
import {eachSentence, type SentenceView} from './tokens.js'
import {checkWeekdays} from './weekday.js'

/**
 * Check one document: impossible dates, weekdays against calendar dates,
 * tenses against days, and one event given two days or both past and
 * future. Leaves the document's dated events in `file.data` for `corpus`.
 */
export function checkDocument(tree: Root, file: VFile, options: Options, screened = true) {
  const date = documentDate(tree, file, {date: options.date, knowledge: options.knowledge})
  const context = dateContext(date)
  const events: Array<{event: DatedEvent; view: SentenceView; first: number; last: number}> = []
  const rescheduled = new Set<string>()
  const reported = new Set<string>()
  const readings = readingsFor(context.reference)

  const screen = screened && typeof file.value === 'string' ? {source: file.value, firstPossible, firstMove} : undefined
  for (const view of eachSentence(tree, watchedWords, screen)) {
    checkImpossible(view, file)
    noteReschedules(view, rescheduled)
    if (!hasCue(view)) continue
    const temporals = findTemporals(view, context.reference, readings)
    checkWeekdays(view, temporals, context, file)
    checkAppositions(view, temporals, context, file)

    for (const temporal of temporals) {
      if (temporal.quoted || temporal.recurring || temporal.range) continue
      const binding = bindTemporal(view.items, temporal)
      if (!binding) continue
      const tense = binding.verb?.tense ?? 'neutral'
      const value = dayValue(temporal, textOf(view, temporal.first, temporal.last), tense, context)
      if (checkTense(view, temporal, binding, value, context, file)) {
        reported.add(key(view, binding.first, binding.last))
      }

      const event = binding.event
      if (event && binding.verb?.revised) rescheduled.add(event.lemma)
      if (!event || event.recurring || binding.statement) continue
      if (temporal.weekday === undefined && temporal.day === undefined && temporal.relativeDays === undefined) continue
      const place = spanOf(view, binding.first, binding.last)
      const record: DatedEvent = {
        lemma: event.lemma,
        point: event.point,
        descriptor: event.descriptor,
        indefinite: event.indefinite,
        phase: binding.phase,
        tense,
        day: value,
        place,
        actual: sliceOf(file, place, textOf(view, binding.first, binding.last)),
        sentence: view.index
      }
      if (event.time !== undefined) record.time = event.time
      if (event.instance !== undefined) record.instance = event.instance
      events.push({event: record, view, first: binding.first, last: binding.last})
    }
  }

  compareEvents(events, rescheduled, reported, file)
  const data: DatedEvents = {events: events.map((entry) => entry.event), rescheduled: [...rescheduled]}
  if (date.kind === 'exact') data.date = date.date
  file.data.copydeskDatedEvents = data
}

/** Words whose presence decides whether a sentence is read closely: days and dates, and moved dates. */
const watchedWords: ReadonlySet<string> = new Set([...cueWords, ...rescheduleWords])

function key(view: SentenceView, first: number, last: number): string {
  return `${view.items[first]!.start.offset}:${view.items[last]!.end.offset}`
}

/** An event noun in a sentence that speaks of moving a date (“postponed”, “originally”). */
function noteReschedules(view: SentenceView, rescheduled: Set<string>) {
  if (!view.hasWord(rescheduleWords)) return
  const {items} = view
  if (!speaksOfMove(items)) return
  for (let index = 0; index < items.length; index++) {
    const event = eventAt(items, index)
    if (event) rescheduled.add(event.lemma)
  }
}

/**
 * Whether a sentence that holds a word of moving dates uses it so: “rather”
 * moves a day only before one (“on Tuesday rather than Monday”), not in
 * “grants rather than loans”.
 */
function speaksOfMove(items: SentenceView['items']): boolean {
  for (let index = 0; index < items.length; index++) {
    const key = items[index]!.key
    if (!rescheduleWords.has(key)) continue
    if (key !== 'rather') return true
    for (let next = index + 1; next < items.length && next <= index + 4; next++) {
      const word = items[next]!.key
      if (weekdayWords.has(word) || monthWords.has(word)) return true
    }
  }

  return false
}

function compareEvents(
  entries: ReadonlyArray<{event: DatedEvent; view: SentenceView; first: number; last: number}>,
  rescheduled: ReadonlySet<string>,
  reported: ReadonlySet<string>,
  file: VFile
) {
  const ambiguous = ambiguousLemmas(entries.map((entry) => entry.event))
  const seen = new Map<string, DatedEvent[]>()
  for (const entry of entries) {
    const later = entry.event
    if (rescheduled.has(later.lemma)) continue
    const earlierEvents = seen.get(later.lemma) ?? []
    seen.set(later.lemma, earlierEvents)
    if (!reported.has(key(entry.view, entry.first, entry.last))) {
      for (let index = Math.max(0, earlierEvents.length - comparedAtMost); index < earlierEvents.length; index++) {
        const earlier = earlierEvents[index]!
        const found = disagreement(later, earlier, true, ambiguous)
        if (!found) continue
        const where = earlier.sentence === later.sentence ? 'this sentence also' : `line ${earlier.place.start.line}`
        report(file, entry.view, entry.first, entry.last, disagreementReason(later, earlier, where, found), {
          cause: earlierMention(`The ${earlier.lemma}: \`${earlier.actual}\``, earlier.place)
        })
        break
      }
    }

    earlierEvents.push(later)
  }
}
