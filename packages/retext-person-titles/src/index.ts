export {default} from './lib/index.js'
export {corpus} from './lib/corpus.js'
export type {Options} from './lib/options.js'
export type {StoredUse} from './lib/stored.js'
