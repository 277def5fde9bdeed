import {validateDateOption} from '@copydesk/document-date'
import {loadKnowledge, type Knowledge} from '@copydesk/knowledge'

/**
 * Configuration of `person-title`.
 */
export interface Options {
  /** People, offices and terms to check titles against (default: `loadKnowledge()`, the bundled data). */
  knowledge?: Knowledge | null | undefined
  /** Date the text was written, `YYYY-MM-DD` (default: worked out from the text by `@copydesk/document-date`). */
  date?: string | null | undefined
  /** Capitalisation of titles to check: `'ap'` (AP style) or `false` for none (default: `'ap'`). */
  houseStyle?: 'ap' | false | null | undefined
}

/** Options resolved once: knowledge loaded, defaults filled in. */
export interface Settings {
  knowledge: Knowledge
  date: string | undefined
  houseStyle: 'ap' | false
}

const known = new Set(['knowledge', 'date', 'houseStyle'])
const settingsByOptions = new WeakMap<object, Settings>()
let bundledSettings: Settings | undefined

/**
 * Settings for the options a rule or corpus check is given (absent: the
 * bundled knowledge), worked out once per options object so that the files of
 * a run share one knowledge.
 *
 * @throws {TypeError} naming the option and what was expected.
 */
export function settingsFor(options: unknown): Settings {
  if (options === undefined || options === null) return (bundledSettings ??= check({}))
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('Unexpected value `' + String(options) + '` for `options`, expected an object')
  }

  let settings = settingsByOptions.get(options)
  if (!settings) settingsByOptions.set(options, (settings = check(options as Record<string, unknown>)))
  return settings
}

function check(options: Record<string, unknown>): Settings {
  for (const key of Object.keys(options)) {
    if (!known.has(key)) {
      throw new TypeError(
        'Unexpected option `' + key + '`, expected one of ' + [...known].map((name) => '`' + name + '`').join(', ')
      )
    }
  }

  const {knowledge, date, houseStyle} = options
  if (knowledge !== undefined && knowledge !== null && !isKnowledge(knowledge)) {
    throw new TypeError('Unexpected value for `knowledge`, expected a `Knowledge` from `@copydesk/knowledge`')
  }

  if (houseStyle !== undefined && houseStyle !== null && houseStyle !== 'ap' && houseStyle !== false) {
    throw new TypeError('Unexpected value `' + String(houseStyle) + "` for `houseStyle`, expected `'ap'` or `false`")
  }

  return {
    knowledge: isKnowledge(knowledge) ? knowledge : loadKnowledge(),
    date: date === undefined || date === null ? undefined : validateDateOption(date),
    houseStyle: houseStyle === false ? false : 'ap'
  }
}

function isKnowledge(value: unknown): value is Knowledge {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Knowledge).rolesMatching === 'function' &&
    typeof (value as Knowledge).holdersOf === 'function'
  )
}
