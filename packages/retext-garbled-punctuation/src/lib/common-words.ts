import {commonWords} from '../data/common-words.js'

/** Lower-case common English words, indexed once when the module loads. */
export const commonWordSet: ReadonlySet<string> = new Set(commonWords.split(/\s+/).filter(Boolean))
