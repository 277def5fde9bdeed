import {daysInMonth, isLeapYear, monthNames} from '@copydesk/document-date'
import type {VFile} from 'vfile'
import {monthWords} from './lexicon.js'
import {report} from './report.js'
import {itemAt, type SentenceView} from './tokens.js'

const month =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)'
/** “February 30”, “April 31, 2022”. */
const monthFirst = new RegExp(
  `(?<![\\p{L}\\d])${month}\\s+(\\d{1,2})(st|nd|rd|th)?(?![\\p{L}\\d]|[:.,]\\d)(,?\\s+(\\d{4})(?!\\d))?`,
  'gu'
)
/** “30 February 2022”, “the 31st of April”. */
const dayFirst = new RegExp(
  `(?<![\\p{L}\\d.,:])(\\d{1,2})(st|nd|rd|th)?\\s+(of\\s+)?${month}(?![\\p{L}])(,?\\s+(\\d{4})(?!\\d))?`,
  'gu'
)
/** Clock times: “25:00”, “10:75”. */
const clock = /(?<![\d:.,])(\d{1,2}):(\d{2})(?![\d:]|[.,]\d)/g
/** 12-hour times: “13 p.m.”. */
const meridiem = /(?<![\d:.,])(\d{1,2})(?::\d{2})?\s?(a\.m\.|p\.m\.|am\b|pm\b)/gi
/** “hour 25 of the day”, “the 25th hour of the day”. */
const hourOfDay = /\b(?:hour (\d{1,3})|(\d{1,3})(?:st|nd|rd|th) hour) of the day\b/gi
/** Year ranges: “2019-2015”, “2019–15”. */
const yearRange = /(?<![\p{L}\d#/.,:-])([12]\d{3})\s?[-–—]\s?(\d{4}|\d{2})(?![\p{L}\d/]|[-–—.:,]\d)/gu

// What each pattern cannot match without, tested first: most sentences with
// a digit have no month name, colon or 12-hour time, and these tests cost
// far less than the patterns above.
/** A month name of `month` (each starts so; case matters there too) before a number, or after one. */
const monthThenNumber = /(?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/
const numberThenMonth = /\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec)/
const meridiemMark = /\d(?::\d\d)?\s?[ap]\.?m/i
const hourOfDayWords = /of the day/i
const yearRangeStart = /[12]\d{3}\s?[-–—]/

/** Words before a date that show it is a date (“on February 30”); “In April 31 people died” is not. */
const dateLead = /(?:\b(?:on|by|until|till|from|since|before|after|through|to|for|of|and|or|the|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|[,(–—-])\s*$/i
/** What may follow a date: punctuation or the end. */
const dateTail = /^(?:\s*$|[\s]*[,.;:)!?'"’”])/
/** Words before a clock time (“at 25:00”). */
const clockLead = /\b(?:at|by|until|till|from|before|after|around|about|since|to|between|and)\s*$/i
/** Words after a clock time (“25:00 GMT”). */
const clockTail = /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|ET|EST|EDT|PT|PST|CET|CEST|BST|IST|MSK|local time|hours|hrs|h\b)/i
/** Words before a number that make it a label, not a year (“Resolution 2019-15”). */
const labelLead = /(?:\bno\.?|\bnumber|#|\bresolution|\blaw|\bdecree|\bcase|\breport|\bbill|\bpage|\bpages|\bpp\.?|\bp\.)\s*$/i

/**
 * Whether `text` may hold anything `checkImpossible` reports: the tests that
 * gate each of its patterns, so a sentence failing this one is passed over
 * whole.
 */
export function mayBeImpossible(text: string): boolean {
  return (
    digit.test(text) &&
    (monthThenNumber.test(text) ||
      numberThenMonth.test(text) ||
      text.includes(':') ||
      meridiemMark.test(text) ||
      hourOfDayWords.test(text) ||
      yearRangeStart.test(text))
  )
}

const digit = /\d/

/**
 * Report days that do not exist (“February 30”, “April 31”), times no clock
 * shows (“25:00”, “13 p.m.”) and year ranges that run backwards
 * (“2019-2015”). These hold whatever else the text says, so they are checked
 * in quotations too.
 */
export function checkImpossible(view: SentenceView, file: VFile) {
  if (!view.hasDigit) return
  const text = view.text

  for (const match of monthThenNumber.test(text) ? text.matchAll(monthFirst) : []) {
    const monthNumber = monthWords.get(match[1]!.toLowerCase().replace(/\.$/, '')) ?? 0
    const day = Number(match[2])
    const year = match[5] === undefined ? undefined : Number(match[5])
    const before = text.slice(0, match.index)
    const after = text.slice(match.index + match[0].length)
    if (year === undefined && match[3] === undefined && !dateLead.test(before) && !dateTail.test(after)) continue
    impossibleDay(view, file, match.index, match[0], monthNumber, day, year)
  }

  for (const match of numberThenMonth.test(text) ? text.matchAll(dayFirst) : []) {
    const monthNumber = monthWords.get(match[4]!.toLowerCase().replace(/\.$/, '')) ?? 0
    const day = Number(match[1])
    const year = match[6] === undefined ? undefined : Number(match[6])
    const before = text.slice(0, match.index)
    if (year === undefined && match[2] === undefined && !dateLead.test(before) && before.trim() !== '') continue
    impossibleDay(view, file, match.index, match[0], monthNumber, day, year)
  }

  for (const match of text.includes(':') ? text.matchAll(clock) : []) {
    const hour = Number(match[1])
    const minute = Number(match[2])
    const before = text.slice(0, match.index)
    const after = text.slice(match.index + match[0].length)
    if (!clockLead.test(before) && !clockTail.test(after)) continue
    if (hour > 24 || (hour === 24 && minute > 0)) {
      flag(view, file, match.index, match[0], `Unexpected \`${match[0]}\`: a day has only 24 hours, so no clock shows ${match[0]}`)
    } else if (minute > 59) {
      flag(view, file, match.index, match[0], `Unexpected \`${match[0]}\`: an hour has only 60 minutes, so no clock shows ${match[0]}`)
    }
  }

  for (const match of meridiemMark.test(text) ? text.matchAll(meridiem) : []) {
    const hour = Number(match[1])
    if (hour > 12) {
      flag(
        view,
        file,
        match.index,
        match[0],
        `Unexpected \`${match[0]}\`: the 12-hour clock runs from 1 to 12, so there is no ${hour} ${match[2]}`
      )
    }
  }

  for (const match of hourOfDayWords.test(text) ? text.matchAll(hourOfDay) : []) {
    const hour = Number(match[1] ?? match[2])
    if (hour > 24) {
      flag(view, file, match.index, match[0], `Unexpected \`${match[0]}\`: a day has only 24 hours`)
    }
  }

  for (const match of yearRangeStart.test(text) ? text.matchAll(yearRange) : []) {
    const start = Number(match[1])
    const written = match[2]!
    let end = Number(written)
    if (written.length === 2) {
      // “2021-22” is a season; “2022-01” a month, so two digits count only above 12.
      if (end <= 12) continue
      end += Math.floor(start / 100) * 100
    } else if (end < 1000 || start - end > 300) {
      continue
    }

    if (end >= start || labelLead.test(before(view, file, match.index))) continue
    flag(
      view,
      file,
      match.index,
      match[0],
      `Unexpected \`${match[0]}\`: the range runs backwards, ending in ${end} before it starts in ${start}`
    )
  }
}

/**
 * The text before character `index` of the sentence, reaching back into the
 * file when the sentence starts just before it (parse-english ends a sentence
 * at “No.”).
 */
function before(view: SentenceView, file: VFile, index: number): string {
  const inSentence = view.text.slice(0, index)
  const first = view.items[0]
  if (inSentence.length >= 24 || !first || typeof file.value !== 'string' || first.start.offset === undefined) {
    return inSentence
  }

  const start = first.start.offset
  return file.value.slice(Math.max(0, start - 24), start) + inSentence
}

function impossibleDay(
  view: SentenceView,
  file: VFile,
  index: number,
  matched: string,
  monthNumber: number,
  day: number,
  year: number | undefined
) {
  if (monthNumber === 0) return
  const most = daysInMonth(monthNumber, year)
  if (day >= 1 && day <= most) return
  const name = monthNames[monthNumber]!
  let evidence: string
  if (day === 0) evidence = 'days of the month count from 1'
  else if (monthNumber === 2 && year !== undefined && !isLeapYear(year) && day === 29) {
    evidence = `${year} is not a leap year, so February has 28 days`
  } else if (monthNumber === 2) evidence = 'February has only 28 days, 29 in a leap year'
  else evidence = `${name} has only ${most} days`
  flag(view, file, index, matched, `Unexpected \`${matched.trim()}\`: ${evidence}`)
}

function flag(view: SentenceView, file: VFile, index: number, matched: string, reason: string) {
  const trimmed = matched.trimEnd()
  const first = itemAt(view.items, index)
  const last = itemAt(view.items, index + trimmed.length - 1)
  if (first >= view.items.length || last >= view.items.length) return
  report(file, view, first, last, reason)
}
