import * as chrono from 'chrono-node'
import {formatIsoDate, isValidDay, parseIsoDate} from './calendar.js'

/** Front matter keys that hold a publication date, in the order they are tried. */
const dateKeys = ['date', 'published', 'pubDate'] as const

/**
 * The date in Markdown front matter (`date`, `published` or `pubDate`), as
 * `YYYY-MM-DD` with the evidence, or `undefined` when none holds a full date.
 */
export function frontMatterDate(
  frontMatter: Record<string, unknown> | undefined
): {date: string; evidence: string} | undefined {
  if (!frontMatter || typeof frontMatter !== 'object') return undefined
  for (const key of dateKeys) {
    if (!Object.hasOwn(frontMatter, key)) continue
    const value = frontMatter[key]
    const date = dateOf(value)
    if (date) return {date, evidence: `front matter \`${key}: ${shown(value)}\``}
  }

  return undefined
}

function dateOf(value: unknown): string | undefined {
  // YAML 1.1 loaders turn timestamps into Date objects (midnight UTC for a bare date).
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined
    return formatIsoDate({
      year: value.getUTCFullYear(),
      month: value.getUTCMonth() + 1,
      day: value.getUTCDate()
    })
  }

  if (typeof value !== 'string') return undefined
  const text = value.trim()
  // An ISO timestamp's calendar day is the one written, whatever its time zone.
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text)
  if (iso?.[1]) return parseIsoDate(iso[1]) ? iso[1] : undefined
  // Written-out dates ("January 9, 2022"): chrono reads them; only a full date counts.
  const result = chrono.parse(text)[0]
  if (!result) return undefined
  const day = {
    year: result.start.get('year') ?? Number.NaN,
    month: result.start.get('month') ?? Number.NaN,
    day: result.start.get('day') ?? Number.NaN
  }
  const certain =
    result.start.isCertain('year') && result.start.isCertain('month') && result.start.isCertain('day')
  return certain && isValidDay(day) ? formatIsoDate(day) : undefined
}

function shown(value: unknown): string {
  if (value instanceof Date) return value.toISOString()
  return String(value)
}
