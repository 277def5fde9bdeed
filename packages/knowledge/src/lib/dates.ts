/**
 * Partial dates (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) stand for a span of days: `2021`
 * is any day of 2021. Comparisons use the earliest or latest day of that span, as
 * ISO strings of equal length compare correctly as text.
 */

/** The first day a partial date can mean: `2021-04` -> `2021-04-01`. */
export function earliestDay(date: string): string {
  if (date.length === 4) return date + '-01-01'
  if (date.length === 7) return date + '-01'
  return date
}

/** The last day a partial date can mean: `2021-02` -> `2021-02-28`. */
export function latestDay(date: string): string {
  if (date.length === 4) return date + '-12-31'
  if (date.length === 7) {
    const year = Number(date.slice(0, 4))
    const month = Number(date.slice(5, 7))
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
    return date + '-' + String(last).padStart(2, '0')
  }
  return date
}

/**
 * Whether a span `[start, end]` (end absent or null: still running) may include
 * some day of `date`. Generous on purpose: with partial dates on either side, the
 * role counts when it could have been held then.
 */
export function spanIncludes(
  start: string,
  end: string | null | undefined,
  date: string
): boolean {
  if (latestDay(date) < earliestDay(start)) return false
  if (end !== null && end !== undefined && earliestDay(date) > latestDay(end)) return false
  return true
}

/** Whether `end` is certainly before `start` (no day of `end` is on or after any day of `start`). */
export function endsBeforeStart(start: string, end: string): boolean {
  return latestDay(end) < earliestDay(start)
}
