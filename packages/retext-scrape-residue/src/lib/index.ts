import type {Root} from 'nlcst'
import {lintRule} from 'unified-lint-rule'
import {checkTree} from './check.js'
import type {Options} from './options.js'
import {settingsFor} from './settings.js'

/** Severities `unified-lint-rule` accepts in place of options. */
const severities = new Set<unknown>([0, 1, 2, true, false, 'off', 'on', 'warn', 'error'])

const rule = lintRule<Root, Readonly<Options> | null | undefined>(
  {
    origin: 'copydesk:scrape-residue',
    url: 'https://github.com/copydesk/copydesk/tree/main/packages/retext-scrape-residue#readme'
  },
  (tree, file, options) => {
    checkTree(tree, file, settingsFor(severities.has(options) ? undefined : options))
  }
)

/**
 * Report web-page debris pasted into copy: link teasers, share and comment
 * widgets, navigation bars, labels, cookie notices, protected e-mail
 * addresses, link labels run together, repeated headlines and the
 * publisher's appeals.
 *
 * Takes options, a severity, or `[severity, options]`, as every
 * `unified-lint-rule` rule; options are checked (a bad one throws a
 * `TypeError`) and indexed when the plugin is attached, not per file.
 */
const retextScrapeResidue: typeof rule = function (config) {
  settingsFor(optionsOf(config) as Readonly<Options> | null | undefined)
  return rule(config)
}

/**
 * The options in a config as `unified-lint-rule` reads it: the second item of
 * `[severity, options]`, nothing for a bare severity, else the config itself.
 */
function optionsOf(config: unknown): unknown {
  if (Array.isArray(config) && severities.has(config[0])) return config[1]
  return severities.has(config) ? undefined : config
}

Object.defineProperty(retextScrapeResidue, 'name', {value: 'copydesk:scrape-residue'})

export default retextScrapeResidue
