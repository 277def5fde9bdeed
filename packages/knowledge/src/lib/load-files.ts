import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {lazyLocator, parseStyleSheet} from './parse-sheet.js'
import {styleSheetSchema} from './schema.js'
import type {StyleSheet} from './types.js'
import {markValidated} from './validate.js'

/** `data/` of this package, the same from `src/lib/` and from `dist/lib/`. */
export const dataFolder = fileURLToPath(new URL('../../data/', import.meta.url))

/** Where parsed bundled sheets are kept between runs. */
export const cacheFolder = join(tmpdir(), 'copydesk-knowledge')

// A new schema must not read sheets cached under the old one.
const cacheVersion = createHash('sha256').update('2\0' + JSON.stringify(styleSheetSchema)).digest('hex')

/** Options for reading the bundled data. */
export interface ReadOptions {
  /**
   * Keep parsed sheets as JSON in the system's temporary folder, keyed by a hash of
   * the files' text, so later processes skip the YAML parser and validation (default `true`).
   */
  cache?: boolean | null | undefined
}

/** Read and validate one style sheet file (YAML or JSON). Errors name `path` as given. */
export function readStyleSheet(path: string): StyleSheet {
  return parseStyleSheet(readFileSync(path, 'utf8'), path)
}

/** Every YAML file under `data/`, in a stable order, named in errors as `data/…`. */
export function readBundledSheets(folder: string = dataFolder, options?: ReadOptions | null): StyleSheet[] {
  const cache = options?.cache ?? true
  const files = readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => {
      const path = join(folder, file)
      return {name: join('data', relative(folder, path)), text: readFileSync(path, 'utf8')}
    })
  if (!cache) return files.map(({name, text}) => parseStyleSheet(text, name))
  return readThroughCache(files)
}

/**
 * The YAML parser and the schema validator are the slowest part of loading (a few
 * hundred milliseconds for the bundled data); JSON of the same sheets parses in a
 * few. So all bundled sheets are kept as one JSON file, keyed by a hash of the
 * schema and of every file's name and text, written only after each sheet passed
 * validation: a cache hit is data already validated under the same schema, and is
 * not validated again. Lines for any later error (a newsroom sheet naming an
 * organisation the bundled data lacks) still come from the YAML, parsed only then.
 */
function readThroughCache(files: ReadonlyArray<{name: string; text: string}>): StyleSheet[] {
  const hash = createHash('sha256').update(cacheVersion)
  for (const {name, text} of files) hash.update('\0' + name + '\0' + text)
  const key = hash.digest('hex')
  const cached = join(cacheFolder, 'bundled-' + key + '.json')

  const hit = readCached(cached, files.length)
  if (hit) {
    hit.forEach((sheet, index) => {
      const file = files[index]!
      markValidated(sheet, {file: file.name, locate: lazyLocator(file.text)})
    })
    return hit
  }

  const sheets = files.map(({name, text}) => parseStyleSheet(text, name))
  try {
    mkdirSync(cacheFolder, {recursive: true})
    const body = JSON.stringify(sheets)
    // Write then rename, so a parallel reader never sees half a file.
    const temporary = cached + '.' + process.pid + '.' + Math.random().toString(36).slice(2) + '.tmp'
    writeFileSync(temporary, digestOf(body) + '\n' + body)
    renameSync(temporary, cached)
  } catch {
    // A read-only or full disk only costs speed.
  }

  return sheets
}

/**
 * The sheets in a cache file, or `undefined` when it is missing, unreadable or
 * damaged: its first line is the hash of the rest, so a cut or edited file is
 * parsed again from the YAML rather than trusted.
 */
function readCached(path: string, count: number): StyleSheet[] | undefined {
  try {
    const content = readFileSync(path, 'utf8')
    const newline = content.indexOf('\n')
    const body = content.slice(newline + 1)
    if (newline === -1 || content.slice(0, newline) !== digestOf(body)) return undefined
    const sheets: unknown = JSON.parse(body)
    if (!Array.isArray(sheets) || sheets.length !== count) return undefined
    if (!sheets.every((sheet) => typeof sheet === 'object' && sheet !== null && !Array.isArray(sheet))) return undefined
    return sheets as StyleSheet[]
  } catch {
    return undefined
  }
}

function digestOf(body: string): string {
  return createHash('sha256').update(body).digest('hex')
}
