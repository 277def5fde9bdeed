import {readFileSync} from 'node:fs'
import {basename, dirname, join, relative, resolve} from 'node:path'
import type {CorpusRecord, CorpusRecordReader} from 'copydesk'
import {VFile} from 'vfile'
import {writeThroughTemp} from './atomic-write.js'

/** The `format` field of every corpus index. */
export const corpusIndexFormat = 'copydesk-corpus-index'

/** The version of the corpus index format this copydesk reads and writes. */
export const corpusIndexVersion = 1

/**
 * A corpus index (`--corpus-index`): what the corpus checks need of each
 * file of one run, so runs over other shards can compare their files with
 * these (`--corpus-merge`).
 */
export interface CorpusIndex {
  format: typeof corpusIndexFormat
  version: typeof corpusIndexVersion
  /** One record per file, sorted by path. */
  files: CorpusRecord[]
}

/**
 * A corpus index that cannot be written or used: the message says what is
 * wrong with which file.
 */
export class CorpusIndexError extends Error {
  override name = 'CorpusIndexError'
  /** The index file, as given. */
  readonly file: string

  constructor(file: string, reason: string, writing = false) {
    super(`${writing ? 'cannot write corpus index' : 'bad corpus index'} ${file}: ${reason}`)
    this.file = file
  }
}

/**
 * Write `records` as a corpus index at `path` (relative to `cwd`) so that
 * the file is, at every moment, either absent or old or complete: the JSON
 * goes to a temporary file in the same folder, is flushed to disk, then
 * renamed over `path`.
 */
export function writeCorpusIndex(path: string, records: ReadonlyArray<CorpusRecord>, cwd: string): void {
  const target = resolve(cwd, path)
  const index: CorpusIndex = {
    format: corpusIndexFormat,
    version: corpusIndexVersion,
    files: [...records].sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0))
  }
  const temp = join(dirname(target), `.${basename(target)}.copydesk-index-${process.pid}`)
  try {
    writeThroughTemp(target, Buffer.from(JSON.stringify(index) + '\n', 'utf8'), 0o644, temp)
  } catch (error) {
    throw new CorpusIndexError(path, (error as {code?: string}).code ?? (error as Error).message, true)
  }
}

/**
 * Read the corpus index at `path` (relative to `cwd`) into files that the
 * corpus checks can compare, each holding the data its record gives (put
 * back by `read`), with its path relative to `cwd`. Throws a
 * `CorpusIndexError` naming the file and what is wrong: unreadable, not
 * JSON, not a copydesk corpus index, another format version, or a record
 * in the wrong shape (with its number).
 */
export function readCorpusIndex(path: string, cwd: string, read: CorpusRecordReader): VFile[] {
  let text: string
  try {
    text = readFileSync(resolve(cwd, path), 'utf8')
  } catch (error) {
    const code = (error as {code?: string}).code
    throw new CorpusIndexError(path, code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? (error as Error).message})`)
  }

  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new CorpusIndexError(path, `not JSON (${(error as Error).message})`)
  }

  const index = value as Partial<Record<keyof CorpusIndex, unknown>> | null
  if (index === null || typeof index !== 'object' || index.format !== corpusIndexFormat) {
    throw new CorpusIndexError(path, `expected \`"format": "${corpusIndexFormat}"\`: it is not a copydesk corpus index`)
  }
  if (index.version !== corpusIndexVersion) {
    throw new CorpusIndexError(
      path,
      `unsupported \`version\` ${JSON.stringify(index.version)}, expected ${corpusIndexVersion} (write the index again with this copydesk)`
    )
  }
  if (!Array.isArray(index.files)) throw new CorpusIndexError(path, 'expected `files` to be a list')

  return index.files.map((record: unknown, number) => {
    const recordPath = (record as {path?: unknown} | null)?.path
    if (typeof recordPath !== 'string' || recordPath === '' || relative(cwd, resolve(cwd, recordPath)) === '') {
      throw new CorpusIndexError(path, `file ${number + 1}: expected a \`path\``)
    }
    const file = new VFile({path: recordPath, cwd})
    try {
      read(file, record)
    } catch (error) {
      throw new CorpusIndexError(path, `file ${number + 1}: ${(error as Error).message}`)
    }
    return file
  })
}
