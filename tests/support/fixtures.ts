import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {lintText} from '../../packages/copydesk/src/index.js'
import {root} from './cli.js'

/** The folder of original, fact-checked wire-style articles that copydesk must pass clean. */
export const wellEditedFolder = join(root, 'tests/fixtures/well-edited')

/** One article of the well-edited corpus. */
export interface Article {
  /** File name inside the folder (`01-iran-nuclear-deal-vienna.txt`). */
  name: string
  /** Absolute path. */
  path: string
  /** The text, as on disk. */
  value: string
}

/** Every `.txt` and `.md` article of the well-edited corpus, by name. */
export function readArticles(): Article[] {
  return readdirSync(wellEditedFolder)
    .filter((name) => /\.(?:txt|md)$/.test(name) && !/^[A-Z-]+\.md$/.test(name))
    .sort()
    .map((name) => {
      const path = join(wellEditedFolder, name)
      return {name, path, value: readFileSync(path, 'utf8')}
    })
}

/** Words as a copy editor counts them: runs of characters between white space. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0
}

/** A linted file, as the library returns it. */
export type LintedFile = Awaited<ReturnType<typeof lintText>>

/** One message as `file:line:col rule reason`, for failure output. */
export function describeMessage(file: LintedFile, message: LintedFile['messages'][number]): string {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const where = start ? `${start.line}:${start.column}` : '?'
  return `${file.basename ?? file.path}:${where} ${message.ruleId ?? '?'} ${message.reason}${message.actual ? ` [${message.actual}]` : ''}`
}
