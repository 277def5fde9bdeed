import {formatLongDate, parseIsoDate} from '@copydesk/document-date'
import type {VFile} from 'vfile'
import {particleEnd, type Binding} from './binding.js'
import {yearFor, type DateContext, type DayValue} from './context.js'
import {report, textOf} from './report.js'
import type {Temporal} from './temporal.js'
import type {SentenceView} from './tokens.js'

/**
 * Report a verb whose tense cannot hold for the day it is bound to: a past
 * verb with “tomorrow”, “next week” or a date after the document date; a
 * future verb with “yesterday”, “last week” or a date before it.
 *
 * @returns whether a message was added.
 */
export function checkTense(
  view: SentenceView,
  temporal: Temporal,
  binding: Binding,
  value: DayValue,
  context: DateContext,
  file: VFile
): boolean {
  const verb = binding.verb
  if (!verb || verb.tense === 'neutral' || view.items[temporal.last]!.possessive) return false
  const direction = directionOf(temporal, value, context)
  if (!direction || direction.side === verb.tense) return false
  const verbText = textOf(view, verb.first, particleEnd(view.items, verb.main))
  const phrase = textOf(view, temporal.first, temporal.last)
  const whole = textOf(view, binding.first, binding.last)
  const spoken = verb.tense === 'past' ? 'as past' : 'as still to come'
  const reason = direction.date
    ? `Unexpected \`${whole}\`: ${direction.date} is ${direction.side === 'past' ? 'before' : 'after'} the document date ${context.label}, but \`${verbText}\` speaks of it ${spoken}`
    : `Unexpected \`${whole}\`: “${phrase}” is in the ${direction.side === 'past' ? 'past' : 'future'}${value.resolution ? ` (${value.resolution})` : ''}, but \`${verbText}\` speaks of it ${spoken}`
  report(file, view, binding.first, binding.last, reason)
  return true
}

function directionOf(
  temporal: Temporal,
  value: DayValue,
  context: DateContext
): {side: 'past' | 'future'; date?: string} | undefined {
  if (temporal.relativeDays !== undefined && temporal.relativeDays !== 0) {
    return {side: temporal.relativeDays < 0 ? 'past' : 'future'}
  }

  if (temporal.anchor === 'last' || temporal.anchor === 'next') {
    if (temporal.weekday !== undefined || temporal.unit !== undefined) {
      return {side: temporal.anchor === 'last' ? 'past' : 'future'}
    }
  }

  if (context.exact && temporal.month !== undefined && value.iso) {
    const day = parseIsoDate(value.iso)!
    const documentDay = context.exact
    const key = (d: typeof day) => d.year * 10_000 + d.month * 100 + d.day
    if (key(day) === key(documentDay)) return undefined
    return {side: key(day) < key(documentDay) ? 'past' : 'future', date: formatLongDate(day)}
  }

  return undefined
}

/**
 * Report a relative phrase and the date set beside it that disagree once the
 * relative phrase is counted from the document date: “yesterday (Jan. 7)” in a
 * story dated 2022-01-09, “last year (2020)” in one from 2022.
 */
export function checkAppositions(
  view: SentenceView,
  temporals: ReadonlyArray<Temporal>,
  context: DateContext,
  file: VFile
) {
  const exact = context.exact
  if (!exact) return
  const {items} = view
  for (let index = 0; index < temporals.length; index++) {
    const temporal = temporals[index]!
    if (temporal.quoted) continue
    const joiner = items[temporal.last + 1]?.key
    if (joiner !== '(' && joiner !== ',') continue
    const phrase = textOf(view, temporal.first, temporal.last)

    if (temporal.relativeDays !== undefined) {
      const next = temporals[index + 1]
      if (!next || next.first !== temporal.last + 2 || next.month === undefined || next.day === undefined) continue
      const resolved = new Date(Date.UTC(exact.year, exact.month - 1, exact.day + temporal.relativeDays))
      const month = resolved.getUTCMonth() + 1
      const day = resolved.getUTCDate()
      if (month === next.month && day === next.day) continue
      const iso = resolved.toISOString().slice(0, 10)
      const year = next.year ?? yearFor(context, next.month, next.day)
      const end = closing(view, next.last)
      report(
        file,
        view,
        temporal.first,
        end,
        `Unexpected \`${textOf(view, temporal.first, end)}\`: “${phrase}” = ${iso} counted from the document date ${context.label}, but the date beside it is ${formatLongDate({month: next.month, day: next.day, year})}`
      )
      continue
    }

    if (temporal.unit === 'year' && temporal.anchor !== undefined) {
      // “last year (2020)” or “last year, in 2020,”.
      let yearItem = temporal.last + 2
      if (joiner === ',' && items[yearItem]?.key === 'in') yearItem++
      const written = items[yearItem]
      if (!written || !/^\d{4}$/.test(written.key)) continue
      const meant = exact.year + (temporal.anchor === 'last' ? -1 : temporal.anchor === 'next' ? 1 : 0)
      if (Number(written.key) === meant) continue
      const end = closing(view, yearItem)
      report(
        file,
        view,
        temporal.first,
        end,
        `Unexpected \`${textOf(view, temporal.first, end)}\`: “${phrase}” = ${meant} counted from the document date ${context.label}, but the year beside it is ${written.key}`
      )
    }
  }
}

/** Take in the closing bracket of “(Jan. 7)”. */
function closing(view: SentenceView, last: number): number {
  return view.items[last + 1]?.key === ')' ? last + 1 : last
}
