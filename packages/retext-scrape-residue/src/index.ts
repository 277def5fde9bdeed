export {default} from './lib/index.js'
export type {Options} from './lib/options.js'
