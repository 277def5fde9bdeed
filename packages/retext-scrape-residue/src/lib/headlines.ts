import type {Line} from './lines.js'
import {isWordCharacterAt} from './normalise.js'
import {wholeLine, wordCount} from './line-tools.js'

/** A headline is at most this many words and characters. */
const longestHeadline = {words: 15, characters: 150}
/** The lede is the first line of real copy with at least this many words. */
const ledeWords = 12
/** Marks that open a list item rather than a headline. */
const bullets = new Set(['•', '·', '*', '-', '–', '—', '>', '▪', '‣', '◦'])

/**
 * Remembers the short lines and the lede seen so far, to tell when a short
 * line is a headline copied again: a stray repeat of an earlier line, or of
 * the start of the lede (`US Russia Tensions over Ukraine` after a lede that
 * opens `US Russia Tensions over Ukraine; High-level talks …`).
 */
export class HeadlineTracker {
  private readonly seen = new Map<string, number>()
  private lede: {text: string; line: number} | undefined

  /**
   * Whether a line of `words` words could be reported or change what is
   * remembered; a line that cannot need not be built. Until the lede is
   * found every line of two or more words may be it.
   */
  mayUse(words: number): boolean {
    return words >= 2 && (this.lede === undefined || words <= longestHeadline.words)
  }

  /**
   * Look at a line that is not debris of another kind, in document order.
   * Returns the evidence when it repeats an earlier line or the lede.
   */
  check(line: Line): string | undefined {
    // Once the lede is known, a line too long for a headline needs no counting.
    if (this.lede && line.text.length > longestHeadline.characters) return undefined
    const number = line.tokens[0]!.start.line
    const words = wordCount(line, wholeLine(line))
    if (!this.lede && words >= ledeWords) {
      this.lede = {text: line.text, line: number}
      return undefined
    }
    if (!isCandidate(line, words)) return undefined
    const earlier = this.seen.get(line.text)
    if (earlier === undefined) this.seen.set(line.text, number)
    if (earlier !== undefined) return `this line repeats line ${earlier}`
    if (this.lede && opens(this.lede.text, line.text)) return `this line repeats the start of the lede on line ${this.lede.line}`
    return undefined
  }
}

function isCandidate(line: Line, words: number): boolean {
  if (words < 2 || words > longestHeadline.words || line.text.length > longestHeadline.characters) return false
  const first = line.tokens[0]!
  // A byline (`By Ground Report`) may stand at the top and the foot of a
  // story; it is not a headline, and not debris.
  if (bullets.has(first.normal) || first.normal === 'by') return false
  if (first.type === 'word' && /^\p{N}+$/u.test(first.normal) && /^[.)]$/.test(line.tokens[1]?.normal ?? '')) return false
  return line.tokens.at(-1)!.normal !== '.'
}

/** Whether `text` opens `lede` and is followed there by a mark, not more words. */
function opens(lede: string, text: string): boolean {
  if (lede.length <= text.length || !lede.startsWith(text)) return false
  let at = text.length
  while (lede.charAt(at) === ' ') at++
  return at < lede.length && !isWordCharacterAt(lede, at)
}
