import type {Root} from 'nlcst'
import {lintRule} from 'unified-lint-rule'
import {optionsFromConfig, validateOptions, type Options} from './options.js'
import {url} from './report.js'
import {checkDocument} from './rule.js'

const base = lintRule<Root, Options | null | undefined>(
  {origin: 'copydesk:date-consistency', url},
  (tree, file, options) => {
    checkDocument(tree, file, validateOptions(options))
  }
)

/**
 * retext rule `date-consistency`: days and dates that cannot all be true.
 * Options are checked when the plugin is attached, so a bad `date` throws
 * there and then.
 */
const retextDateConsistency: typeof base = function (config) {
  validateOptions(optionsFromConfig(config))
  return base(config)
}

Object.defineProperty(retextDateConsistency, 'name', {value: 'copydesk:date-consistency'})

export default retextDateConsistency
