import {normaliseName, words} from './normalise.js'

/** Words that carry no identity in organisation names; left out of the word bag. */
const stopWords = new Set([
  'the', 'of', 'for', 'and', 'in', 'on', 'at', 'to', '&', 'de', 'du', 'des', 'la', 'le', 'der', 'die', 'das', 'di', 'del', 'd'
])

/**
 * The word-bag key of one word of an organisation name. Spelling variants that copy
 * mixes freely come out equal: British and American `-isation`/`-ization`, inner
 * hyphens (`co-operation`), and the country noun against its adjective
 * (`Europe`/`European`) or a plural.
 */
export function wordKey(word: string): string {
  let key = word.replace(/['-]/g, '').replace(/isation(s?)$/, 'ization$1').replace(/ise$/, 'ize')
  if (key.length > 5) key = key.replace(/(?:ean|ian|an|es|s|e|a)$/, '')
  else if (key.length > 3) key = key.replace(/s$/, '')
  return key
}

/** The words of an organisation name that carry identity, each beside its word-bag key, in order. */
export function nameWords(name: string): Array<{word: string; key: string}> {
  return words(normaliseName(name).replace(/[^\p{L}\p{N}'\s-]/gu, ' ').replace(/\s+/g, ' ').trim())
    .filter((word) => !stopWords.has(word) && !stopWords.has(word.replace(/'$/, '')))
    .map((word) => ({word, key: wordKey(word)}))
    .filter((item) => item.key !== '')
}

/** The word bag of an organisation name, in order (order matters only for the distance). */
export function nameWordKeys(name: string): string[] {
  return nameWords(name).map((item) => item.key)
}
