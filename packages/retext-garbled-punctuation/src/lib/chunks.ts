import {isClauseMark, isDigit, isLetter, isSpace, opaque} from './chars.js'

const dot = 0x2e

/**
 * A run of text between white space. Clause marks at its edges are kept
 * apart from the core: `warnings.` has the trailing mark `.`, `.and` the
 * leading mark `.`; a chunk made only of marks (`,`) has an empty core.
 * Marks inside the core (`U.S`, `3.5`, `example.com`) belong to it.
 */
export interface Chunk {
  readonly start: number
  readonly coreStart: number
  readonly coreEnd: number
  readonly end: number
}

/** Split `text` into chunks, in one pass. */
export function chunksOf(text: string): Chunk[] {
  const chunks: Chunk[] = []
  const length = text.length
  let index = 0
  while (index < length) {
    while (index < length && isSpace(text.charCodeAt(index))) index++
    if (index >= length) break
    const start = index
    while (index < length && !isSpace(text.charCodeAt(index))) index++
    const end = index

    let coreEnd = end
    while (coreEnd > start && isClauseMark(text.charCodeAt(coreEnd - 1))) coreEnd--
    if (coreEnd === start) {
      chunks.push({start, coreStart: start, coreEnd: start, end})
      continue
    }

    let coreStart = start
    while (isClauseMark(text.charCodeAt(coreStart))) coreStart++
    // Leading marks only count when stuck to a word; `.5` is a number and
    // `,"` or `:)` are left alone.
    const first = text.charCodeAt(coreStart)
    const decimal = coreStart - start === 1 && text.charCodeAt(start) === dot && isDigit(first)
    if (decimal || first === opaque || !(isLetter(first) || isDigit(first))) coreStart = start
    chunks.push({start, coreStart, coreEnd, end})
  }

  return chunks
}
