/**
 * Counts distance computations, so tests can show that a lookup verifies a handful
 * of indexed candidates instead of walking the whole list.
 */
export const distanceMetrics = {computations: 0}

/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form: insertions,
 * deletions, substitutions and swaps of two neighbouring characters each cost 1
 * (`Blinken`/`Blinkne` is 1), which is how typing slips happen. Works on UTF-16 code
 * units, which is enough for normalised (mark-free) names.
 */
export function damerauLevenshtein(a: string, b: string): number {
  distanceMetrics.computations++
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length

  const width = b.length + 1
  // Three rows: the one before the previous is needed for transpositions.
  let before = new Array<number>(width).fill(0)
  let previous = Array.from({length: width}, (_, index) => index)
  let current = new Array<number>(width).fill(0)

  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1)
      }

      current[j] = value
    }

    const recycled = before
    before = previous
    previous = current
    current = recycled
  }

  return previous[b.length] ?? 0
}

/**
 * Every string obtained by deleting up to `depth` (at most 2) characters of `value`,
 * itself included: the SymSpell neighbourhood. Two strings within distance `d`
 * share a member of their neighbourhoods of depth `d`, so a map from members to
 * entries finds all candidates without a scan.
 */
export function deletions(value: string, depth: number): Set<string> {
  const result = new Set<string>()
  forEachDeletion(value, depth, (member) => result.add(member))
  return result
}

/**
 * Call `visit` with each member of the deletion neighbourhood of `value`, each
 * once. Cheaper than building a set when the caller indexes the members anyway.
 */
export function forEachDeletion(
  value: string,
  depth: number,
  visit: (member: string) => void
): void {
  visit(value)
  if (depth < 1) return
  const first = new Set<string>()
  for (let index = 0; index < value.length; index++) {
    // Deleting either of two equal neighbours gives the same string: skip repeats.
    if (index > 0 && value[index] === value[index - 1]) continue
    const shorter = value.slice(0, index) + value.slice(index + 1)
    first.add(shorter)
    visit(shorter)
  }

  if (depth < 2) return
  const second = new Set<string>()
  for (const item of first) {
    for (let index = 0; index < item.length; index++) {
      if (index > 0 && item[index] === item[index - 1]) continue
      const shorter = item.slice(0, index) + item.slice(index + 1)
      if (second.has(shorter) || first.has(shorter) || shorter === value) continue
      second.add(shorter)
      visit(shorter)
    }
  }
}
