import {isWordCharacterAt, keyAt, normalisePhrase} from './normalise.js'

/** A phrase found in a line's normalised text. */
export interface PhraseMatch<T> {
  /** Normalised phrase. */
  readonly phrase: string
  /** What the phrase stands for. */
  readonly entry: T
  /** Offset of the match in the text. */
  readonly start: number
  /** Offset just past the match. */
  readonly end: number
}

/**
 * Phrases indexed by their first word, so checking a position costs one map
 * look-up and a comparison with the few phrases that share that word.
 */
export class PhraseIndex<T> {
  private readonly byKey = new Map<string, Array<{phrase: string; entry: T}>>()
  private longestKey = 1

  /** Add a phrase; empty phrases are ignored. */
  add(phrase: string, entry: T): void {
    const normal = normalisePhrase(phrase)
    if (normal === '') return
    const key = keyAt(normal, 0, normal.length)
    this.longestKey = Math.max(this.longestKey, key.length)
    const list = this.byKey.get(key)
    if (list) {
      list.push({phrase: normal, entry})
      list.sort((a, b) => b.phrase.length - a.phrase.length)
    } else {
      this.byKey.set(key, [{phrase: normal, entry}])
    }
  }

  /**
   * The longest phrase that starts at `at` in `text` and ends on a word
   * boundary, if any; `accept` can turn a candidate down.
   */
  matchAt(text: string, at: number, accept?: (match: PhraseMatch<T>) => boolean): PhraseMatch<T> | undefined {
    return this.matchKey(text, at, keyAt(text, at, this.longestKey), accept)
  }

  /**
   * Whether some phrase opens with `key`, the key at a position as `keyAt`
   * gives it with a limit of at least `longest`: a cheap test before
   * building anything for `matchKey`.
   */
  has(key: string): boolean {
    return this.byKey.has(key)
  }

  /** The keys phrases are filed under: the first word of each, or its first mark (`©`). */
  keys(): IterableIterator<string> {
    return this.byKey.keys()
  }

  /** Length of the longest first word; keys need no more to be looked up. */
  get longest(): number {
    return this.longestKey
  }

  /**
   * `matchAt` for a key already taken at `at` (with a limit of at least
   * `longest`, so the look-up finds the same phrases).
   */
  matchKey(text: string, at: number, key: string, accept?: (match: PhraseMatch<T>) => boolean): PhraseMatch<T> | undefined {
    const list = this.byKey.get(key)
    if (!list) return undefined
    for (const {phrase, entry} of list) {
      if (!text.startsWith(phrase, at)) continue
      const end = at + phrase.length
      if (isWordCharacterAt(phrase, phrase.length - 1) && isWordCharacterAt(text, end)) continue
      const match = {phrase, entry, start: at, end}
      if (!accept || accept(match)) return match
    }
    return undefined
  }
}
