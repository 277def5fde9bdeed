import type {VFile} from 'vfile'
import type {Severity} from './settings.js'

/**
 * A check across files: given every file of a story package (each already
 * linted by the rule, with what the rule left in `file.data`), it adds
 * messages with `file.message(…)`. It may be async. copydesk stamps the new
 * messages with the rule's id, source, url and severity.
 */
export type CorpusCheck<Options> = (files: VFile[], options: Options | undefined) => unknown

/**
 * What a rule's corpus check reads of one linted file, as JSON-ready data,
 * so files linted elsewhere (a worker thread, another shard of an archive)
 * can join the check: `toJSON` takes it from `file.data` (`undefined`: the
 * rule left nothing), `fromJSON` puts it back on a file, throwing a
 * `TypeError` that says what is wrong when the data is not in that shape.
 */
export interface CorpusData<Options> {
  toJSON(file: VFile): unknown
  fromJSON(file: VFile, data: unknown, options: Options | undefined): void
}

/**
 * A rule as the preset knows it.
 */
export interface RuleEntry {
  /** Rule id, equal to the `ruleId` of its messages: `scrape-residue`. */
  readonly id: string
  /** Severity when the settings do not name the rule. */
  readonly severity: Severity
  /** Documentation of the rule. */
  readonly url: string
  /** Settings the rule receives as options: `date` and `knowledge` (style sheet paths). */
  readonly needs: {readonly date: boolean; readonly knowledge: boolean}
  /** The `unified-lint-rule` plugin, given `[severity, options]`. */
  plugin(config?: [Severity, unknown?]): unknown
  /** The rule's check across files, if it has one. */
  corpus?(files: VFile[], options: unknown): unknown
  /** What the check across files reads of a file, as JSON (rules with a `corpus` check). */
  corpusData?: CorpusData<unknown>
}

/**
 * What `defineRule` takes: the rule's package (folder name), its plugin and
 * corpus check with matching option types, its default severity and what it
 * needs from the settings.
 */
export interface RuleDefinition<Options> {
  id: string
  /** Folder under `packages/` (it names the documentation url). */
  folder: string
  plugin: (config?: [Severity, Options?]) => unknown
  corpus?: CorpusCheck<Options> | undefined
  /** Goes with `corpus`: without it, files linted in worker threads or other shards are left out of the check. */
  corpusData?: CorpusData<Options> | undefined
  severity: Severity
  needs?: ReadonlyArray<'date' | 'knowledge'> | undefined
}

/**
 * Make a registry entry, keeping the rule's own option type checked between
 * its plugin and its corpus check.
 */
export function defineRule<Options>(definition: RuleDefinition<Options>): RuleEntry {
  const needs = new Set(definition.needs)
  const entry: RuleEntry = {
    id: definition.id,
    severity: definition.severity,
    url: `https://github.com/copydesk/copydesk/tree/main/packages/${definition.folder}#readme`,
    needs: {date: needs.has('date'), knowledge: needs.has('knowledge')},
    plugin: definition.plugin as RuleEntry['plugin']
  }
  if (definition.corpus) entry.corpus = definition.corpus as NonNullable<RuleEntry['corpus']>
  if (definition.corpusData) entry.corpusData = definition.corpusData as CorpusData<unknown>
  return entry
}
