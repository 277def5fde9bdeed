import type {Root} from 'nlcst'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import {checkFile} from './check-file.js'
import {settingsFor, type Options} from './options.js'
import {report, url, type Finding} from './report.js'

/** House-style advice of a run, reported once `unified-lint-rule` has stamped the findings. */
const advice = new WeakMap<VFile, Finding[]>()

const base = lintRule<Root, Options | null | undefined>(
  {origin: 'copydesk:person-title', url},
  (tree, file, options) => {
    const result = checkFile(tree, file, settingsFor(options))
    report(file, tree, result.findings)
    advice.set(file, result.advice)
  }
)

/**
 * retext rule `person-title`: a person given a title that was not theirs at
 * the time of the text, or two titles that cannot both be right. Options are
 * checked, and the knowledge loaded, when the plugin is attached.
 *
 * House-style advice (capitals of titles) is added after the rule's findings,
 * as `info` messages: `unified-lint-rule` gives every message of the rule its
 * severity, and advice must stay below it.
 */
const retextPersonTitles: typeof base = function (config) {
  const transform = base(config)
  if (!transform) return undefined
  // As `unified-lint-rule` reads it: `[severity, options]`, or options alone.
  settingsFor(Array.isArray(config) ? config[1] : config)
  return function (tree, file, next) {
    return transform(tree, file, (error) => {
      const found = advice.get(file)
      advice.delete(file)
      if (!error && found) report(file, tree, found, true)
      next(error)
    })
  }
}

Object.defineProperty(retextPersonTitles, 'name', {value: 'copydesk:person-title'})

export default retextPersonTitles
