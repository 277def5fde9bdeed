/** Shortest and longest article, in UTF-16 code units (about bytes of ASCII text). */
export const articleLength = {min: 3000, max: 6000}

/**
 * `count` article-sized texts (3-6 KB each, lengths spread evenly by a fixed
 * pseudo-random sequence so runs are comparable) of whole paragraphs taken
 * in turn from `prose` (paragraphs separated by blank lines), cycling
 * through it when it runs out. A paragraph longer than the longest article
 * is an article of its own.
 */
export function buildArticles(prose: string, count: number): string[] {
  const source = prose.trimEnd().split('\n\n')
  const random = sequence(count)
  const articles: string[] = []
  let next = 0
  while (articles.length < count) {
    const target = articleLength.min + Math.floor(random() * (articleLength.max - articleLength.min))
    const parts: string[] = []
    let length = 0
    while (length < target) {
      const paragraph = source[next % source.length]!
      if (parts.length > 0 && length + paragraph.length + 2 > articleLength.max) break
      parts.push(paragraph)
      length += paragraph.length + 2
      next++
    }
    articles.push(parts.join('\n\n') + '\n')
  }
  return articles
}

/** A linear congruential sequence in [0, 1), seeded, so the articles are the same every run. */
function sequence(seed: number): () => number {
  let state = (seed * 2_654_435_761) % 4_294_967_296
  return function () {
    state = (1_664_525 * state + 1_013_904_223) % 4_294_967_296
    return state / 4_294_967_296
  }
}
