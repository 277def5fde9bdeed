import type {Knowledge} from '@copydesk/knowledge/browser'
import type {VFile} from 'vfile'
import type {CorpusPlanItem} from './corpus.js'
import {optionsForKey} from './preset.js'
import type {RuleEntry} from './rule-entry.js'

/**
 * What the checks across files need of one linted file, as JSON: which
 * rules planned a check for it (with severity and configuration key) and
 * what each rule left on `file.data`, from the rule's `corpusData.toJSON`.
 */
export interface CorpusRecord {
  /** Path of the file (relative to the working folder, with `/`). */
  path: string
  plan: CorpusPlanRecord[]
  /** Rule id to that rule's data. */
  data: Record<string, unknown>
}

/**
 * One planned corpus check of a file, as JSON.
 */
export interface CorpusPlanRecord {
  rule: string
  severity: 'warn' | 'error'
  /** Configuration key (see `ResolvedRule.key`). */
  key: string
}

/**
 * Puts a `CorpusRecord` back on a file (see `corpusRecordReader`).
 */
export type CorpusRecordReader = (file: VFile, record: unknown) => void

/**
 * The corpus record of a linted file, or `undefined` when no corpus check
 * was planned for it (corpus mode off, or every such rule off).
 */
export function toCorpusRecord(file: VFile, path: string): CorpusRecord | undefined {
  const plan = file.data.copydeskCorpus
  if (!plan || plan.length === 0) return undefined
  const data: Record<string, unknown> = {}
  for (const {entry} of plan) {
    const value = entry.corpusData?.toJSON(file)
    if (value !== undefined) data[entry.id] = value
  }
  return {path, plan: plan.map(({entry, severity, key}) => ({rule: entry.id, severity, key})), data}
}

/**
 * Make a function that puts records made by `toCorpusRecord` back on files
 * (`file.data.copydeskCorpus` and each rule's data), so they can join
 * `runCorpus` as if linted here. Rules come from `registry` by id; options
 * are rebuilt from each configuration key once, with knowledge from
 * `loadKnowledge`. Throws a `TypeError` naming the part of the record that
 * is wrong.
 */
export function corpusRecordReader(
  registry: ReadonlyArray<RuleEntry>,
  loadKnowledge?: ((sheets: ReadonlyArray<string>) => Knowledge) | null
): CorpusRecordReader {
  const byId = new Map(registry.filter((entry) => entry.corpus).map((entry) => [entry.id, entry]))
  const ids = [...byId.keys()].map((id) => `\`${id}\``).join(', ')
  // One item per rule, severity and key: files configured alike share options (and their caches).
  const items = new Map<string, CorpusPlanItem>()

  return function (file, record) {
    const value = record as Partial<Record<keyof CorpusRecord, unknown>> | null
    if (value === null || typeof value !== 'object' || typeof value.path !== 'string') {
      throw new TypeError('expected an object with `path`, `plan` and `data`')
    }
    const data = value.data as Record<string, unknown> | null | undefined
    if (!Array.isArray(value.plan) || data === null || typeof data !== 'object' || Array.isArray(data)) {
      throw new TypeError(`expected \`plan\` (a list) and \`data\` (an object) for \`${value.path}\``)
    }

    const plan: CorpusPlanItem[] = []
    for (const planned of value.plan as Array<Partial<CorpusPlanRecord> | null>) {
      const entry = typeof planned?.rule === 'string' ? byId.get(planned.rule) : undefined
      if (!entry) throw new TypeError(`unknown rule \`${String(planned?.rule)}\` in the plan of \`${value.path}\`, expected one of ${ids}`)
      const {severity, key} = planned!
      if ((severity !== 'warn' && severity !== 'error') || typeof key !== 'string') {
        throw new TypeError(`expected a \`severity\` (\`warn\` or \`error\`) and a \`key\` for \`${entry.id}\` in \`${value.path}\``)
      }
      const id = entry.id + '\u0000' + severity + '\u0000' + key
      let item = items.get(id)
      if (!item) {
        let options: unknown
        try {
          options = optionsForKey(entry, key, loadKnowledge ?? undefined)
        } catch (error) {
          throw new TypeError(`bad \`key\` for \`${entry.id}\` in \`${value.path}\`: ${(error as Error).message}`)
        }
        items.set(id, (item = {entry, severity, options, key}))
      }
      if (data[entry.id] !== undefined) {
        try {
          entry.corpusData?.fromJSON(file, data[entry.id], item.options)
        } catch (error) {
          throw new TypeError(`bad \`${entry.id}\` data for \`${value.path}\`: ${(error as Error).message}`)
        }
      }
      plan.push(item)
    }
    file.data.copydeskCorpus = plan
  }
}
