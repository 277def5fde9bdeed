import * as chrono from 'chrono-node'
import type {Root} from 'nlcst'
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
 * The text before a place's first comma: capitalised words and particles
 * separated by spaces (`New Delhi`, `KYIV` of `KYIV, Ukraine`). A head that
 * does not open so holds no place `placePattern` takes, whatever chrono
 * finds after it.
 */
const placeOpening =
  /^(?:[\p{Lu}][\p{L}.'’-]*|de|la|el|al|of|upon|on)(?: +(?:[\p{Lu}][\p{L}.'’-]*|de|la|el|al|of|upon|on))* *$/u

/** Datelines found, by tree: each rule that dates a text asks. */
const datelines = new WeakMap<Root, DatelineDate | null>()

/**
 * Find a dateline (“GENEVA, Jan. 9 (Reuters) -”, “WASHINGTON, January 10, 2022
 * (AFP) —”, “New Delhi, 9 January 2022:”) at the start of one of the first
 * paragraphs. The answer is kept for the tree (and frozen): rules read a
 * tree, they do not change it.
 */
export function findDateline(tree: Root): DatelineDate | undefined {
  const known = datelines.get(tree)
  if (known !== undefined) return known ?? undefined
  let result: DatelineDate | undefined
  let searched = 0
  for (const paragraph of paragraphs(tree)) {
    if (searched++ >= paragraphsSearched) break
    result = datelineIn(leadingText(paragraph, longestHead * 2))
    if (result) break
  }

  if (result) Object.freeze(result)
  datelines.set(tree, result ?? null)
  return result
}

/**
 * The first `length` characters of a node's text (as `nlcst-to-string` gives
 * it), without joining the rest of a long paragraph.
 */
function leadingText(node: Root['children'][number], length: number): string {
  let text = ''
  const stack: Array<Root['children'][number]> = [node]
  let next: Root['children'][number] | undefined
  while (text.length < length && (next = stack.pop())) {
    if ('value' in next) {
      text += next.value
    } else if ('children' in next) {
      for (let index = next.children.length - 1; index >= 0; index--) stack.push(next.children[index] as Root['children'][number])
    }
  }
  return text.slice(0, length)
}

/**
 * Read a dateline at the start of `text`.
 */
export function datelineIn(text: string): DatelineDate | undefined {
  return readDateline(text, true)
}

/**
 * `datelineIn`, with or without the screen that keeps chrono away from heads
 * that cannot open with a place (without it only for tests to compare).
 */
export function readDateline(text: string, screened: boolean): DatelineDate | undefined {
  const start = text.length - text.trimStart().length
  const match = separator.exec(text.slice(start, start + longestHead))
  if (!match) return undefined
  const head = text.slice(start, start + match.index)
  const comma = head.indexOf(',')
  if (comma < 1 || (screened && !placeOpening.test(head.slice(0, comma)))) return undefined

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
