import {createKnowledge} from './create-knowledge.js'
import {dataFolder, readBundledSheets, readStyleSheet, type ReadOptions} from './load-files.js'
import type {Knowledge, StyleSheet} from './types.js'

/** Options of `loadKnowledge`. */
export interface LoadOptions {
  /** Newsroom sheets, merged over the bundled data in order: file paths or sheet objects. */
  sheets?: ReadonlyArray<string | StyleSheet> | null | undefined
  /** Whether to include the bundled data (default `true`). */
  bundled?: boolean | null | undefined
  /**
   * Whether the bundled data may be read from and written to the parse cache in the
   * system's temporary folder (default `true`); see `readBundledSheets`.
   */
  cache?: boolean | null | undefined
}

/** What loading the bundled data cost, for the README and for anyone watching start-up. */
export interface LoadReport {
  files: number
  people: number
  organisations: number
  /** Wall-clock milliseconds to read, parse, validate and index. */
  milliseconds: number
}

let bundledSheets: StyleSheet[] | undefined
let bundledKnowledge: Knowledge | undefined

/**
 * Load the knowledge: the bundled data (read once per process and cached) with the
 * newsroom's sheets merged over it. Throws a `StyleSheetError` naming file, line,
 * entry and field when a sheet is invalid.
 */
export function loadKnowledge(options?: LoadOptions | null): Knowledge {
  const bundled = options?.bundled ?? true
  const given = options?.sheets ?? []
  const cache = options?.cache ?? true

  if (bundled && given.length === 0) {
    bundledKnowledge ??= createKnowledge(getBundledSheets({cache}))
    return bundledKnowledge
  }

  const sheets = given.map((sheet) => (typeof sheet === 'string' ? readStyleSheet(sheet) : sheet))
  return createKnowledge(bundled ? [...getBundledSheets({cache}), ...sheets] : sheets)
}

/** The bundled sheets, parsed and validated once per process. */
export function getBundledSheets(options?: ReadOptions | null): StyleSheet[] {
  bundledSheets ??= readBundledSheets(dataFolder, options)
  return bundledSheets
}

/**
 * Load the bundled data afresh, past the in-process cache, and say how long it took;
 * `{cache: false}` also skips the parse cache on disk, which is what a first run costs.
 */
export function measureBundledLoad(options?: ReadOptions | null): LoadReport {
  const start = performance.now()
  const sheets = readBundledSheets(dataFolder, options)
  const knowledge = createKnowledge(sheets)
  return {
    files: sheets.length,
    people: knowledge.people.length,
    organisations: knowledge.organisations.length,
    milliseconds: Math.round((performance.now() - start) * 10) / 10
  }
}
