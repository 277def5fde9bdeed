import type {Root} from 'nlcst'
import {lintRule} from 'unified-lint-rule'
import {optionsFromConfig, resolveOptions, type Options} from './options.js'
import {checkDocument} from './rule.js'

const base = lintRule<Root, Options | null | undefined>(
  {
    origin: 'copydesk:garbled-punctuation',
    url: 'https://github.com/copydesk/copydesk/tree/main/packages/retext-garbled-punctuation#readme'
  },
  (tree, file, options) => {
    checkDocument(tree, file, resolveOptions(options))
  }
)

/**
 * retext rule `garbled-punctuation`: what editing leaves behind when a
 * sentence is cut or spliced. Options are checked and indexed when the plugin
 * is attached, so a bad option throws there and then.
 */
const retextGarbledPunctuation: typeof base = function (config) {
  resolveOptions(optionsFromConfig(config))
  return base(config)
}

Object.defineProperty(retextGarbledPunctuation, 'name', {value: 'copydesk:garbled-punctuation'})

export default retextGarbledPunctuation
