import {labelKinds, openerIndex, sectionNames, type Opener} from './indexes.js'
import type {Kind} from './kinds.js'
import type {Line} from './lines.js'
import {endOffset, wordCount, type Range} from './line-tools.js'
import {labelKey} from './normalise.js'
import type {PhraseIndex, PhraseMatch} from './phrase-index.js'
import {isLabelRun, labelSeparators} from './platforms.js'

/** What a line or part of a line was found to be. */
export interface Verdict {
  readonly kind: Kind
  /** Extra evidence for the reason (the newsroom phrase, the repeated line). */
  readonly evidence?: string | undefined
}

/** Labels are short; longer text is not looked up. */
const longestLabel = 80

/** Marks that end an opener (`ALSO READ:`, `Related |`) at once. */
const closingSeparators = ':|>»›'
/** Marks that end an opener only with a space after them (`Watch – …`, not `Read-only`). */
const spacedSeparators = '-–—/'

/**
 * Whether a range is a stand-alone label (`Share This Post On`, `Leave a
 * comment`, `New Update`, `12 Comments`).
 */
export function labelOf(line: Line, range: Range): Verdict | undefined {
  const start = line.offsets[range.from]!
  const end = endOffset(line, range.to)
  if (end - start > longestLabel) return undefined
  const kind = labelKinds.get(labelKey(line.text.slice(start, end)))
  return kind ? {kind} : undefined
}

/**
 * Whether a range opens with a debris opener and the rest of it fits that
 * opener's rule (`ALSO READ: …`, `Tags: …`, `Powered by`), trying the
 * newsroom's own phrases first.
 */
export function openerOf(line: Line, range: Range, own: PhraseIndex<Opener> | undefined): Verdict | undefined {
  const start = line.offsets[range.from]!
  const end = endOffset(line, range.to)
  const accept = (match: PhraseMatch<Opener>): boolean => fitsRule(line, range, match, end)
  const custom = own?.matchAt(line.text, start, accept)
  if (custom) return {kind: 'custom', evidence: `it opens with the newsroom’s phrase \`${custom.phrase}\``}
  const match = openerIndex.matchAt(line.text, start, accept)
  return match ? {kind: match.entry.kind} : undefined
}

function fitsRule(line: Line, range: Range, match: PhraseMatch<Opener>, end: number): boolean {
  if (match.end > end) return false
  switch (match.entry.rule) {
    case 'boundary': {
      return true
    }
    case 'short': {
      const words = wordCount(line, range)
      return words <= 8 && (words <= 5 || line.tokens[range.to]!.normal !== '.')
    }
    case 'separator': {
      let at = match.end
      while (at < end && line.text.charAt(at) === ' ') at++
      if (at === end) return true
      const mark = line.text.charAt(at)
      if (closingSeparators.includes(mark)) return true
      return spacedSeparators.includes(mark) && (at + 1 === end || line.text.charAt(at + 1) === ' ')
    }
  }
}

/**
 * Whether a line is only hashtags (`#worldnews #ukraine`), two or more,
 * perhaps separated by commas or bars.
 */
export function isHashtagLine(line: Line): boolean {
  let count = 0
  const {tokens} = line
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.type === 'space') continue
    if (token.normal === '#' && tokens[index + 1]?.type === 'word') {
      count++
      index++
      continue
    }
    if (token.type === 'word' || !labelSeparators.has(token.normal)) return false
  }
  return count >= 2
}

/** Whether a line is only platform labels (`Facebook Twitter WhatsApp`). */
export function isLabelLine(line: Line): boolean {
  return isLabelRun(line, {from: 0, to: line.tokens.length - 1})
}

/**
 * Whether a line is a navigation bar or breadcrumb: capitalised words only,
 * no sentence punctuation, at least three quarters of the words section
 * names, and either three section names or a first word `Home`
 * (`Home Explained`). Headlines and subheads fail: they hold words that are
 * not section names (“World Health Organization”) or lower-case words
 * (“US and EU responses:”).
 */
export function isNavigation(line: Line): boolean {
  let words = 0
  let known = 0
  for (const token of line.tokens) {
    if (token.type === 'space') continue
    if (token.type !== 'word') {
      if (!labelSeparators.has(token.normal)) return false
      continue
    }
    if (!startsWithCapital(token.value)) return false
    words++
    if (sectionNames.has(token.normal)) known++
    if (words > 60) return false
  }
  if (known * 4 < words * 3) return false
  return known >= 3 || (known >= 2 && line.tokens[0]!.normal === 'home')
}

const capital = /^\p{Lu}/u

function startsWithCapital(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return capital.test(value)
}
