/**
 * Configuration of `scrape-residue`.
 */
export interface Options {
  /**
   * More words that open a line of page debris on the newsroom's sources
   * (`'Download the app'`, `'Also watch'`); a line that starts with one, on a
   * word boundary, is reported and removed (default: none).
   */
  phrases?: ReadonlyArray<string> | null | undefined
  /**
   * Lines never to report, compared whole, ignoring case and runs of spaces
   * (`'Home News'` when a desk uses it as a subhead) (default: none).
   */
  allow?: ReadonlyArray<string> | null | undefined
  /**
   * Whether to report a short line that repeats an earlier line or the start
   * of the lede, such as a headline copied twice (default: `true`).
   */
  headlineRepeats?: boolean | null | undefined
}

const knownOptions = new Set(['phrases', 'allow', 'headlineRepeats'])

/**
 * Check options, throwing a `TypeError` that names the option at fault.
 */
export function checkOptions(options: unknown): Readonly<Options> {
  if (options === null || options === undefined) return {}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`Unexpected ${describe(options)} as options of \`scrape-residue\`, expected an object`)
  }
  const record = options as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!knownOptions.has(key)) {
      throw new TypeError(`Unexpected option \`${key}\` for \`scrape-residue\`, expected \`phrases\`, \`allow\` or \`headlineRepeats\``)
    }
  }
  checkStrings(record.phrases, 'phrases')
  checkStrings(record.allow, 'allow')
  const repeats = record.headlineRepeats
  if (repeats !== undefined && repeats !== null && typeof repeats !== 'boolean') {
    throw new TypeError(`Unexpected ${describe(repeats)} for \`headlineRepeats\`, expected a boolean`)
  }
  return record as Readonly<Options>
}

function checkStrings(value: unknown, name: string): void {
  if (value === undefined || value === null) return
  if (!Array.isArray(value)) {
    throw new TypeError(`Unexpected ${describe(value)} for \`${name}\`, expected an array of strings`)
  }
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new TypeError(`Unexpected ${describe(item)} for \`${name}[${index}]\`, expected a non-empty string`)
    }
  })
}

function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'string') return `\`${JSON.stringify(value)}\``
  if (typeof value === 'object') return 'object'
  return `\`${String(value)}\``
}
