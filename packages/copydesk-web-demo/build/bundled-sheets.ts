import {readdirSync, readFileSync} from 'node:fs'
import {join, sep} from 'node:path'
import type {Plugin} from 'vite'
import {parse} from 'yaml'

const moduleId = 'virtual:copydesk-bundled-sheets'
const resolvedId = '\0' + moduleId

/** One parsed style sheet and the name errors give it. */
export interface NamedSheet {
  file: string
  path: string
  sheet: unknown
}

/**
 * Every YAML file under `dataFolder`, listed and named as the Node.js loader
 * does (sorted, `data/<folder>/<name>`) so the browser's knowledge is the
 * command line's, and parsed. Throws an `Error` naming the file when one is
 * not valid YAML, and when there is none.
 */
export function readBundledData(dataFolder: string): NamedSheet[] {
  const files = readdirSync(dataFolder, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
  if (files.length === 0) throw new Error('Expected YAML style sheets in `' + dataFolder + '`, found none')

  return files.map((file) => {
    const path = join(dataFolder, file)
    const name = ['data', ...file.split(sep)].join('/')
    try {
      return {file: name, path, sheet: parse(readFileSync(path, 'utf8'), {uniqueKeys: true, maxAliasCount: 100}) as unknown}
    } catch (error) {
      throw new Error(name + ': ' + String(error instanceof Error ? error.message : error), {cause: error})
    }
  })
}

/**
 * Vite plugin: `virtual:copydesk-bundled-sheets` holds the knowledge data
 * parsed at build time, so the page ships JSON and not the YAML files. The
 * files are watched, so the dev server reloads when the data changes.
 */
export function bundledSheets(dataFolder: string): Plugin {
  return {
    name: 'copydesk-bundled-sheets',
    resolveId(source) {
      return source === moduleId ? resolvedId : undefined
    },
    load(id) {
      if (id !== resolvedId) return undefined
      let sheets: NamedSheet[]
      try {
        sheets = readBundledData(dataFolder)
      } catch (error) {
        return this.error(error instanceof Error ? error.message : String(error))
      }

      for (const {path} of sheets) this.addWatchFile(path)
      const data = sheets.map(({file, sheet}) => ({file, sheet}))
      // A JSON string literal parses faster in the browser than the same data as a JS object literal.
      return 'export const bundledSheets = JSON.parse(' + JSON.stringify(JSON.stringify(data)) + ')\n'
    }
  }
}
