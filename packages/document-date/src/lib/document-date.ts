import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {formatIsoDate, formatLongDate, isValidDay, parseIsoDate} from './calendar.js'
import {datelineIso, findDateline, type DatelineDate} from './dateline.js'
import {frontMatterDate} from './front-matter.js'
import {validateDateOption} from './option-date.js'
import {roleClaims} from './role-claims.js'
import {inferDateFromRoles} from './roles.js'
import type {DocumentDate, DocumentDateOptions, RoleInference} from './types.js'

/**
 * The date a document was written, from (in order) the `date` option, the
 * Markdown front matter (`file.data.frontMatter`: `date`, `published`,
 * `pubDate`), a dateline, or the roles the text states for people the
 * knowledge knows.
 *
 * Worked out once per file and kept on `file.data.copydeskDocumentDate`, so
 * every rule sees the same date; a `date` option always recomputes.
 *
 * @throws {TypeError} when `options.date` is not a `YYYY-MM-DD` calendar date.
 */
export function documentDate(
  tree: Root,
  file: VFile,
  options?: DocumentDateOptions | null
): DocumentDate {
  if (options?.date !== undefined && options.date !== null) {
    const date = validateDateOption(options.date)
    const result: DocumentDate = {kind: 'exact', date, source: 'option', evidence: 'the `date` option'}
    file.data.copydeskDocumentDate = result
    return result
  }

  const cached = file.data.copydeskDocumentDate
  if (cached) return cached
  const result = findDocumentDate(tree, file, options?.knowledge ?? undefined)
  file.data.copydeskDocumentDate = result
  return result
}

function findDocumentDate(
  tree: Root,
  file: VFile,
  knowledge: DocumentDateOptions['knowledge']
): DocumentDate {
  const front = frontMatterDate(file.data.frontMatter)
  if (front) return {kind: 'exact', date: front.date, source: 'front-matter', evidence: front.evidence}

  const dateline = findDateline(tree)
  const iso = dateline ? datelineIso(dateline) : undefined
  if (dateline && iso) return {kind: 'exact', date: iso, source: 'dateline', evidence: dateline.text}

  const roles = knowledge ? inferDateFromRoles(roleClaims(tree, file, knowledge), knowledge) : undefined

  if (dateline) {
    const date = roles && 'from' in roles ? yearFromRoles(dateline, roles) : undefined
    if (date && roles && 'from' in roles) {
      return {
        kind: 'exact',
        date,
        source: 'dateline',
        evidence: `${dateline.text} (the year ${date.slice(0, 4)} from ${roles.evidence})`
      }
    }

    return {kind: 'month-day', month: dateline.month, day: dateline.day, source: 'dateline', evidence: dateline.text}
  }

  if (!roles) return {kind: 'none'}
  if ('conflict' in roles) return {kind: 'conflict', source: 'roles', evidence: roles.conflict, terms: roles.terms}
  return {kind: 'range', from: roles.from, to: roles.to, source: 'roles', evidence: roles.evidence, terms: roles.terms}
}

/**
 * The one day with the dateline's month and day inside the roles' range, if
 * exactly one year fits.
 */
function yearFromRoles(
  dateline: DatelineDate,
  roles: Extract<RoleInference, {from: string}>
): string | undefined {
  if (roles.to === null) return undefined
  const first = parseIsoDate(roles.from)
  const last = parseIsoDate(roles.to)
  if (!first || !last) return undefined
  let found: string | undefined
  for (let year = first.year; year <= last.year; year++) {
    const day = {year, month: dateline.month, day: dateline.day}
    if (!isValidDay(day)) continue
    const iso = formatIsoDate(day)
    if (iso < roles.from || iso > roles.to) continue
    if (found) return undefined
    found = iso
  }

  return found
}

/**
 * The year a document date pins down: the exact date's year, or the year of a
 * range that starts and ends in the same year.
 */
export function documentYear(date: DocumentDate): number | undefined {
  if (date.kind === 'exact') return Number(date.date.slice(0, 4))
  if (date.kind === 'range' && date.to !== null && date.from.slice(0, 4) === date.to.slice(0, 4)) {
    return Number(date.from.slice(0, 4))
  }

  return undefined
}

/**
 * How a document date reads in a message: `2022-01-09 (dateline)`.
 */
export function describeDocumentDate(date: DocumentDate): string {
  switch (date.kind) {
    case 'exact': {
      return `${date.date} (${date.source === 'option' ? 'the date option' : date.source === 'front-matter' ? 'front matter' : 'dateline'})`
    }

    case 'range': {
      return `${date.from} to ${date.to ?? 'now'} (roles)`
    }

    case 'month-day': {
      return `${formatLongDate(date)} (dateline)`
    }

    default: {
      return 'unknown'
    }
  }
}
