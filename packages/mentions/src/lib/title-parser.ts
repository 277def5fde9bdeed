import type {Lookups} from './lookups.js'
import type {Point} from 'unist'
import {
  isAcronym,
  isCapitalised,
  isTitleHead,
  isTitleModifier,
  isWeakHead,
  placeLength
} from './classify.js'
import {formerMarkers, titleComplements} from './lexicon/titles.js'
import {acronym, capital, functionWord, hyphen, possessive as possessiveFlag, titleOpener} from './word-flags.js'
import type {WordToken} from './tokens.js'

/**
 * How a complement after "of"/"for"/"to" may run:
 * `strict`: only title complement words, places and capitalised words (a title
 * before a name, or standing alone); `free`: any words up to the limit (a title set
 * off by commas, where the commas bound it).
 */
export type ComplementMode = 'strict' | 'free'

/**
 * A title phrase found in a block's words.
 */
export interface ParsedTitle {
  /** Index of the first word read (a former marker, a possessor or the title itself). */
  from: number
  /** First word of the title text (after a former marker and a possessor). */
  start: number
  /** Where the title text starts; inside the word for `ex-president`. */
  startPoint: Point
  /** Index after the last word. */
  end: number
  former: boolean
  /** Index of a possessive qualifier left out of the title text (`Russia's`). */
  possessor?: number
  /** Whether the title has a country or organisation before its head (`US`, `NATO`). */
  qualified: boolean
  /** Whether the title's first head is capitalised (`Deputy Secretary of State`). */
  capitalised: boolean
  /** Whether the only head is a weak one (`General`, `King`). */
  weak: boolean
}

const narrowing = new Set(['of', 'for', 'to', 'on', 'at', 'in'])
const prefixedFormer = /^(?:ex|then|former)[-‐‑]/

/**
 * Parse a title starting at word `index`, not past `limit`. Returns the longest
 * well-formed title (one with a head noun, or known to the knowledge), or nothing.
 */
export function parseTitle(
  words: ReadonlyArray<WordToken>,
  index: number,
  limit: number,
  mode: ComplementMode,
  knowledge: Lookups | undefined
): ParsedTitle | undefined {
  let position = index
  let former = false
  let first = words[position]
  if (!first) return undefined
  // Only a title word, a former marker, a capitalised word (a possessor, a place,
  // an organisation, a known title), an acronym or a prefixed word
  // (`former-president-elect`) opens a title; the parse is tried at most words
  // of the text, and most are none of these.
  if (!(first.flags & (titleOpener | capital | acronym | hyphen))) return undefined
  // Titles are read from their first word; "the", "a" and the like stay outside.
  if (first.flags & functionWord && !isTitleModifier(first.key)) return undefined
  // Any other capitalised word opens a title only as a place, an organisation
  // or a word of a title the knowledge knows.
  if (
    !(first.flags & (titleOpener | acronym | possessiveFlag | hyphen)) &&
    placeLength(words, index, limit) === 0 &&
    !(knowledge && (knowledge.opensOrganisation(first.key) || knowledge.inTitles(first.key)))
  ) {
    return undefined
  }
  let startPoint = first.start

  // "former", "then-": outside the title text but marking it as past.
  if (first.flags & titleOpener && formerMarkers.has(first.key) && first.separator === 'space' && position + 1 < limit) {
    former = true
    position++
    first = words[position]
    if (!first) return undefined
    startPoint = first.start
  }

  let possessor: number | undefined
  if (first.possessive && isCapitalised(first) && first.separator === 'space' && position + 1 < limit) {
    possessor = position
    position++
    first = words[position]
    if (!first) return undefined
    startPoint = first.start
  }

  const bodyStart = position
  let qualified = possessor !== undefined
  let lastValid = -1
  let heads = 0
  let weakOnly = true
  let capitalised = false
  let previous: WordToken | undefined

  while (position < limit) {
    const word = words[position]
    if (!word) break
    if (previous && previous.separator !== 'space') break
    let key = word.key

    // Keys are folded, so their only dash is `-`.
    if (position === bodyStart && key.includes('-') && prefixedFormer.test(key)) {
      former = true
      const cut = key.indexOf('-') + 1
      key = key.slice(cut)
      startPoint = shift(word.start, cut)
    }

    // Qualifiers before the head: countries, places, acronyms, known organisations.
    if (heads === 0) {
      const qualifier = qualifierLength(words, position, limit, knowledge)
      if (qualifier > 0) {
        const last = words[position + qualifier - 1]
        qualified = true
        previous = last
        position += qualifier
        if (last?.possessive) break
        continue
      }
    }

    if (isTitleHead(key)) {
      if (heads === 0) capitalised = isCapitalised(word)
      heads++
      if (!isWeakHead(key)) weakOnly = false
      lastValid = position + 1
      previous = word
      position++
      if (word.possessive) break
      continue
    }

    if (isTitleModifier(key) && !word.possessive) {
      previous = word
      position++
      if (knownTitle(words, bodyStart, position, knowledge)) lastValid = position
      continue
    }

    if (heads > 0 && narrowing.has(key)) {
      const after = complement(words, position + 1, limit, mode)
      if (after === 0) break
      position = position + 1 + after
      previous = words[position - 1]
      lastValid = position
      continue
    }

    if (heads > 0 && key === 'and' && position + 1 < limit && isTitleHead(words[position + 1]?.key ?? '')) {
      previous = word
      position++
      continue
    }

    // A title the knowledge knows, with words the generic lists lack ("Surgeon General").
    const known =
      position > bodyStart || isCapitalised(word)
        ? knownExtension(words, bodyStart, position, limit, knowledge)
        : position
    if (known > position) {
      if (heads === 0) capitalised = isCapitalised(words[bodyStart] ?? word)
      heads++
      weakOnly = false
      lastValid = known
      previous = words[known - 1]
      position = known
      continue
    }

    break
  }

  if (heads === 0 || lastValid <= bodyStart) return undefined
  const result: ParsedTitle = {
    from: index,
    start: bodyStart,
    startPoint,
    end: lastValid,
    former,
    qualified,
    capitalised,
    weak: weakOnly
  }
  if (possessor !== undefined) result.possessor = possessor
  return result
}

/** How many words of a complement follow a narrowing word ("the United States", "State"). */
function complement(
  words: ReadonlyArray<WordToken>,
  index: number,
  limit: number,
  mode: ComplementMode
): number {
  if (mode === 'free') {
    let end = index
    while (end < limit && end - index < 6) {
      const word = words[end]
      if (!word || word.possessive) break
      end++
      if (word.separator !== 'space') break
    }

    return end === limit ? end - index : 0
  }

  let position = index
  let valid = 0
  while (position < limit) {
    const word = words[position]
    if (!word) break
    const place = placeLength(words, position, limit)
    const size = place > 0 ? place : 1
    const ok =
      place > 0 ||
      titleComplements.has(word.key) ||
      (isCapitalised(word) && !isTitleHead(word.key)) ||
      (word.key === 'and' && position > index)
    if (!ok) break
    position += size
    const last = words[position - 1]
    if (word.key !== 'the' && word.key !== 'and') valid = position - index
    if (!last || last.separator !== 'space' || last.possessive) break
  }

  return valid
}

/** Words at `index` that qualify a title: a country or place, an acronym, an organisation. */
function qualifierLength(
  words: ReadonlyArray<WordToken>,
  index: number,
  limit: number,
  knowledge: Lookups | undefined
): number {
  const place = placeLength(words, index, limit)
  if (place > 0) return place
  const word = words[index]
  if (!word || word.flags & functionWord) return 0
  if (isAcronym(word) && !isTitleHead(word.key)) return 1
  if (!knowledge || !isCapitalised(word) || !knowledge.opensOrganisation(word.key)) return 0
  let found = 0
  let text = ''
  for (let size = 1; size <= 4 && index + size <= limit; size++) {
    const next = words[index + size - 1]
    if (!next || !isCapitalised(next)) break
    text = size === 1 ? next.core : text + ' ' + next.core
    if (knowledge.organisationByName(text)) found = size
    if (next.possessive || next.separator !== 'space') break
  }

  // "Foreign Ministry spokeswoman": the words are qualifiers only when a head follows.
  return found
}

function knownTitle(
  words: ReadonlyArray<WordToken>,
  start: number,
  end: number,
  knowledge: Lookups | undefined
): boolean {
  if (!knowledge || end - start < 2) return false
  let title = words[start]!.core
  for (let index = start + 1; index < end; index++) title += ' ' + words[index]!.core
  return knowledge.isKnownTitle(title)
}

/** Whether a word may be part of a title the knowledge knows (a title word, a qualifier). */
function mayBeKnown(word: WordToken, knowledge: Lookups): boolean {
  return knowledge.inTitles(word.key) || knowledge.opensOrganisation(word.key) || isAcronym(word) || word.possessive
}

/** The end of the longest title the knowledge knows that starts at `start` and runs past `position`. */
function knownExtension(
  words: ReadonlyArray<WordToken>,
  start: number,
  position: number,
  limit: number,
  knowledge: Lookups | undefined
): number {
  if (!knowledge) return position
  let found = position
  for (let end = position + 1; end <= limit && end - start <= 8; end++) {
    const last = words[end - 1]
    if (!last || !mayBeKnown(last, knowledge)) break
    if (knownTitle(words, start, end, knowledge)) found = end
    if (last.separator !== 'space' || last.possessive) break
  }

  return found
}

/** A point `count` characters further on the same line. */
export function shift(point: Point, count: number): Point {
  const result: Point = {line: point.line, column: point.column + count}
  if (point.offset !== undefined) result.offset = point.offset + count
  return result
}
