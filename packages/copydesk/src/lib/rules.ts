import retextGarbledPunctuation from '@copydesk/retext-garbled-punctuation'
import retextScrapeResidue from '@copydesk/retext-scrape-residue'
import {defineRule, type RuleEntry} from './rule-entry.js'

/**
 * Every rule copydesk runs, with the severity it has unless configured.
 * A rule is added with one `defineRule` line; the preset, the CLI, the seeds
 * test and the benchmark all read this list.
 */
export const rules: ReadonlyArray<RuleEntry> = [
  // Page debris (ALSO READ links, share bars, navigation) is never part of the
  // story; publishing it is always a mistake, so it fails the run.
  defineRule({id: 'scrape-residue', folder: 'retext-scrape-residue', plugin: retextScrapeResidue, severity: 'error'}),
  // Punctuation slips are real but some (a semicolon before a capital, mixed
  // apostrophes) are judgement calls for the desk, so they warn.
  defineRule({id: 'garbled-punctuation', folder: 'retext-garbled-punctuation', plugin: retextGarbledPunctuation, severity: 'warn'})
]
