import {parseIsoDate} from './calendar.js'

/**
 * Check a `date` option: a real calendar day written `YYYY-MM-DD`.
 *
 * @throws {TypeError} naming the option and what was expected.
 */
export function validateDateOption(value: unknown, optionName = 'date'): string {
  if (typeof value !== 'string' || parseIsoDate(value) === undefined) {
    throw new TypeError(
      `Unexpected \`${optionName}\` option \`${describe(value)}\`, expected a calendar date written \`YYYY-MM-DD\` (such as \`2022-01-09\`)`
    )
  }

  return value
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value
  if (value instanceof Date) return 'a Date object'
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
