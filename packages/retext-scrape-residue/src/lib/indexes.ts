import {aboutMarkers, appealMarkers, publisherWords, readerWords} from '../data/appeals.js'
import {labels} from '../data/labels.js'
import {openers, type OpenerRule} from '../data/openers.js'
import {platforms} from '../data/platforms.js'
import {sections} from '../data/sections.js'
import {sentencePhrases} from '../data/sentence-phrases.js'
import type {Kind} from './kinds.js'
import {labelKey, normalisePhrase} from './normalise.js'
import {PhraseIndex} from './phrase-index.js'

/** What a line opener stands for. */
export interface Opener {
  readonly kind: Kind
  readonly rule: OpenerRule | 'boundary'
}

/** What a phrase inside a sentence stands for. */
export interface SentencePhrase {
  readonly kind: Kind
  readonly platform: boolean
}

// The bundled lists are indexed once, when the module loads.

/** Whole-line labels by their label key. */
export const labelKinds: ReadonlyMap<string, Kind> = new Map(
  labels.flatMap(({kind, phrases}) => phrases.map((phrase) => [labelKey(normalisePhrase(phrase)), kind] as const))
)

export const openerIndex = new PhraseIndex<Opener>()
for (const {kind, rule, phrases} of openers) for (const phrase of phrases) openerIndex.add(phrase, {kind, rule})

export const sentenceIndex = new PhraseIndex<SentencePhrase>()
for (const {kind, platform, phrases} of sentencePhrases) {
  for (const phrase of phrases) sentenceIndex.add(phrase, {kind, platform: platform === true})
}

export const appealIndex = new PhraseIndex<'appeal' | 'about'>()
for (const phrase of appealMarkers) appealIndex.add(phrase, 'appeal')
for (const phrase of aboutMarkers) appealIndex.add(phrase, 'about')

/** Platform label names, each with whether it is a social platform. */
export const platformNames: ReadonlyMap<string, boolean> = new Map(platforms.map(({name, social}) => [name, social]))

/** Platform label names by first letter, for splitting a run-together word. */
export const platformsByInitial: ReadonlyMap<string, ReadonlyArray<string>> = groupByInitial(platforms.map(({name}) => name))

export const sectionNames: ReadonlySet<string> = new Set(sections)
export const publisherPronouns: ReadonlySet<string> = new Set(publisherWords)
export const readerPronouns: ReadonlySet<string> = new Set(readerWords)

function groupByInitial(names: ReadonlyArray<string>): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const name of names) {
    const list = map.get(name.charAt(0))
    if (list) list.push(name)
    else map.set(name.charAt(0), [name])
  }
  return map
}
