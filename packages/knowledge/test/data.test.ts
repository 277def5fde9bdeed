import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {dataFolder, formatIssue, normaliseName, parseStyleSheet, StyleSheetError, type StyleSheet} from '../src/index.js'

/**
 * Every bundled file, checked one by one and then together, so a fault names the file
 * that holds it and one broken file does not hide the faults of the others.
 */
const files = readdirSync(dataFolder, {recursive: true, encoding: 'utf8'})
  .filter((file) => /\.ya?ml$/.test(file))
  .sort()

const sheets: Array<{file: string; sheet: StyleSheet}> = []
const parseFaults: string[] = []
for (const file of files) {
  try {
    sheets.push({file, sheet: parseStyleSheet(readFileSync(join(dataFolder, file), 'utf8'), join('data', file))})
  } catch (error) {
    if (!(error instanceof StyleSheetError)) throw error
    parseFaults.push(...error.issues.map((issue) => formatIssue(issue)))
  }
}

describe('bundled data', () => {
  test('has people and organisations files', () => {
    expect(files).toContain(join('people', 'international.yaml'))
    expect(files).toContain(join('organisations', 'international.yaml'))
  })

  test('every file passes the schema and the checks within a sheet (dates in order, unique ids)', () => {
    expect(parseFaults).toEqual([])
  })

  test('no person id or organisation id is used twice across files', () => {
    const seen = new Map<string, string>()
    const faults: string[] = []
    for (const {file, sheet} of sheets) {
      for (const entry of [...(sheet.people ?? []).map((p) => ['person ' + p.id, p] as const), ...(sheet.organisations ?? []).map((o) => ['organisation ' + o.id, o] as const)]) {
        const [key] = entry
        const earlier = seen.get(key)
        if (earlier !== undefined) faults.push(key + ' in ' + file + ' and ' + earlier)
        else seen.set(key, file)
      }
    }

    expect(faults).toEqual([])
  })

  test('no two people share a canonical name', () => {
    const seen = new Map<string, string>()
    const faults: string[] = []
    for (const {file, sheet} of sheets) {
      for (const person of sheet.people ?? []) {
        const key = normaliseName(person.name)
        const earlier = seen.get(key)
        if (earlier !== undefined) faults.push(person.name + ' (' + person.id + ' in ' + file + ') and ' + earlier)
        else seen.set(key, person.id + ' in ' + file)
      }
    }

    expect(faults).toEqual([])
  })

  test('no two organisations share a canonical name', () => {
    const seen = new Map<string, string>()
    const faults: string[] = []
    for (const {file, sheet} of sheets) {
      for (const organisation of sheet.organisations ?? []) {
        const key = normaliseName(organisation.name)
        const earlier = seen.get(key)
        if (earlier !== undefined) faults.push(organisation.name + ' (' + organisation.id + ' in ' + file + ') and ' + earlier)
        else seen.set(key, organisation.id + ' in ' + file)
      }
    }

    expect(faults).toEqual([])
  })

  test('every role names an organisation and every parent exists in some bundled file', () => {
    const known = new Set(sheets.flatMap(({sheet}) => (sheet.organisations ?? []).map((o) => o.id)))
    const faults: string[] = []
    for (const {file, sheet} of sheets) {
      for (const person of sheet.people ?? []) {
        for (const role of person.roles) {
          if (!known.has(role.organisation)) faults.push(file + ': ' + person.id + ': ' + role.organisation)
        }
      }

      for (const organisation of sheet.organisations ?? []) {
        if (organisation.parent !== undefined && !known.has(organisation.parent)) {
          faults.push(file + ': ' + organisation.id + ' parent ' + organisation.parent)
        }
      }
    }

    expect(faults).toEqual([])
  })

  test('every person and organisation has a source that is a URL or a citation', () => {
    const faults: string[] = []
    for (const {file, sheet} of sheets) {
      for (const entry of [...(sheet.people ?? []), ...(sheet.organisations ?? [])]) {
        if (entry.source.trim().length < 8) faults.push(file + ': ' + entry.id)
      }

      for (const person of sheet.people ?? []) {
        for (const role of person.roles) {
          if (role.source !== undefined && role.source.trim().length < 8) faults.push(file + ': ' + person.id + ' ' + role.title)
        }
      }
    }

    expect(faults).toEqual([])
  })

  test('role dates are in order and no role starts in the future', () => {
    const today = new Date().toISOString().slice(0, 10)
    const faults: string[] = []
    for (const {file, sheet} of sheets) {
      for (const person of sheet.people ?? []) {
        for (const role of person.roles) {
          if (role.start > today) faults.push(file + ': ' + person.id + ' ' + role.title + ' starts ' + role.start)
          if (role.end && role.end < role.start.slice(0, role.end.length)) {
            faults.push(file + ': ' + person.id + ' ' + role.title + ' ends before it starts')
          }
        }
      }
    }

    expect(faults).toEqual([])
  })

  test('one office is not held twice at once by the same person', () => {
    const faults: string[] = []
    for (const {file, sheet} of sheets) {
      for (const person of sheet.people ?? []) {
        const byOffice = new Map<string, Array<{start: string; end: string}>>()
        for (const role of person.roles) {
          const key = role.title + ' @ ' + role.organisation
          const spans = byOffice.get(key) ?? []
          const span = {start: role.start, end: role.end ?? '9999'}
          for (const other of spans) {
            if (span.start < other.end && other.start < span.end) faults.push(file + ': ' + person.id + ' ' + key)
          }

          spans.push(span)
          byOffice.set(key, spans)
        }
      }
    }

    expect(faults).toEqual([])
  })
})
