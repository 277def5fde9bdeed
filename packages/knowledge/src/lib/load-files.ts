import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {lazyLocator, parseStyleSheet} from './parse-sheet.js'
import {styleSheetSchema} from './schema.js'
import type {StyleSheet} from './types.js'
import {validateStyleSheet} from './validate.js'

/** `data/` of this package, the same from `src/lib/` and from `dist/lib/`. */
export const dataFolder = fileURLToPath(new URL('../../data/', import.meta.url))

/** Where parsed bundled sheets are kept between runs. */
export const cacheFolder = join(tmpdir(), 'copydesk-knowledge')

// A new schema must not read sheets cached under the old one.
const cacheVersion = createHash('sha256').update('1\0' + JSON.stringify(styleSheetSchema)).digest('hex')

/** Options for reading the bundled data. */
export interface ReadOptions {
  /**
   * Keep parsed sheets as JSON in the system's temporary folder, keyed by a hash of
   * the file's text, so later processes skip the YAML parser (default `true`).
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
  return files.map((file) => {
    const path = join(folder, file)
    const name = join('data', relative(folder, path))
    const text = readFileSync(path, 'utf8')
    return cache ? readThroughCache(text, name) : parseStyleSheet(text, name)
  })
}

/**
 * The YAML parser is the slowest part of loading (some hundred milliseconds for the
 * bundled data); JSON of the same sheet parses in a few. The cached JSON is validated
 * again, and lines for any error still come from the YAML, parsed only then.
 */
function readThroughCache(text: string, name: string): StyleSheet {
  const key = createHash('sha256').update(cacheVersion + '\0' + name + '\0' + text).digest('hex')
  const cached = join(cacheFolder, key + '.json')

  try {
    return validateStyleSheet(JSON.parse(readFileSync(cached, 'utf8')), {file: name, locate: lazyLocator(text)})
  } catch {
    // Missing, unreadable or damaged: parse the YAML, whose errors are the real ones.
  }

  const sheet = parseStyleSheet(text, name)
  try {
    mkdirSync(cacheFolder, {recursive: true})
    // Write then rename, so a parallel reader never sees half a file.
    const temporary = cached + '.' + process.pid + '.' + Math.random().toString(36).slice(2) + '.tmp'
    writeFileSync(temporary, JSON.stringify(sheet))
    renameSync(temporary, cached)
  } catch {
    // A read-only or full disk only costs speed.
  }

  return sheet
}
