import {normalisePhrase} from './normalise.js'
import type {Opener} from './indexes.js'
import {checkOptions, type Options} from './options.js'
import {PhraseIndex} from './phrase-index.js'
import {OpeningKeys} from './screen.js'

/** Options resolved and indexed for the checks. */
export interface Settings {
  /** The newsroom's own line openers, if any. */
  readonly phrases: PhraseIndex<Opener> | undefined
  /** Normalised lines never to report. */
  readonly allow: ReadonlySet<string>
  readonly headlineRepeats: boolean
  /** Keys that lines are screened by before they are built. */
  readonly openingKeys: OpeningKeys
}

const defaults: Settings = {phrases: undefined, allow: new Set(), headlineRepeats: true, openingKeys: new OpeningKeys(undefined)}
const cache = new WeakMap<object, Settings>()

/**
 * Check and index options once per options object; the rule runs once per
 * file with the same object, so later calls are a map look-up.
 */
export function settingsFor(options: Readonly<Options> | null | undefined): Settings {
  if (options === null || options === undefined) return defaults
  const cached = cache.get(options)
  if (cached) return cached
  const checked = checkOptions(options)
  let phrases: PhraseIndex<Opener> | undefined
  if (checked.phrases && checked.phrases.length > 0) {
    phrases = new PhraseIndex<Opener>()
    for (const phrase of checked.phrases) phrases.add(phrase, {kind: 'custom', rule: 'boundary'})
  }
  const settings: Settings = {
    phrases,
    allow: new Set((checked.allow ?? []).map(normalisePhrase)),
    headlineRepeats: checked.headlineRepeats ?? true,
    openingKeys: new OpeningKeys(phrases)
  }
  cache.set(options, settings)
  return settings
}
