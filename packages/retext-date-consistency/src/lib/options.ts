import {validateDateOption, type DocumentDateOptions} from '@copydesk/document-date'

/**
 * Configuration.
 */
export interface Options {
  /**
   * The document's date as `YYYY-MM-DD`. Default: found in the document
   * (front matter, dateline, or the roles it states; see
   * `@copydesk/document-date`).
   */
  date?: string | null | undefined
  /**
   * Knowledge used to date a document by the roles it states. Default: none
   * (roles are not used).
   */
  knowledge?: DocumentDateOptions['knowledge']
}

const severities = new Set<unknown>([false, true, 0, 1, 2, 'off', 'on', 'warn', 'error'])

/**
 * The options inside a `unified-lint-rule` configuration (`options`,
 * `[severity, options]` or a bare severity).
 */
export function optionsFromConfig(config: unknown): unknown {
  if (Array.isArray(config)) return severities.has(config[0]) ? config[1] : config
  return severities.has(config) ? undefined : config
}

/**
 * Check options when the plugin is attached.
 *
 * @throws {TypeError} naming the option and what was expected.
 */
export function validateOptions(value: unknown): Options {
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`Unexpected options \`${String(value)}\`, expected an object such as \`{date: '2022-01-09'}\``)
  }

  const options = value as Record<string, unknown>
  const result: Options = {}
  if (options['date'] !== undefined && options['date'] !== null) result.date = validateDateOption(options['date'])
  const knowledge = options['knowledge']
  if (knowledge !== undefined && knowledge !== null) {
    if (typeof knowledge !== 'object' || typeof (knowledge as {rolesMatching?: unknown}).rolesMatching !== 'function') {
      throw new TypeError(
        'Unexpected `knowledge` option, expected a knowledge base from `@copydesk/knowledge` (`createKnowledge(sheets)`)'
      )
    }

    result.knowledge = knowledge as Options['knowledge']
  }

  return result
}
