import {mayBeImpossible} from './impossible.js'
import {
  anchorWords,
  eventNouns,
  monthWords,
  relativeDayWords,
  rescheduleWords,
  unitWords,
  weekdayAbbreviations,
  weekdayWords
} from './lexicon.js'

/*
 * Whether a sentence may lead to a finding, or to something another sentence
 * is compared with, is settled on its source text in one pass over its
 * characters, before any of its nodes is read. The pass says no only when
 * nothing later can say yes; each kind of word below is what a later step
 * cannot do without:
 *
 * - a day or date (`findTemporals`) needs a weekday, a month (“may” and
 *   “march” only with a capital, as the modal verb and the walk name no
 *   month), a relative day, “ago”, or an anchor before a unit (“last
 *   week”); a unit or “hour” alone names no day
 * - a moved date (`noteReschedules`) needs a word of moving dates and an
 *   event noun
 * - an impossible date or time needs a digit and what `mayBeImpossible`
 *   asks for
 *
 * A word's key is its lower case, so letters match in any case (the Kelvin
 * sign lower-cases to `k`); a run of letters is a word of its own, as the
 * parser never splits one. Characters that Markdown may remove or decode
 * (emphasis, links, escapes, character references, line prefixes, spaces at
 * line breaks) also keep a sentence, as its tree text may then hold what its
 * source does not.
 */

/** Kinds of word, as bits. */
const day = 1
/** “may” and “march”: a day word when capitalised. */
const capitalDay = 2
const anchor = 4
const unit = 8
const moving = 16
const event = 32

/**
 * A trie of the words, 26 letters wide: `trie[node * 26 + letter]` is the
 * next node. Node 0 stands for “not in a word”, 1 is the root, and 2 a dead
 * end that every missing letter leads to and never leaves.
 */
const root = 1
const dead = 2
const transitions: number[] = Array.from({length: 3 * 26}, () => dead)
const kinds: number[] = [0, 0, 0]

function add(words: Iterable<string>, kind: number) {
  for (const word of words) {
    let node = root
    for (let index = 0; index < word.length; index++) {
      const slot = node * 26 + word.charCodeAt(index) - 97
      if (transitions[slot] === dead) {
        transitions[slot] = kinds.length
        kinds.push(0)
        for (let letter = 0; letter < 26; letter++) transitions.push(dead)
      }

      node = transitions[slot]!
    }

    kinds[node]! |= kind
  }
}

add(weekdayWords.keys(), day)
add(weekdayAbbreviations.keys(), day)
for (const word of monthWords.keys()) add([word], word === 'may' || word === 'march' ? capitalDay : day)
add(relativeDayWords.keys(), day)
add(['ago'], day)
add(anchorWords.keys(), anchor)
add(unitWords, unit)
add(rescheduleWords, moving)
add(eventNouns.keys(), event)

const trie = Int32Array.from(transitions)
const wordKinds = Uint8Array.from(kinds)

/** What an ASCII character other than a letter does. */
const digitMark = 1
/** Markdown syntax. */
const markupMark = 2
const lineBreak = 3
const characters = new Uint8Array(128)
for (let code = 48; code <= 57; code++) characters[code] = digitMark
for (const mark of '*_`~[]<>&\\|') characters[mark.charCodeAt(0)] = markupMark
characters[10] = lineBreak
characters[13] = lineBreak

/**
 * Whether the sentence at `start` to `end` of `source` may hold anything the
 * rule reads (see above); `false` only when it certainly does not.
 */
export function mayHoldFinding(source: string, start: number, end: number): boolean {
  return firstPossible(source, start, end) !== -1
}

/**
 * Where in `start` to `end` of `source` (a sentence or a paragraph) the first
 * thing is that may lead to a finding: -1 when there is none, else an offset
 * such that no sentence ending before it holds anything (see above). For a
 * paragraph, the sentences that end before it need not be read.
 */
export function firstPossible(source: string, start: number, end: number): number {
  let node = 0
  let capital = false
  /** Where the first digit is, -1 before one. */
  let digit = -1
  let seen = 0
  /** After an anchor word, with nothing but marks and white space since. */
  let anchored = false

  for (let index = start; index <= end; index++) {
    let code = index < end ? source.charCodeAt(index) : 32
    if (code === 0x21_2a) code = 107 // The Kelvin sign lower-cases to `k`.
    const letter = (code | 32) - 97
    if (letter >= 0 && letter < 26 && code < 128) {
      if (node === 0) {
        capital = code === 77 // `M`
        node = trie[root * 26 + letter]!
      } else {
        node = trie[node * 26 + letter]!
      }

      continue
    }

    if (node !== 0) {
      const kind = wordKinds[node]!
      node = 0
      if (kind !== 0) {
        if ((kind & day) !== 0 || ((kind & capitalDay) !== 0 && capital) || ((kind & unit) !== 0 && anchored)) {
          return found(digit, index)
        }

        seen |= kind
        if ((seen & (moving | event)) === (moving | event)) return found(digit, index)
        anchored = (kind & anchor) !== 0
      } else if (anchored) {
        // “last's week”: a possessive `s` stays within the anchor's word.
        anchored = isPossessiveS(source, index)
      }
    }

    if (code >= 128) continue
    const what = characters[code]!
    if (what === digitMark) {
      if (digit === -1) digit = index
      anchored = false
    } else if (what === markupMark) {
      return found(digit, index)
    } else if (what === lineBreak) {
      // Markdown drops spaces at a line break and a continuation line's prefix.
      const before = index > start ? source.charCodeAt(index - 1) : 0
      const after = index + 1 < end ? source.charCodeAt(index + 1) : 0
      if (before === 32 || before === 9 || after === 32 || after === 9 || after === 62 /* `>` */) return found(digit, index - 1)
    }
  }

  return digit !== -1 && mayBeImpossible(source.slice(start, end)) ? digit : -1
}

/**
 * Where to read from after finding something at `index`: an earlier digit
 * may belong to an impossible date in an earlier sentence.
 */
function found(digit: number, index: number): number {
  return digit === -1 || index < digit ? index : digit
}

/** Whether the word that ended at `index` is a lone `s` after an apostrophe. */
function isPossessiveS(source: string, index: number): boolean {
  const letter = source.charCodeAt(index - 1)
  const mark = source.charCodeAt(index - 2)
  return (letter === 115 || letter === 83) && (mark === 39 || mark === 0x20_19 || mark === 0x20_18)
}

/** What a Markdown parser takes out of the middle of a text: a character reference, an escape, spaces at a line break or a continuation line's prefix. */
const movingMarkup = /[&\\]|[ \t][\r\n]|[\r\n][ \t>]/

/**
 * Where in `start` to `end` of `source` the first markup is that a Markdown
 * parser takes out of the middle of a text, moving the words after it, or
 * `end` when there is none.
 */
export function firstMove(source: string, start: number, end: number): number {
  const found = source.slice(start, end).search(movingMarkup)
  return found === -1 ? end : start + found
}
