export {default} from './lib/index.js'
export type {Options, QuoteStyle} from './lib/options.js'
