import {loadSheets} from './knowledge-loader.js'
import {createPreset} from './preset.js'
import {rules} from './rules.js'

/**
 * The copydesk preset over every registered rule, loading knowledge and
 * style sheets from the file system (Node.js).
 */
export const copydesk = createPreset(rules, {loadKnowledge: loadSheets})
