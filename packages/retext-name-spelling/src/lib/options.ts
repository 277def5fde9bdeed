import {loadKnowledge, type Knowledge, type LoadOptions, type StyleSheet} from '@copydesk/knowledge'

/**
 * Configuration of `name-spelling`: `sheets` (newsroom style sheets, paths or
 * objects, default none) and `bundled` (use the bundled data, default `true`)
 * load the knowledge as `loadKnowledge` does, unless `knowledge` is given.
 */
export interface Options extends LoadOptions {
  /** Knowledge to check names against (default: `loadKnowledge({sheets, bundled})`). */
  knowledge?: Knowledge | null | undefined
  /** Largest edit distance between a name in the text and a known name for it to count as a misspelling (default: `2`). */
  maxDistance?: number | null | undefined
  /** Whether to flag two spellings of one name that the knowledge does not decide between (default: `true`). */
  consistency?: boolean | null | undefined
}

/** Options resolved once: the knowledge loaded and indexed, defaults filled in. */
export interface Settings {
  knowledge: Knowledge
  maxDistance: number
  consistency: boolean
}

const resolved = new WeakMap<object, Settings>()
let defaults: Settings | undefined

/**
 * The options part of what a lint rule is given: options, a severity, or
 * `[severity, options]`.
 */
export function optionsFromConfig(config: unknown): unknown {
  if (Array.isArray(config)) return config[1]
  if (typeof config === 'string' || typeof config === 'number' || typeof config === 'boolean') return undefined
  return config
}

/**
 * Check options and resolve them (load the knowledge). Cached per options
 * object, so a processor's files share one knowledge. Throws a `TypeError`
 * naming the option when one is invalid.
 */
export function resolveOptions(options: unknown): Settings {
  if (options === null || options === undefined) {
    defaults ??= {knowledge: loadKnowledge(), maxDistance: 2, consistency: true}
    return defaults
  }

  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('Unexpected value `' + String(options) + '` for `options`, expected an object')
  }

  const cached = resolved.get(options)
  if (cached) return cached
  const settings = check(options as Record<string, unknown>)
  resolved.set(options, settings)
  return settings
}

const known = new Set(['knowledge', 'sheets', 'bundled', 'maxDistance', 'consistency'])

function check(options: Record<string, unknown>): Settings {
  for (const key of Object.keys(options)) {
    if (!known.has(key)) {
      throw new TypeError('Unexpected option `' + key + '`, expected one of ' + [...known].map((name) => '`' + name + '`').join(', '))
    }
  }

  const {knowledge, sheets, bundled, maxDistance, consistency} = options
  if (knowledge !== undefined && knowledge !== null && !isKnowledge(knowledge)) {
    throw new TypeError('Unexpected value for `knowledge`, expected a `Knowledge` from `@copydesk/knowledge`')
  }

  if (sheets !== undefined && sheets !== null && !Array.isArray(sheets)) {
    throw new TypeError('Unexpected value `' + String(sheets) + '` for `sheets`, expected an array of paths or style sheets')
  }

  if (bundled !== undefined && bundled !== null && typeof bundled !== 'boolean') {
    throw new TypeError('Unexpected value `' + String(bundled) + '` for `bundled`, expected a boolean')
  }

  if (
    maxDistance !== undefined &&
    maxDistance !== null &&
    (typeof maxDistance !== 'number' || !Number.isInteger(maxDistance) || maxDistance < 1 || maxDistance > 4)
  ) {
    throw new TypeError('Unexpected value `' + String(maxDistance) + '` for `maxDistance`, expected an integer from 1 to 4')
  }

  if (consistency !== undefined && consistency !== null && typeof consistency !== 'boolean') {
    throw new TypeError('Unexpected value `' + String(consistency) + '` for `consistency`, expected a boolean')
  }

  return {
    knowledge: isKnowledge(knowledge)
      ? knowledge
      : loadKnowledge({
          sheets: (sheets as ReadonlyArray<string | StyleSheet> | null | undefined) ?? null,
          bundled: (bundled as boolean | null | undefined) ?? true
        }),
    maxDistance: (maxDistance as number | null | undefined) ?? 2,
    consistency: (consistency as boolean | null | undefined) ?? true
  }
}

function isKnowledge(value: unknown): value is Knowledge {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Knowledge).personByName === 'function' &&
    typeof (value as Knowledge).similarPeople === 'function'
  )
}
