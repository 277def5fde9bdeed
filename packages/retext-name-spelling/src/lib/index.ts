import {findMentions} from '@copydesk/mentions'
import type {Root} from 'nlcst'
import {lintRule} from 'unified-lint-rule'
import {clusters, judge, occurrences} from './consistency.js'
import {flaggedMentions} from './corpus.js'
import {optionsFromConfig, resolveOptions, type Options} from './options.js'
import {checkOrganisations} from './organisations.js'
import {checkPeople} from './people.js'
import {createReporter, url} from './report.js'

const base = lintRule<Root, Options | null | undefined>(
  {origin: 'copydesk:name-spelling', url},
  (tree, file, options) => {
    const settings = resolveOptions(options)
    const mentions = findMentions(tree, file, settings.knowledge)
    const report = createReporter(tree, file)
    const flagged = checkPeople(mentions, settings.knowledge, settings.maxDistance, report)
    flaggedMentions.set(file, flagged)
    checkOrganisations(mentions, settings.knowledge, report)
    if (!settings.consistency) return
    for (const cluster of clusters(occurrences(file, mentions, settings.knowledge, flagged))) {
      for (const {finding} of judge(cluster, (occurrence) => 'at ' + occurrence.place.start.line + ':' + occurrence.place.start.column)) {
        report(finding)
      }
    }
  }
)

/**
 * retext rule `name-spelling`: names of people and organisations spelt unlike
 * the knowledge (or unlike themselves elsewhere in the text). Options are
 * checked, and the knowledge loaded, when the plugin is attached.
 */
const retextNameSpelling: typeof base = function (config) {
  resolveOptions(optionsFromConfig(config))
  return base(config)
}

Object.defineProperty(retextNameSpelling, 'name', {value: 'copydesk:name-spelling'})

export default retextNameSpelling
