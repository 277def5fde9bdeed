import {createAbbreviationIndex, type AbbreviationIndex} from './abbreviations.js'

/** Which quotation marks and apostrophes a document should use. */
export type QuoteStyle = 'consistent' | 'straight' | 'smart'

/**
 * Configuration of `garbled-punctuation`.
 */
export interface Options {
  /**
   * Brand names written with a lower-case first letter (`adidas`, `easyJet`)
   * that may follow a full stop or start a sentence (default: none). Words
   * with a capital inside (`eBay`, `iPhone`, `mRNA`) are always allowed there.
   */
  brands?: ReadonlyArray<string> | null | undefined
  /**
   * More abbreviations that end in a full stop and may be followed by a
   * lower-case word, with or without the stop (default: none). A capitalised
   * entry only matches a capitalised word.
   */
  abbreviations?: ReadonlyArray<string> | null | undefined
  /**
   * Quotation mark and apostrophe style (default: `'consistent'`):
   * `'consistent'` reports one finding when a document mixes straight and
   * curly marks; `'straight'` and `'smart'` report each mark of the other
   * style with its replacement; `false` turns the check off.
   */
  quotes?: QuoteStyle | false | null | undefined
}

/** Options checked and indexed once. */
export interface Settings {
  readonly brands: ReadonlySet<string>
  readonly abbreviations: AbbreviationIndex
  readonly quotes: QuoteStyle | false
}

const known = new Set(['brands', 'abbreviations', 'quotes'])
const styles = new Set<unknown>(['consistent', 'straight', 'smart', false])
const resolved = new WeakMap<object, Settings>()
let defaults: Settings | undefined

const severities = new Set<unknown>([false, 0, 'off', true, 1, 'on', 'warn', 2, 'error'])

/**
 * The options part of what the rule is given, read as `unified-lint-rule`
 * reads it: `[severity, options]` when the array starts with a severity,
 * otherwise the value itself.
 */
export function optionsFromConfig(config: unknown): unknown {
  if (!Array.isArray(config)) return config
  const [severity, options] = config as unknown[]
  if (severities.has(severity)) return options
  // `unified-lint-rule` throws its own error for an unknown number.
  return typeof severity === 'number' ? undefined : config
}

/**
 * Check `options` and build their indexes, once per options object. Throws a
 * `TypeError` naming the option when one is invalid.
 */
export function resolveOptions(options: unknown): Settings {
  if (options === null || options === undefined) {
    defaults ??= {brands: new Set(), abbreviations: createAbbreviationIndex([]), quotes: 'consistent'}
    return defaults
  }

  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('Unexpected value `' + String(options) + '` for `options`, expected an object')
  }

  const cached = resolved.get(options)
  if (cached) return cached
  const settings = check(options as Record<string, unknown>)
  resolved.set(options, settings)
  return settings
}

function check(options: Record<string, unknown>): Settings {
  for (const key of Object.keys(options)) {
    if (!known.has(key)) {
      throw new TypeError('Unexpected option `' + key + '`, expected one of `brands`, `abbreviations`, `quotes`')
    }
  }

  const quotes = options['quotes'] ?? 'consistent'
  if (!styles.has(quotes)) {
    throw new TypeError(
      'Unexpected value `' + String(quotes) + "` for `quotes`, expected `'consistent'`, `'straight'`, `'smart'` or `false`"
    )
  }

  return {
    brands: new Set(words(options['brands'], 'brands')),
    abbreviations: createAbbreviationIndex(words(options['abbreviations'], 'abbreviations')),
    quotes: quotes as QuoteStyle | false
  }
}

/** A list option: an array of non-empty strings without white space. */
function words(value: unknown, name: string): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    throw new TypeError('Unexpected value `' + String(value) + '` for `' + name + '`, expected an array of words')
  }

  return value.map((item: unknown) => {
    if (typeof item !== 'string' || item.length === 0 || /\s/.test(item)) {
      throw new TypeError('Unexpected item `' + String(item) + '` in `' + name + '`, expected a word without white space')
    }

    return item
  })
}
