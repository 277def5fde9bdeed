export {createKnowledge} from './lib/create-knowledge.js'
export {StyleSheetError, formatIssue, type StyleSheetIssue} from './lib/errors.js'
export {importWikidata, type ImportOptions, type SparqlResults, type SparqlTerm} from './lib/import-wikidata.js'
export {normaliseName} from './lib/normalise.js'
export {parseStyleSheet} from './lib/parse-sheet.js'
export {isPartialDate, styleSheetSchema} from './lib/schema.js'
export {normaliseTitle} from './lib/titles.js'
export type {
  Holding,
  Knowledge,
  NameMatch,
  Organisation,
  Person,
  Role,
  StyleSheet
} from './lib/types.js'
export {validateStyleSheet, type SheetOrigin} from './lib/validate.js'
