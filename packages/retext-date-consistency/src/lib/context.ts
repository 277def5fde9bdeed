import {
  addDays,
  daysBetween,
  describeDocumentDate,
  documentYear,
  formatIsoDate,
  isValidDay,
  parseIsoDate,
  weekdayNames,
  weekdayOf,
  type CalendarDay,
  type DocumentDate
} from '@copydesk/document-date'
import type {Tense} from './binding.js'
import type {Temporal} from './temporal.js'

/**
 * What the rule knows about when the document was written.
 */
export interface DateContext {
  /** The document date, when one day is known. */
  exact?: CalendarDay
  /** The year, when known (from the exact date or a range within one year). */
  year?: number
  /** How the date reads in messages: `2022-01-09 (dateline)`. */
  label: string
  /** Where the year came from, for messages. */
  yearLabel: string
  /** Reference date for chrono (local noon of the document date, or a fixed day). */
  reference: Date
}

/**
 * A day as a mention gives it, resolved against the document date when that
 * is certain.
 */
export interface DayValue {
  /** As written: `Monday`, `Jan. 10`, `yesterday`. */
  text: string
  weekday?: number
  month?: number
  day?: number
  year?: number
  anchor?: 'last' | 'next' | 'this'
  relativeDays?: number
  /** The calendar day, when certain. */
  iso?: string
  /** How `iso` was worked out, for messages. */
  resolution?: string
}

/**
 * Build the context from a document date.
 */
export function dateContext(date: DocumentDate): DateContext {
  const exact = date.kind === 'exact' ? parseIsoDate(date.date) : undefined
  const year = documentYear(date)
  const label = describeDocumentDate(date)
  const context: DateContext = {
    label,
    yearLabel: exact ? `the document date ${label}` : `the roles the document states (${label})`,
    reference: exact ? new Date(exact.year, exact.month - 1, exact.day, 12) : new Date(2000, 0, 1, 12)
  }
  if (exact) context.exact = exact
  if (year !== undefined) context.year = year
  return context
}

/** Days across a new year within which a date without a year may belong to the next or last year. */
const acrossNewYear = 120

/**
 * The year a month and day written without one mean. News copy leaves out the
 * current year, so it is the document's year, unless the date lies just
 * across a new year in the direction the verb points (“will begin on Jan. 5”
 * written on December 20; “began on Dec. 28” written on January 3).
 */
export function yearFor(context: DateContext, month: number, day: number, tense: Tense = 'neutral'): number | undefined {
  const exact = context.exact
  if (!exact) return context.year
  const gap = (year: number) => {
    const candidate = {year, month, day}
    return isValidDay(candidate) ? daysBetween(exact, candidate) : Number.NaN
  }

  const here = gap(exact.year)
  const next = gap(exact.year + 1)
  const last = gap(exact.year - 1)
  if (tense !== 'past' && here < 0 && next <= acrossNewYear) return exact.year + 1
  if (tense !== 'future' && here > 0 && -last <= acrossNewYear) return exact.year - 1
  return exact.year
}

/**
 * The day a temporal phrase names, resolved as far as the document date and
 * the verb's tense allow.
 */
export function dayValue(temporal: Temporal, text: string, tense: Tense, context: DateContext): DayValue {
  const value: DayValue = {text}
  if (temporal.weekday !== undefined) value.weekday = temporal.weekday
  if (temporal.month !== undefined) value.month = temporal.month
  if (temporal.day !== undefined) value.day = temporal.day
  if (temporal.anchor !== undefined) value.anchor = temporal.anchor
  if (temporal.relativeDays !== undefined) value.relativeDays = temporal.relativeDays

  if (value.month !== undefined && value.day !== undefined) {
    const year = temporal.year ?? yearFor(context, value.month, value.day, tense)
    if (year !== undefined) {
      value.year = year
      const day = {year, month: value.month, day: value.day}
      if (isValidDay(day)) {
        value.iso = formatIsoDate(day)
        if (temporal.year === undefined) value.resolution = `“${text}” = ${value.iso}, the year taken from ${context.yearLabel}`
      }
    }

    return value
  }

  const exact = context.exact
  if (!exact) return value

  if (value.relativeDays !== undefined) {
    value.iso = formatIsoDate(addDays(exact, value.relativeDays))
    value.resolution = `“${text}” = ${value.iso} counted from the document date ${context.label}`
  } else if (value.weekday !== undefined && value.anchor === undefined && tense !== 'neutral') {
    // News copy names a day of the week for days within a week of the story:
    // looking back for a past verb, ahead for a future one.
    const gap = (value.weekday - weekdayOf(exact) + 7) % 7
    const offset = tense === 'past' ? (gap === 0 ? 0 : gap - 7) : gap
    value.iso = formatIsoDate(addDays(exact, offset))
    value.resolution = `“${text}” = ${value.iso}, the ${tense === 'past' ? 'last' : 'next'} ${weekdayNames[value.weekday]} counted from the document date ${context.label}`
  }

  return value
}

/**
 * Weekday of a value, from its name or its calendar day.
 */
export function weekdayOfValue(value: DayValue): number | undefined {
  if (value.weekday !== undefined) return value.weekday
  const day = value.iso ? parseIsoDate(value.iso) : undefined
  return day ? weekdayOf(day) : undefined
}

/**
 * Whether two values certainly name different days. Days of the week compare
 * only when neither is anchored differently (“last Monday” and “Monday” may
 * be the same day); relative days without a document date compare only with
 * each other, and only within one document.
 */
export function differentDays(a: DayValue, b: DayValue, sameDocument: boolean): boolean {
  if (a.iso !== undefined && b.iso !== undefined) return a.iso !== b.iso
  if (a.month !== undefined && a.day !== undefined && b.month !== undefined && b.day !== undefined) {
    return a.month !== b.month || a.day !== b.day
  }

  const aRelative = a.relativeDays !== undefined && a.iso === undefined
  const bRelative = b.relativeDays !== undefined && b.iso === undefined
  if (aRelative || bRelative) return sameDocument && aRelative && bRelative && a.relativeDays !== b.relativeDays
  // Two weekday names are two days, whatever “next” or “last” says of the week;
  // one weekday name with two anchors may or may not be.
  const aWeekday = weekdayOfValue(a)
  const bWeekday = weekdayOfValue(b)
  return aWeekday !== undefined && bWeekday !== undefined && aWeekday !== bWeekday
}

/**
 * How a value reads in a message: `Monday`, or how it was resolved
 * (`“yesterday” = 2022-01-08 counted from the document date …`).
 */
export function describeDay(value: DayValue): string {
  return value.resolution ?? value.text
}
