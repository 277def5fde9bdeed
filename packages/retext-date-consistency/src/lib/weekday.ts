import {daysBetween, formatLongDate, isValidDay, weekdayNames, weekdayOf} from '@copydesk/document-date'
import type {VFile} from 'vfile'
import {yearFor, type DateContext} from './context.js'
import {report} from './report.js'
import type {Temporal} from './temporal.js'
import type {Item, SentenceView} from './tokens.js'

/**
 * Report a weekday that does not fall on the calendar date beside it
 * (“Monday, January 9, 2022”, “Monday (Jan. 9)”); without a year in the text,
 * the document's year is used when known.
 */
export function checkWeekdays(view: SentenceView, temporals: ReadonlyArray<Temporal>, context: DateContext, file: VFile) {
  for (let index = 0; index < temporals.length; index++) {
    const temporal = temporals[index]!
    if (temporal.weekday !== undefined && temporal.month !== undefined && temporal.day !== undefined) {
      check(view, file, context, temporal.weekdayItem!, temporal.weekday, temporal.month, temporal.day, temporal.year)
      continue
    }

    // “Monday (Jan. 9)” and “January 9 (Monday)”: chrono reads them as two phrases.
    const next = temporals[index + 1]
    if (!next || !inBrackets(view.items, temporal, next)) continue
    const named = temporal.weekday !== undefined && temporal.day === undefined ? temporal : next
    const dated = named === temporal ? next : temporal
    if (named.weekday === undefined || named.day !== undefined || dated.month === undefined || dated.day === undefined) continue
    if (dated.weekday !== undefined) continue
    check(view, file, context, named.weekdayItem!, named.weekday, dated.month, dated.day, dated.year)
  }
}

function inBrackets(items: ReadonlyArray<Item>, a: Temporal, b: Temporal): boolean {
  return b.first === a.last + 2 && items[a.last + 1]?.key === '(' && items[b.last + 1]?.key === ')'
}

function check(
  view: SentenceView,
  file: VFile,
  context: DateContext,
  item: number,
  weekday: number,
  month: number,
  day: number,
  writtenYear: number | undefined
) {
  const year = writtenYear ?? yearFor(context, month, day)
  if (year === undefined) return
  const date = {year, month, day}
  if (!isValidDay(date)) return
  const actual = weekdayOf(date)
  if (actual === weekday) return
  // Without a written year, a date near the document date may be last or next year's.
  if (writtenYear === undefined && context.exact) {
    for (const other of [year - 1, year + 1]) {
      const candidate = {year: other, month, day}
      if (isValidDay(candidate) && Math.abs(daysBetween(context.exact, candidate)) <= 180 && weekdayOf(candidate) === weekday) {
        return
      }
    }
  }

  const written = view.items[item]!.text
  const right = matchCase(written, weekdayNames[actual]!)
  const evidence =
    writtenYear === undefined
      ? `${formatLongDate(date)} falls on a ${weekdayNames[actual]}, taking the year from ${context.yearLabel}`
      : `${formatLongDate(date)} falls on a ${weekdayNames[actual]}`
  report(file, view, item, item, `Unexpected \`${written}\`, expected \`${right}\`: ${evidence}`, {expected: [right]})
}

/**
 * Write `name` the way `written` is written: `MONDAY`, `Mon.`, `Monday`.
 */
function matchCase(written: string, name: string): string {
  const letters = written.replace(/\.$/, '')
  let result = letters.length < name.length && letters.length <= 5 ? abbreviate(name, letters.length) : name
  if (letters === letters.toUpperCase()) result = result.toUpperCase()
  else if (letters === letters.toLowerCase()) result = result.toLowerCase()
  return written.endsWith('.') ? result + '.' : result
}

function abbreviate(name: string, length: number): string {
  // “Tues.” and “Thurs.” are four letters; other weekdays abbreviate to three.
  if (length === 4 && (name === 'Tuesday' || name === 'Thursday')) return name.slice(0, 4)
  return name.slice(0, 3)
}
