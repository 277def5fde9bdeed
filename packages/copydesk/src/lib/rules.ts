import retextDateConsistency, {
  corpus as dateConsistencyCorpus,
  corpusDataFromJSON as dateConsistencyFromJSON,
  corpusDataToJSON as dateConsistencyToJSON
} from '@copydesk/retext-date-consistency'
import retextGarbledPunctuation from '@copydesk/retext-garbled-punctuation'
import retextNameSpelling, {
  corpus as nameSpellingCorpus,
  corpusDataFromJSON as nameSpellingFromJSON,
  corpusDataToJSON as nameSpellingToJSON
} from '@copydesk/retext-name-spelling'
import retextPersonTitles, {
  corpus as personTitlesCorpus,
  corpusDataFromJSON as personTitlesFromJSON,
  corpusDataToJSON as personTitlesToJSON
} from '@copydesk/retext-person-titles'
import retextScrapeResidue from '@copydesk/retext-scrape-residue'
import {defineRule, type RuleEntry} from './rule-entry.js'

/**
 * Every rule copydesk runs, with the severity it has unless configured.
 * A rule is added with one `defineRule` line; the preset, the CLI, the seeds
 * test and the benchmark all read this list.
 */
export const rules: ReadonlyArray<RuleEntry> = [
  // A public figure's name spelt wrong is the correction a paper least wants to
  // print; the rule only fires near a known name, so it fails the run.
  defineRule({
    id: 'name-spelling',
    folder: 'retext-name-spelling',
    plugin: retextNameSpelling,
    corpus: nameSpellingCorpus,
    corpusData: {toJSON: nameSpellingToJSON, fromJSON: nameSpellingFromJSON},
    severity: 'error',
    needs: ['knowledge']
  }),
  // A title the person did not hold, or two titles for one person, is a
  // correction waiting to happen; the rule names the office held, so it fails the run.
  defineRule({
    id: 'person-title',
    folder: 'retext-person-titles',
    plugin: retextPersonTitles,
    corpus: personTitlesCorpus,
    corpusData: {toJSON: personTitlesToJSON, fromJSON: personTitlesFromJSON},
    severity: 'error',
    needs: ['date', 'knowledge']
  }),
  // Days and dates that cannot all be true mislead readers about when things
  // happen; each finding names both mentions, so it fails the run.
  defineRule({
    id: 'date-consistency',
    folder: 'retext-date-consistency',
    plugin: retextDateConsistency,
    corpus: dateConsistencyCorpus,
    corpusData: {toJSON: dateConsistencyToJSON, fromJSON: dateConsistencyFromJSON},
    severity: 'error',
    needs: ['date', 'knowledge']
  }),
  // Page debris (ALSO READ links, share bars, navigation) is never part of the
  // story; publishing it is always a mistake, so it fails the run.
  defineRule({id: 'scrape-residue', folder: 'retext-scrape-residue', plugin: retextScrapeResidue, severity: 'error'}),
  // Punctuation slips are real but some (a semicolon before a capital, mixed
  // apostrophes) are judgement calls for the desk, so they warn.
  defineRule({id: 'garbled-punctuation', folder: 'retext-garbled-punctuation', plugin: retextGarbledPunctuation, severity: 'warn'})
]
