import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {runCorpus} from './corpus.js'
import {corpusRecordReader, toCorpusRecord, type CorpusRecordReader} from './corpus-record.js'
import {loadSheets} from './knowledge-loader.js'
import {rules} from './rules.js'
import {lintSegments} from './lint-segments.js'
import {releaseTree} from './release-tree.js'
import {copydeskParse, formatOf, type Format} from './parser.js'
import {segmentLength} from './segments.js'
import {copydesk} from './copydesk.js'
import type {CopydeskSettings, RuleSetting} from './settings.js'

/**
 * Options of the library functions.
 */
export interface LintOptions {
  /** Path of the file, for messages and to choose the format from its extension (default: none, plain text). */
  path?: string | null | undefined
  /** Format, whatever the extension (default: from `path`). */
  format?: Format | null | undefined
  /** Date the copy was written, `YYYY-MM-DD` (default: worked out from the text). */
  date?: string | null | undefined
  /** Per rule id, `'off'`, `'warn'`, `'error'` or `[severity, options]` (default: each rule's severity). */
  rules?: Record<string, RuleSetting> | null | undefined
  /** Paths of newsroom style sheets (default: none). */
  knowledge?: string[] | null | undefined
  /**
   * Texts longer than this many characters are linted in segments of about
   * this size, cut at paragraph boundaries, so memory stays that of one
   * segment (default: `2_000_000`; `lintText` and `lintFiles` without `corpus` only).
   */
  segmentLength?: number | null | undefined
}

/**
 * A unified processor that parses text or Markdown and runs every copydesk
 * rule, configured by `options` (over any `settings` given to the processor).
 */
export function createProcessor(options?: LintOptions | null): Processor<Root, Root, Root> {
  return unified()
    .use(copydeskParse, {format: options?.format ?? undefined})
    .use(copydesk, settingsOf(options, false))
}

/**
 * Lint one text.
 */
export async function lintText(text: string, options?: LintOptions | null): Promise<VFile> {
  const file = new VFile({value: text})
  if (options?.path) file.path = options.path
  await lintOne(file, options, createProcessor(options))
  return file
}

/**
 * Lint one file with `processor` (made by `createProcessor(options)`, and
 * shared by the files of one call), in segments when it is long.
 */
export async function lintOne(file: VFile, options: LintOptions | null | undefined, processor: Processor<Root, Root, Root>): Promise<void> {
  const length = options?.segmentLength ?? segmentLength
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 1) {
    throw new TypeError(`Unexpected \`${String(length)}\` for \`options.segmentLength\`, expected a positive whole number`)
  }
  const text = String(file)
  if (text.length <= length) return lintWith(processor, file)
  const processorFor = (date: string | undefined) => (date === undefined || options?.date ? processor : createProcessor({...options, date}))
  await lintSegments(processorFor, file, options?.format ?? formatOf(file), length)
}

/**
 * Lint several texts as one story package: each file on its own, then the
 * rules' checks across files, once, over all of them.
 */
export async function lintCorpus(
  files: ReadonlyArray<VFile | {path: string; value: string}>,
  options?: Omit<LintOptions, 'path'> | null
): Promise<VFile[]> {
  const processor = unified()
    .use(copydeskParse, {format: options?.format ?? undefined})
    .use(copydesk, settingsOf(options, true))
  const vfiles = files.map((file) => (file instanceof VFile ? file : new VFile({path: file.path, value: file.value})))
  const restore = corpusRecordReader(rules, loadSheets)
  for (const file of vfiles) {
    // Linted on a copy, so what rules leave per file (their data, and
    // entries of weak maps keyed by the file) goes with the copy, and the
    // given file gets only what `compact` hands it.
    const work = new VFile({path: file.path, value: file.value, data: {...file.data}})
    work.history = [...file.history]
    await lintWith(processor, work)
    compact(work, file, restore)
  }
  await runCorpus(vfiles)
  return vfiles
}

/** What a linted file keeps on `file.data` besides what its corpus record restores. */
const kept = new Set<string>(['copydeskControl', 'copydeskDocumentDate', 'frontMatter', 'copydeskComments'])

/**
 * Give `file` the messages of `work` (the same file, linted) without their
 * `ancestors`, and of its data only what the checks across files need, as
 * its corpus record holds it (no nodes): otherwise every file's tree stays
 * in memory until the last file is done (a corpus of 10,000 articles would
 * take gigabytes).
 */
function compact(work: VFile, file: VFile, restore: CorpusRecordReader): void {
  releaseTree(work)
  for (const message of work.messages) file.messages.push(message)
  const data = work.data as Record<string, unknown>
  for (const key of kept) if (data[key] !== undefined) (file.data as Record<string, unknown>)[key] = data[key]
  const record = toCorpusRecord(work, work.path ?? '')
  if (record) restore(file, JSON.parse(JSON.stringify(record)) as unknown)
}

async function lintWith(processor: Processor<Root, Root, Root>, file: VFile): Promise<void> {
  const tree = processor.parse(file)
  await processor.run(tree, file)
}

function settingsOf(options: LintOptions | null | undefined, corpus: boolean): CopydeskSettings {
  const settings: CopydeskSettings = {}
  if (options?.rules) settings.rules = options.rules
  if (options?.date) settings.date = options.date
  if (options?.knowledge) settings.knowledge = options.knowledge
  if (corpus) settings.corpus = true
  return settings
}
