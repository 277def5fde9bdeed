export * from './browser.js'
export {
  cacheFolder,
  dataFolder,
  readBundledSheets,
  readStyleSheet,
  type ReadOptions
} from './lib/load-files.js'
export {
  getBundledSheets,
  loadKnowledge,
  measureBundledLoad,
  type LoadOptions,
  type LoadReport
} from './lib/load-knowledge.js'
