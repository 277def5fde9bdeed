import * as chrono from 'chrono-node'
import {
  anchorWords,
  cueWords,
  monthWords,
  recurringAfter,
  recurringBefore,
  relativeDayWords,
  unitWords,
  weekdayAbbreviations,
  weekdayWords
} from './lexicon.js'
import {itemAt, type Item, type SentenceView} from './tokens.js'

/**
 * A day, date or relative time phrase in a sentence.
 */
export interface Temporal {
  /** First and last item of the phrase (`Monday`, `Jan. 9, 2022`, `last year`). */
  first: number
  last: number
  /** Item holding the weekday name, if any. */
  weekdayItem?: number
  weekday?: number
  month?: number
  day?: number
  year?: number
  /** `last`/`next`/`this` before a weekday or unit. */
  anchor?: 'last' | 'next' | 'this'
  /** `week`, `month`, `year`, `weekend` after an anchor (“last year”). */
  unit?: string
  /** Days from the document date: `yesterday` -1, `today` 0, `tomorrow` 1, `two days ago` -2. */
  relativeDays?: number
  /** One of several days joined by `and`, `or`, `to`, or a chrono range. */
  range: boolean
  /** “every Monday”, “Monday nights”. */
  recurring: boolean
  /** Any item inside quotation marks. */
  quoted: boolean
}

/** Items looked at either side of a cue word when cutting a window for chrono. */
const windowItems = 7
/** Words joining days into a range or a list. */
const joiners = new Set(['and', 'or', 'to', 'through', 'thru', 'until', 'till', '-', '–', '—', '&', ','])
const numberWords: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10]
])

/**
 * Whether the sentence holds a word that can start a day or date: the cheap
 * test that keeps chrono away from most sentences.
 */
export function hasCue(view: SentenceView): boolean {
  return view.hasWord(cueWords)
}

/**
 * Find the day, date and relative phrases of a sentence. chrono reads the
 * calendar; it runs only on short windows around cue words, so the work stays
 * proportional to the text however long the sentence is.
 *
 * @param reference
 *   The document date (local noon), so chrono's year choices follow it.
 * @param cache
 *   Readings of the document's windows so far, all made with `reference`.
 */
export function findTemporals(view: SentenceView, reference: Date, cache: CalendarReadings = new Map()): Temporal[] {
  const {items} = view
  const windows: Array<[number, number]> = []
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!
    if (item.kind !== 'word' || !cueWords.has(item.key)) continue
    const first = Math.max(0, index - windowItems)
    const last = Math.min(items.length - 1, index + windowItems)
    const previous = windows.at(-1)
    if (previous && first <= previous[1] + 1) previous[1] = last
    else windows.push([first, last])
  }

  const temporals: Temporal[] = []
  for (const [first, last] of windows) {
    const from = items[first]!.from
    for (const reading of readCalendar(view.text.slice(from, items[last]!.to), reference, cache)) {
      const start = itemAt(items, from + reading.index)
      const end = itemAt(items, from + reading.index + reading.length - 1)
      const temporal = fromReading(items, start, Math.min(end, items.length - 1), reading)
      if (temporal && !overlapsLast(temporals, temporal)) temporals.push(temporal)
    }
  }

  markRanges(items, temporals)
  return temporals
}

/** What the rule keeps of one chrono result. */
interface Reading {
  /** Where the result starts in the window, and its length without trailing white space. */
  index: number
  length: number
  /** chrono read a range (“Monday to Wednesday”). */
  range: boolean
  month: number | null
  day: number | null
  year: number | null
  monthCertain: boolean
  dayCertain: boolean
  yearCertain: boolean
}

/**
 * chrono's readings of windows, by window text, all made with one reference
 * date. Copy repeats its days and dates (“on Monday”, “last week”), and
 * chrono is by far the dearest step, so each distinct window is parsed once
 * per reference date, and documents of the same date share their readings.
 */
export type CalendarReadings = Map<string, Reading[]>

/** Windows remembered per reference date before its readings start afresh. */
const mostReadings = 20_000
/** Reference dates whose readings are kept (a run's documents share a few dates). */
const mostReferences = 8
/** Readings by the reference date's time, the one used longest ago first. */
const shared = new Map<number, CalendarReadings>()

/**
 * The readings made so far with `reference`, to read a document's windows
 * with. A reading depends on nothing but its window and the reference date,
 * and callers only read it.
 */
export function readingsFor(reference: Date): CalendarReadings {
  const time = reference.getTime()
  let readings = shared.get(time)
  shared.delete(time)
  if (readings === undefined || readings.size >= mostReadings) {
    readings = new Map()
    if (shared.size >= mostReferences) shared.delete(shared.keys().next().value!)
  }
  // Set last: the dates in use stay, the one used longest ago goes first.
  shared.set(time, readings)
  return readings
}

function readCalendar(text: string, reference: Date, cache: CalendarReadings): Reading[] {
  let found = cache.get(text)
  if (found) return found
  found = chrono.parse(text, reference).map((result) => {
    const known = result.start
    return {
      index: result.index,
      length: result.text.trimEnd().length,
      range: Boolean(result.end),
      month: known.get('month'),
      day: known.get('day'),
      year: known.get('year'),
      monthCertain: known.isCertain('month'),
      dayCertain: known.isCertain('day'),
      yearCertain: known.isCertain('year')
    }
  })
  cache.set(text, found)
  return found
}

function overlapsLast(temporals: ReadonlyArray<Temporal>, temporal: Temporal): boolean {
  const previous = temporals.at(-1)
  return previous !== undefined && temporal.first <= previous.last
}

function fromReading(items: ReadonlyArray<Item>, start: number, end: number, reading: Reading): Temporal | undefined {
  const calendar = reading.monthCertain && reading.dayCertain
  let first = -1
  let last = -1
  const temporal: Temporal = {first: 0, last: 0, range: reading.range, recurring: false, quoted: false}

  const take = (index: number) => {
    if (first === -1) first = index
    last = index
  }

  for (let index = start; index <= end; index++) {
    const item = items[index]!
    if (item.kind !== 'word') continue
    const key = item.key
    const weekday = weekdayWords.get(key) ?? (calendar ? weekdayAbbreviations.get(key) : undefined)
    if (weekday !== undefined && temporal.weekday === undefined) {
      temporal.weekday = weekday
      temporal.weekdayItem = index
      take(index)
    } else if (monthWords.has(key) && (item.capitalised || (key !== 'may' && key !== 'march'))) {
      const {month, day, year} = reading
      if (calendar && month !== null && day !== null) {
        temporal.month = month
        temporal.day = day
        if (year !== null && reading.yearCertain && yearWritten(items, start, end)) temporal.year = year
      }

      take(index)
    } else if (relativeDayWords.has(key)) {
      temporal.relativeDays = relativeDayWords.get(key)!
      take(index)
    } else if (anchorWords.has(key) && index < end) {
      const next = items[index + 1]!
      if (weekdayWords.has(next.key) || unitWords.has(next.key)) {
        temporal.anchor = anchorWords.get(key)!
        take(index)
      }
    } else if (unitWords.has(key) && temporal.anchor !== undefined) {
      temporal.unit = key
      take(index)
    } else if (key === 'ago' && index >= start + 2) {
      const count = numberWords.get(items[index - 2]!.key) ?? Number(items[index - 2]!.key)
      const unit = items[index - 1]!.key
      if (Number.isInteger(count) && (unit === 'day' || unit === 'days')) {
        temporal.relativeDays = -count
        if (first === -1 || index - 2 < first) first = index - 2
        take(index)
      }
    } else if (first !== -1 && (/^\d{1,4}(?:st|nd|rd|th)?$/.test(key) || key === 'of')) {
      // Day numbers and years after the month name (“Jan. 9, 2022”).
      if (calendar) take(index)
    } else if (first === -1 && /^\d{1,2}(?:st|nd|rd|th)?$/.test(key) && calendar && monthAhead(items, index, end)) {
      // Day before the month (“9 January 2022”).
      take(index)
    }
  }

  if (first === -1) return undefined
  // A phrase that is only a month or a unit without an anchor names no day and no span we read.
  if (
    temporal.weekday === undefined &&
    temporal.day === undefined &&
    temporal.relativeDays === undefined &&
    temporal.unit === undefined
  ) {
    return undefined
  }

  temporal.first = first
  temporal.last = last
  const before = items[first - 1]
  const after = items[last + 1]
  temporal.recurring =
    (before !== undefined && recurringBefore.has(before.key)) ||
    (after !== undefined && recurringAfter.has(after.key))
  for (let index = first; index <= last; index++) {
    if (items[index]!.quoted) temporal.quoted = true
  }

  return temporal
}

function yearWritten(items: ReadonlyArray<Item>, start: number, end: number): boolean {
  for (let index = start; index <= end; index++) {
    if (/^\d{4}$/.test(items[index]!.key)) return true
  }

  return false
}

function monthAhead(items: ReadonlyArray<Item>, index: number, end: number): boolean {
  for (let next = index + 1; next <= Math.min(end, index + 3); next++) {
    if (monthWords.has(items[next]!.key)) return true
  }

  return false
}

/** Days joined into a list or range (“Monday and Tuesday”, “Monday to Wednesday”). */
function markRanges(items: ReadonlyArray<Item>, temporals: Temporal[]) {
  for (let index = 1; index < temporals.length; index++) {
    const previous = temporals[index - 1]!
    const current = temporals[index]!
    const between = items.slice(previous.last + 1, current.first)
    if (between.length === 0 || between.length > 2) continue
    if (!between.every((item) => joiners.has(item.key))) continue
    // A comma alone joins a list of days only; after a relative phrase it sets off the date it means.
    if (between.length === 1 && between[0]!.key === ',' && !(isBareWeekday(previous) && isBareWeekday(current))) {
      continue
    }

    previous.range = true
    current.range = true
  }
}

function isBareWeekday(temporal: Temporal): boolean {
  return temporal.weekday !== undefined && temporal.day === undefined
}
