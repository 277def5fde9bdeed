/** How many edit distances were computed: tests count them to show lookups are not scans. */
export const distanceMetrics = {computations: 0}

/**
 * Edit distance with neighbouring swaps (optimal string alignment), for telling a
 * respelt surname ("Riabkov") from a different one; inputs are folded words.
 */
export function editDistance(a: string, b: string): number {
  distanceMetrics.computations++
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  let before: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1)
      }

      current.push(value)
    }

    before = previous
    previous = current
  }

  return previous[b.length] ?? 0
}

/**
 * Whether two folded surnames look like spellings of one name: one edit apart
 * (`ryabkov`/`riabkov`, `zelensky`/`zelenskyy`) for names of five letters or
 * more, two for names of eight or more, always with the same first letter.
 */
export function isRespelling(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0]) return false
  const shorter = Math.min(a.length, b.length)
  if (shorter < 5) return false
  const distance = editDistance(a, b)
  return distance <= 1 || (distance <= 2 && shorter >= 8)
}
