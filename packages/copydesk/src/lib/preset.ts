import type {Knowledge} from '@copydesk/knowledge/browser'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import {corpusCompleter, type CorpusPlanItem, type FileSetLike} from './corpus.js'
import {copydeskControl} from './message-control.js'
import type {RuleEntry} from './rule-entry.js'
import {validateSettings, type CopydeskSettings, type RuleSetting, type Severity} from './settings.js'

/**
 * How a preset is built, beyond its rules.
 */
export interface PresetOptions {
  /**
   * Make the knowledge (bundled data plus the given style sheets) handed to
   * rules that need it as their `knowledge` option (default: none, so such
   * rules fall back on their own defaults). Reading style sheets needs a file
   * system, so this is given by the caller: the Node.js entry passes a
   * loader, a browser build would pass one over sheets it already holds.
   */
  loadKnowledge?: ((sheets: ReadonlyArray<string>) => Knowledge) | null | undefined
}

/**
 * A rule as it will run: its entry, severity and final options.
 */
export interface ResolvedRule {
  entry: RuleEntry
  severity: Severity
  /** Options given to the rule, with `date` and `knowledge` for rules that need them. */
  options: unknown
  /** Identifies the configuration (not the loaded knowledge), to group files for corpus checks. */
  key: string
}

/**
 * Make the copydesk preset as a plugin over `registry`: it attaches every
 * rule with its severity and options, from unified settings (`settings` of
 * a `.copydeskrc` file, through unified-engine) overridden by the plugin's
 * options. With `corpus` on and a file set (unified-engine passes one), the
 * rules' checks across files run once after all files are linted.
 */
export function createPreset(
  registry: ReadonlyArray<RuleEntry>,
  presetOptions?: PresetOptions | null
): Plugin<[(CopydeskSettings | null | undefined)?, (FileSetLike | null | undefined)?], Root> {
  const ids = registry.map((entry) => entry.id)
  const loadKnowledge = presetOptions?.loadKnowledge ?? undefined

  return function (options, fileSet) {
    const settings = mergeSettings(
      validateSettings(this.data('settings'), 'settings', ids),
      validateSettings(options, 'options', ids)
    )
    const plan = resolveRules(registry, settings, loadKnowledge)

    for (const {entry, severity, options} of plan) {
      if (severity === 'off') continue
      this.use(entry.plugin as Plugin<[[Severity, unknown?]], Root>, [severity, options])
    }
    // Used after the rules, so its transformer runs once they have all reported.
    this.use(copydeskControl, {ruleIds: ids})

    const corpusPlan: CorpusPlanItem[] = []
    if (settings.corpus) {
      for (const {entry, severity, options, key} of plan) {
        if (severity !== 'off' && entry.corpus) corpusPlan.push({entry, severity, options, key})
      }
    }
    if (corpusPlan.length === 0) return

    if (fileSet) fileSet.use(corpusCompleter)
    return function (_, file) {
      file.data.copydeskCorpus = corpusPlan
    }
  }
}

/**
 * Later settings win: rules key by key, other fields whole.
 */
export function mergeSettings(...layers: ReadonlyArray<CopydeskSettings>): CopydeskSettings {
  const result: CopydeskSettings = {}
  for (const layer of layers) {
    if (layer.rules) result.rules = {...result.rules, ...layer.rules}
    if (layer.date !== undefined) result.date = layer.date
    if (layer.knowledge !== undefined) result.knowledge = layer.knowledge
    if (layer.corpus !== undefined) result.corpus = layer.corpus
    if (layer.segmentLength !== undefined) result.segmentLength = layer.segmentLength
  }
  return result
}

/**
 * Each rule of `registry` with the severity and options `settings` give it.
 * Rules that need the date get `date`; rules that need knowledge get
 * `knowledge` from `loadKnowledge` (made only when such a rule is on);
 * a rule's own options win over both.
 */
export function resolveRules(
  registry: ReadonlyArray<RuleEntry>,
  settings: CopydeskSettings,
  loadKnowledge?: ((sheets: ReadonlyArray<string>) => Knowledge) | undefined
): ResolvedRule[] {
  let knowledge: Knowledge | undefined
  return registry.map((entry) => {
    const setting: RuleSetting | undefined = settings.rules?.[entry.id]
    const severity = setting === undefined ? entry.severity : typeof setting === 'string' ? setting : setting[0]
    const own = Array.isArray(setting) ? setting[1] : undefined
    const shared: Record<string, unknown> = {}
    if (entry.needs.date && settings.date !== undefined) shared['date'] = settings.date
    if (entry.needs.knowledge && loadKnowledge && severity !== 'off') {
      knowledge ??= loadKnowledge(settings.knowledge ?? [])
      shared['knowledge'] = knowledge
    }
    const key = JSON.stringify([own ?? null, entry.needs.date ? (settings.date ?? null) : null, entry.needs.knowledge ? (settings.knowledge ?? []) : []])
    return {entry, severity, options: withShared(own, shared), key}
  })
}

/**
 * The options `resolveRules` gave `entry` for the configuration `key` it
 * made (so a file linted elsewhere, known by its key, is checked with the
 * same options). Throws a `TypeError` when `key` is not such a key.
 */
export function optionsForKey(
  entry: RuleEntry,
  key: string,
  loadKnowledge?: ((sheets: ReadonlyArray<string>) => Knowledge) | undefined
): unknown {
  let parsed: unknown
  try {
    parsed = JSON.parse(key)
  } catch {
    parsed = undefined
  }
  const [own, date, sheets] = Array.isArray(parsed) ? (parsed as unknown[]) : []
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    (date !== null && typeof date !== 'string') ||
    !Array.isArray(sheets) ||
    !sheets.every((sheet) => typeof sheet === 'string')
  ) {
    throw new TypeError('expected a configuration key `[options, date, style sheets]`')
  }
  const shared: Record<string, unknown> = {}
  if (entry.needs.date && date !== null) shared['date'] = date
  if (entry.needs.knowledge && loadKnowledge) shared['knowledge'] = loadKnowledge(sheets as string[])
  return withShared(own ?? undefined, shared)
}

function withShared(own: unknown, shared: Record<string, unknown>): unknown {
  if (Object.keys(shared).length === 0) return own
  if (own === undefined || own === null) return shared
  if (typeof own === 'object' && !Array.isArray(own)) return {...shared, ...own}
  return own
}
