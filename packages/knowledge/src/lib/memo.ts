/** Answers a memo keeps before it starts afresh, which bounds its memory on huge inputs. */
const limit = 10_000

/**
 * A lookup remembered by its argument: rules ask for the same few titles once
 * per mention, and reading one takes a dozen regular expressions. Callers only
 * read the results.
 */
export function remember<T>(lookup: (value: string) => T): (value: string) => T {
  let memo = new Map<string, T>()
  return function (value) {
    let result = memo.get(value)
    if (result === undefined) {
      if (memo.size >= limit) memo = new Map()
      result = lookup(value)
      memo.set(value, result)
    }

    return result
  }
}

/**
 * Matches remembered by their key. Copy repeats its names ("the European
 * Union", "Blinken") in story after story, and a similarity search compares
 * a name with every entry that shares a word or a near spelling with it.
 *
 * Unlike `remember`, this serves a public lookup: each call gets an array of
 * its own, which the caller may sort or cut, and the matches in it, shared
 * between callers, are frozen.
 */
export function rememberMatches<T extends object>(find: (key: string) => T[]): (key: string) => T[] {
  let memo = new Map<string, ReadonlyArray<T>>()
  return function (key) {
    let found = memo.get(key)
    if (found === undefined) {
      found = find(key).map((match) => Object.freeze(match))
      if (memo.size >= limit) memo = new Map()
      memo.set(key, found)
    }
    return [...found]
  }
}
