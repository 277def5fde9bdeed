import type {ErrorObject, ValidateFunction} from 'ajv'
import {loadAjv} from '#modules'
import type {Organisation, Person, StyleSheet} from './types.js'
import {endsBeforeStart} from './dates.js'
import {StyleSheetError, type StyleSheetIssue} from './errors.js'
import {normaliseName} from './normalise.js'
import {isPartialDate, styleSheetSchema} from './schema.js'

/** A path into a sheet: `['people', 3, 'roles', 0, 'start']`. */
export type SheetPath = ReadonlyArray<string | number>

/** Line and column (1-based) of a path; `key` asks for the key of a mapping entry rather than its value. */
export type Locator = (
  path: SheetPath,
  key?: boolean
) => {line: number; column: number} | undefined

/** Where a validated sheet came from, so later checks across sheets can point into it. */
export interface SheetOrigin {
  file: string
  locate?: Locator
}

const origins = new WeakMap<StyleSheet, SheetOrigin>()

/**
 * Counts sheets checked against the schema, so tests can show that bundled data
 * read back from the parse cache is not validated again.
 */
export const validationMetrics = {sheets: 0}

/** The origin recorded for a validated sheet. */
export function originOf(sheet: StyleSheet): SheetOrigin | undefined {
  return origins.get(sheet)
}

/**
 * Record that `sheet` was validated elsewhere: the bundled data read back from the
 * parse cache, which holds only sheets that passed validation under the same schema.
 */
export function markValidated(sheet: StyleSheet, origin: SheetOrigin): void {
  origins.set(sheet, origin)
}

let compiledSchema: ValidateFunction<StyleSheet> | undefined

// Loading Ajv and compiling the schema take a hundred milliseconds, which a
// process that only reads the bundled data back from the cache need not pay.
function schemaValidator(): ValidateFunction<StyleSheet> {
  if (!compiledSchema) {
    const Ajv = loadAjv()
    const ajv = new Ajv({allErrors: true, verbose: true, allowUnionTypes: true, strict: true})
    ajv.addFormat('partial-date', {type: 'string', validate: isPartialDate})
    compiledSchema = ajv.compile<StyleSheet>(styleSheetSchema)
  }

  return compiledSchema
}

/**
 * Check `value` against the schema and the rules within one sheet (dates in order,
 * unique ids, surname part of the name). Returns the sheet (an empty sheet for
 * `null`/`undefined`, as an empty file gives) or throws a `StyleSheetError`
 * listing every issue.
 */
export function validateStyleSheet(
  value: unknown,
  origin: SheetOrigin = {file: '<sheet>'}
): StyleSheet {
  const data = value === null || value === undefined ? {} : value
  const reporter = createReporter(data, origin)

  validationMetrics.sheets++
  const validateSchema = schemaValidator()
  if (!validateSchema(data)) {
    const seen = new Set<string>()
    for (const error of validateSchema.errors ?? []) {
      const issue = schemaIssue(error, reporter)
      // A bad value often fails two keywords (`pattern` and `minLength`): one issue a place.
      const key = issue.field + '\0' + String(issue.line)
      if (seen.has(key)) continue
      seen.add(key)
      reporter.issues.push(issue)
    }

    throw new StyleSheetError(reporter.issues)
  }

  checkEntries(data.people ?? [], 'people', reporter)
  checkEntries(data.organisations ?? [], 'organisations', reporter)
  for (const [index, person] of (data.people ?? []).entries()) {
    checkPerson(person, index, reporter)
  }

  if (reporter.issues.length > 0) throw new StyleSheetError(reporter.issues)
  origins.set(data, origin)
  return data
}

/**
 * Check that every role's organisation and every organisation's parent is defined
 * in one of `sheets` (the bundled data and the newsroom's sheets together).
 */
export function checkReferences(sheets: ReadonlyArray<StyleSheet>): void {
  const known = new Set<string>()
  for (const sheet of sheets) {
    for (const organisation of sheet.organisations ?? []) known.add(organisation.id)
  }

  const issues: StyleSheetIssue[] = []
  for (const [sheetIndex, sheet] of sheets.entries()) {
    const reporter = createReporter(
      sheet,
      originOf(sheet) ?? {file: '<sheet ' + (sheetIndex + 1) + '>'}
    )
    for (const [index, person] of (sheet.people ?? []).entries()) {
      for (const [roleIndex, role] of person.roles.entries()) {
        if (!known.has(role.organisation)) {
          reporter.report(
            ['people', index, 'roles', roleIndex, 'organisation'],
            'expected the id of an organisation defined in a loaded sheet, got ' +
              show(role.organisation)
          )
        }
      }
    }

    for (const [index, organisation] of (sheet.organisations ?? []).entries()) {
      if (organisation.parent !== undefined && !known.has(organisation.parent)) {
        reporter.report(
          ['organisations', index, 'parent'],
          'expected the id of an organisation defined in a loaded sheet, got ' +
            show(organisation.parent)
        )
      }
    }

    issues.push(...reporter.issues)
  }

  if (issues.length > 0) throw new StyleSheetError(issues)
}

interface Reporter {
  issues: StyleSheetIssue[]
  report(path: SheetPath, message: string, key?: boolean): void
  where(path: SheetPath, key?: boolean): StyleSheetIssue
}

function createReporter(data: unknown, origin: SheetOrigin): Reporter {
  const issues: StyleSheetIssue[] = []
  return {
    issues,
    report(path, message, key) {
      issues.push({...this.where(path, key), message})
    },
    where(path, key) {
      const issue: StyleSheetIssue = {file: origin.file, field: describePath(data, path), message: ''}
      const place = origin.locate?.(path, key)
      if (place) {
        issue.line = place.line
        issue.column = place.column
      }

      return issue
    }
  }
}

function schemaIssue(error: ErrorObject, reporter: Reporter): StyleSheetIssue {
  const path: Array<string | number> = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => {
      const unescaped = segment.replaceAll('~1', '/').replaceAll('~0', '~')
      return /^\d+$/.test(unescaped) ? Number(unescaped) : unescaped
    })
  const parent = error.parentSchema as {description?: string; properties?: Record<string, {description?: string}>} | undefined

  if (error.keyword === 'required') {
    const missing = String((error.params as {missingProperty: string}).missingProperty)
    const wanted = parent?.properties?.[missing]?.description ?? 'a value'
    const at = reporter.where(path)
    return {...at, field: joinField(at.field, missing), message: 'missing, expected ' + wanted}
  }

  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as {additionalProperty: string}).additionalProperty)
    const fields = Object.keys(parent?.properties ?? {}).join(', ')
    return {
      ...reporter.where([...path, extra], true),
      message: 'unexpected field ' + show(extra) + ', expected one of ' + fields
    }
  }

  const wanted = parent?.description ?? error.message ?? 'another value'
  return {...reporter.where(path), message: 'expected ' + wanted + ', got ' + show(error.data)}
}

function checkEntries(
  entries: ReadonlyArray<Person | Organisation>,
  list: 'people' | 'organisations',
  reporter: Reporter
): void {
  const first = new Map<string, number>()
  for (const [index, entry] of entries.entries()) {
    const earlier = first.get(entry.id)
    if (earlier === undefined) {
      first.set(entry.id, index)
      continue
    }

    const at = reporter.where([list, earlier])
    reporter.report(
      [list, index, 'id'],
      'expected a unique id, got ' +
        show(entry.id) +
        ' again (first used by ' +
        list +
        '[' +
        earlier +
        ']' +
        (at.line === undefined ? '' : ' on line ' + at.line) +
        ')'
    )
  }
}

function checkPerson(person: Person, index: number, reporter: Reporter): void {
  const words = ' ' + normaliseName(person.name) + ' '
  const surname = normaliseName(person.surname)
  if (!words.includes(' ' + surname + ' ')) {
    reporter.report(
      ['people', index, 'surname'],
      'expected whole words of the name ' + show(person.name) + ', got ' + show(person.surname)
    )
  }

  for (const [roleIndex, role] of person.roles.entries()) {
    if (role.end !== undefined && role.end !== null && endsBeforeStart(role.start, role.end)) {
      reporter.report(
        ['people', index, 'roles', roleIndex, 'end'],
        'expected a date on or after the start ' + role.start + ', got ' + show(role.end)
      )
    }
  }
}

/** `people[3] (wendy-sherman).roles[0].start`: the entry's id helps find it in a long sheet. */
function describePath(data: unknown, path: SheetPath): string {
  let field = ''
  let node: unknown = data
  for (const [position, segment] of path.entries()) {
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[segment] : undefined
    if (typeof segment === 'number') {
      field += '[' + segment + ']'
      if (position === 1 && isRecord(node) && typeof node['id'] === 'string') {
        field += ' (' + node['id'] + ')'
      }
    } else {
      field = joinField(field, segment)
    }
  }

  return field
}

function joinField(field: string, name: string): string {
  return field ? field + '.' + name : name
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A value as an error message quotes it. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (isRecord(value)) return 'a mapping'
  return JSON.stringify(value)
}
