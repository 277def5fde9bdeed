import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {runCorpus} from './corpus.js'
import {copydeskParse, type Format} from './parser.js'
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
  await lintWith(createProcessor(options), file)
  return file
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
  for (const file of vfiles) await lintWith(processor, file)
  await runCorpus(vfiles)
  return vfiles
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
