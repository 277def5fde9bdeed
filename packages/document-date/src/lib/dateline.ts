import * as chrono from 'chrono-node'
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {daysInMonth, formatIsoDate, isValidDay} from './calendar.js'

/**
 * A dateline's date: the full day, or the month and day when it gives no year.
 */
export interface DatelineDate {
  year?: number
  month: number
  day: number
  /** The dateline as written: `GENEVA, Jan. 9 (Reuters) -`. */
  text: string
}

/** Datelines open the story; past the first paragraphs a match would be a quotation or an aside. */
const paragraphsSearched = 12
/** Longest dateline head (place, date, agency) considered, in characters. */
const longestHead = 120

/** Where the dateline ends: a spaced dash, an em dash or a colon. */
const separator = /\s[-–—]+\s|—|:/
/** A place: capitalised words (`GENEVA`, `New Delhi`, `KYIV, Ukraine`), with particles. */
const placePattern =
  /^(?:[\p{Lu}][\p{L}.'’-]*|de|la|el|al|of|upon|on)(?:[ ,]+(?:[\p{Lu}][\p{L}.'’-]*|de|la|el|al|of|upon|on)){0,5}$/u
/** What may follow the date before the separator: a news agency in brackets. */
const agencyPattern = /^(?:\([^()\n]{1,40}\))?$/

/**
 * Find a dateline (“GENEVA, Jan. 9 (Reuters) -”, “WASHINGTON, January 10, 2022
 * (AFP) —”, “New Delhi, 9 January 2022:”) at the start of one of the first
 * paragraphs.
 */
export function findDateline(tree: Root): DatelineDate | undefined {
  let searched = 0
  for (const paragraph of paragraphs(tree)) {
    if (searched++ >= paragraphsSearched) break
    const found = datelineIn(toString(paragraph).slice(0, longestHead * 2))
    if (found) return found
  }

  return undefined
}

/**
 * Read a dateline at the start of `text`.
 */
export function datelineIn(text: string): DatelineDate | undefined {
  const start = text.length - text.trimStart().length
  const match = separator.exec(text.slice(start, start + longestHead))
  if (!match) return undefined
  const head = text.slice(start, start + match.index)
  const comma = head.indexOf(',')
  if (comma < 1) return undefined

  for (const result of chrono.parse(head)) {
    const known = result.start
    if (!known.isCertain('month') || !known.isCertain('day')) continue
    const place = trimEndOf(head.slice(0, result.index), ', \t\n\r\u00A0')
    const after = head.slice(result.index + result.text.length)
    if (!placePattern.test(place) || !agencyPattern.test(after.trim())) continue
    // chrono takes a leading "on" or weekday into its match; a dateline has neither before the place.
    if (!/^,\s*$/.test(head.slice(place.length, result.index))) continue
    const month = known.get('month') ?? 0
    const day = known.get('day') ?? 0
    const year = known.isCertain('year') ? known.get('year') ?? undefined : undefined
    if (day > daysInMonth(month, year)) continue
    const whole = text.slice(start, start + match.index + match[0].length).trim()
    return year === undefined ? {month, day, text: whole} : {year, month, day, text: whole}
  }

  return undefined
}

/**
 * The dateline's day as `YYYY-MM-DD`, when it has a year.
 */
export function datelineIso(dateline: DatelineDate): string | undefined {
  if (dateline.year === undefined) return undefined
  const day = {year: dateline.year, month: dateline.month, day: dateline.day}
  return isValidDay(day) ? formatIsoDate(day) : undefined
}

function* paragraphs(tree: Root): Generator<Root['children'][number]> {
  // Breadth first: plain text puts paragraphs at the top; Markdown may nest them (lists, quotes).
  const queue: Array<Root | Root['children'][number]> = [tree]
  for (let index = 0; index < queue.length; index++) {
    const node = queue[index]!
    if (node.type === 'ParagraphNode') {
      yield node
    } else if ('children' in node && node.type !== 'SentenceNode') {
      for (const child of node.children) queue.push(child as Root['children'][number])
    }
  }
}

/**
 * `value` without the trailing characters listed in `characters`, by a
 * backward walk: an anchored `[…]+$` regex retries from every position of a
 * long run that does not reach the end.
 */
function trimEndOf(value: string, characters: string): string {
  let end = value.length
  while (end > 0 && characters.includes(value.charAt(end - 1))) end--
  return value.slice(0, end)
}
