import {dirname, relative, resolve} from 'node:path'
import {loadSheets, mergeSettings, rules, validateSettings, type CopydeskSettings} from 'copydesk'
import type {Preset} from 'unified-engine'
import {describeParseError} from './parse-error.js'

/**
 * A configuration file that copydesk cannot use.
 */
export class ConfigError extends Error {
  override name = 'ConfigError'
  /** The file, relative to the working folder. */
  readonly file: string

  constructor(file: string, reason: string) {
    super(reason)
    this.file = file
  }
}

const ruleIds = rules.map((entry) => entry.id)
const configKeys = new Set(['plugins', 'settings'])

/**
 * Make the engine's `configTransform` and `defaultConfig`: each found config
 * file is checked (a `ConfigError` names the file, the key and what was
 * expected), its style sheet paths are made relative to the file's folder,
 * and `overrides` (from flags) are laid over its settings.
 */
export function configHandling(
  cwd: string,
  overrides: CopydeskSettings
): {configTransform: (config: unknown, filePath: string) => Preset; defaultConfig: Preset} {
  return {
    configTransform(config, filePath) {
      const file = relative(cwd, filePath) || filePath
      if (config === null || typeof config !== 'object' || Array.isArray(config)) {
        throw new ConfigError(file, 'expected an object with `settings` (and optionally `plugins`)')
      }
      const record = config as Record<string, unknown>
      for (const key of Object.keys(record)) {
        if (!configKeys.has(key)) {
          throw new ConfigError(file, `Unexpected key \`${key}\`, expected \`settings\` or \`plugins\``)
        }
      }
      let settings: CopydeskSettings
      try {
        settings = validateSettings(record['settings'], 'settings', ruleIds)
      } catch (error) {
        throw new ConfigError(file, error instanceof Error ? error.message : String(error))
      }
      if (settings.knowledge) {
        settings.knowledge = settings.knowledge.map((path) => resolve(dirname(filePath), path))
        checkSheets(settings.knowledge, file)
      }
      const preset: Preset = {settings: {...mergeSettings(settings, overrides)}}
      if (record['plugins'] !== undefined) preset.plugins = record['plugins'] as Preset['plugins']
      return preset
    },
    defaultConfig: {settings: {...overrides}}
  }
}

/**
 * Load style sheets now, so a bad one is reported as a config problem (the
 * loaded knowledge is cached for the rules).
 */
export function checkSheets(sheets: ReadonlyArray<string>, origin: string): void {
  try {
    loadSheets(sheets)
  } catch (error) {
    throw new ConfigError(origin, error instanceof Error ? error.message.split('\n')[0]! : String(error))
  }
}

/**
 * The first `ConfigError` in an error's chain of causes, or a config file
 * the engine could not parse (invalid JSON or YAML), as a `ConfigError`.
 */
export function findConfigError(error: unknown): ConfigError | undefined {
  let cause: unknown = error
  let unparsable: string | undefined
  const seen = new Set<unknown>()
  while (cause && typeof cause === 'object' && !seen.has(cause)) {
    seen.add(cause)
    if (cause instanceof ConfigError) return cause
    const message = (cause as {message?: unknown}).message
    if (typeof message === 'string') {
      const match = /^Cannot (?:parse|read)(?: given)? file `(.+)`$/.exec(message)
      if (match) unparsable = match[1]
      else if (unparsable) return new ConfigError(unparsable, describeParseError(cause as {message: string; fileName?: unknown}))
      const plugin = /^Cannot find module `(.+)`$/.exec(message)
      if (plugin) return new ConfigError('configuration', `cannot find plugin \`${plugin[1]}\``)
    }
    cause = (cause as {cause?: unknown}).cause
  }
  return unparsable ? new ConfigError(unparsable, 'cannot parse it') : undefined
}
