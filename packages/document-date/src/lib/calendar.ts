/**
 * A calendar day; months and days count from 1.
 */
export interface CalendarDay {
  year: number
  month: number
  day: number
}

/** Weekday names, indexed as `Date#getUTCDay` counts (0 = Sunday). */
export const weekdayNames: ReadonlyArray<string> = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday'
]

/** Month names, indexed from 1 (index 0 is empty). */
export const monthNames: ReadonlyArray<string> = [
  '',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Whether `year` is a leap year in the Gregorian calendar.
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * Number of days in `month` (1–12); without a year, February counts 29, the
 * most it can have.
 */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * Whether the parts name a day that exists.
 */
export function isValidDay(day: CalendarDay): boolean {
  return (
    Number.isInteger(day.year) &&
    Number.isInteger(day.month) &&
    Number.isInteger(day.day) &&
    day.month >= 1 &&
    day.month <= 12 &&
    day.day >= 1 &&
    day.day <= daysInMonth(day.month, day.year)
  )
}

/**
 * Parse `YYYY-MM-DD`; `undefined` when the text is not that shape or the day
 * does not exist (`2022-02-30`).
 */
export function parseIsoDate(value: string): CalendarDay | undefined {
  const match = isoPattern.exec(value)
  if (!match) return undefined
  const day = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}
  return isValidDay(day) ? day : undefined
}

/**
 * Format as `YYYY-MM-DD`.
 */
export function formatIsoDate(day: CalendarDay): string {
  return (
    String(day.year).padStart(4, '0') +
    '-' +
    String(day.month).padStart(2, '0') +
    '-' +
    String(day.day).padStart(2, '0')
  )
}

/**
 * Weekday of a day, 0 = Sunday.
 */
export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()
}

/**
 * The day `count` days after `day` (before, when negative).
 */
export function addDays(day: CalendarDay, count: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + count))
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

/**
 * Days from `a` to `b` (positive when `b` is later).
 */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000
}

/**
 * `January 9, 2022`, or `January 9` without a year.
 */
export function formatLongDate(day: {month: number; day: number; year?: number | undefined}): string {
  return `${monthNames[day.month] ?? '?'} ${day.day}` + (day.year === undefined ? '' : `, ${day.year}`)
}

/**
 * The first day a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) can mean.
 */
export function firstDayOf(partial: string): string {
  const [year = '', month = '01', day = '01'] = partial.split('-')
  return `${year}-${month}-${day}`
}

/**
 * The last day a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) can mean.
 */
export function lastDayOf(partial: string): string {
  const parts = partial.split('-')
  const year = Number(parts[0])
  const month = parts[1] === undefined ? 12 : Number(parts[1])
  const day = parts[2] === undefined ? daysInMonth(month, year) : Number(parts[2])
  return formatIsoDate({year, month, day})
}
