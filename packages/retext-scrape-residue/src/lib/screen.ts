import {aboutMarkers, appealMarkers} from '../data/appeals.js'
import {platforms} from '../data/platforms.js'
import {sentencePhrases} from '../data/sentence-phrases.js'
import type {HeadlineTracker} from './headlines.js'
import {labelKinds, openerIndex, platformNames, type Opener} from './indexes.js'
import type {Paragraph} from 'nlcst'
import type {LineFilter, Token} from './lines.js'
import {isWordCharacterAt, keyAt, normalisePhrase, normaliseToken} from './normalise.js'
import type {PhraseIndex} from './phrase-index.js'
import {labelGlue, labelSeparators, opensWithPlatform} from './platforms.js'

/*
 * Nearly every line of news copy is a paragraph of prose no check can flag.
 * The screen settles a clean paragraph from its source text without walking
 * its tokens, and other lines from their tokens' text before any is built,
 * so only lines that may hold a finding are built and checked. Each test
 * below is a condition some check needs before it can fire; a line that
 * meets none of them cannot be reported and cannot change what the headline
 * tracker remembers, so skipping it changes nothing.
 */

/**
 * The keys a part of a line must open with for a label (`Leave a comment`,
 * `12 Comments`) or an opener (`ALSO READ:`, the newsroom's own phrases) to
 * match it, built once per set of options.
 */
export class OpeningKeys {
  /** First words of the openers, the newsroom's own included. */
  private readonly openers = new Set<string>()
  /** First words of the labels, their numbers made `0` (`0 comments`). */
  private readonly labels = new Set<string>()
  /** Proper prefixes of all the keys, in UTF-16 units: a key the next token may lengthen. */
  private readonly prefixes = new Set<string>()

  constructor(own: PhraseIndex<Opener> | undefined) {
    for (const key of openerIndex.keys()) this.add(this.openers, key)
    for (const key of own?.keys() ?? []) this.add(this.openers, key)
    for (const label of labelKinds.keys()) this.add(this.labels, keyAt(label, 0, label.length))
  }

  private add(set: Set<string>, key: string): void {
    set.add(key)
    for (let length = 1; length < key.length; length++) this.prefixes.add(key.slice(0, length))
  }

  /** Whether a part opening with `key` may open with an opener. */
  opens(key: string): boolean {
    return this.openers.has(key)
  }

  /** Whether a part opening with `key` may be a label, if it is short enough. */
  mayLabel(key: string): boolean {
    return this.labels.has(key) || (hasNumber(key) && this.labels.has(zeroNumbers(key)))
  }

  /** Whether a part opening with `key` may be a label or open with an opener. */
  has(key: string): boolean {
    return this.opens(key) || this.mayLabel(key)
  }

  /** Whether `key`, run on by the next token, may become a key that `has` accepts. */
  mayGrow(key: string): boolean {
    return this.prefixes.has(key) || (hasNumber(key) && this.prefixes.has(zeroNumbers(key)))
  }
}

/**
 * Phrases that count wherever they stand in a sentence (sentence phrases and
 * appeal markers) as one pattern over lower-cased text, with `gap` between
 * words and any apostrophe where a phrase has one.
 */
function phrasesPattern(phrases: ReadonlyArray<string>, gap: string): string {
  return trie(phrases.map(normalisePhrase), gap)
}

/**
 * Phrases as a pattern that shares their common beginnings (`follow us
 * (?:on|at|for)`), which the regular expression engine tries far faster
 * than a flat list of alternatives.
 */
function trie(phrases: ReadonlyArray<string>, gap: string): string {
  const next = new Map<string, string[]>()
  let ends = false
  for (const phrase of phrases) {
    if (phrase === '') {
      ends = true
      continue
    }
    const code = phrase.codePointAt(0)!
    const character = String.fromCodePoint(code)
    const rest = phrase.slice(character.length)
    const list = next.get(character)
    if (list) list.push(rest)
    else next.set(character, [rest])
  }
  // A phrase that ends here matches whatever follows: the longer ones add nothing.
  if (ends) return ''
  const branches = [...next].map(([character, rest]) => characterPattern(character, gap) + trie(rest, gap))
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`
}

function characterPattern(character: string, gap: string): string {
  if (character === ' ') return gap
  if (character === "'") return "['\u2018\u2019\u02BC]"
  // Whether a sigma is final depends on what follows it, which lower-casing
  // a line and lower-casing a token may see differently.
  if (character === 'σ' || character === 'ς') return '[σς]'
  return escape(character)
}

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')
}

const insidePhrases = [...sentencePhrases.flatMap(({phrases}) => phrases), ...appealMarkers]
const platformPattern = [...platformNames.keys()].map(escape).join('|')

/**
 * For a line built from its tokens (one space per white-space token): the
 * phrases, the opening of a protected e-mail, and two platform names run
 * together (`facebooktwitter`), which any run of labels holds.
 */
const inLine = new RegExp(
  [phrasesPattern([...insidePhrases, ...aboutMarkers], ' +'), escape('[email'), `(?:${platformPattern})(?:${platformPattern})`].join('|')
)

/**
 * For a clean paragraph's source, ignoring case: the phrases with any run of
 * other characters between words (white space of any kind), the name of a
 * social platform (every line of platform labels holds one) and two platform
 * names run together (`facebooktwitter`). A phrase is matched at a word
 * token, so at a word boundary: in clean source no word token follows a
 * letter, a digit or `_`. About-us markers are the last branch, outside the
 * group: they prove nothing alone, a line needs two of them.
 */
const inSource = new RegExp(
  `\\b(?:(${phrasesPattern(
    [...insidePhrases, ...platforms.filter(({social}) => social).map(({name}) => name)],
    '[^a-z0-9]+'
  )}|(?:${platformPattern})(?:${platformPattern}))|${phrasesPattern(aboutMarkers, '[^a-z0-9]+')})`,
  'gi'
)

/**
 * What makes a paragraph's source possibly other than the text of its
 * tokens: Markdown markup that joins or hides text (emphasis, code, links,
 * HTML, strikethrough), escapes and character references, carriage returns;
 * what lower-cases differently in one piece than token by token (capital
 * sigma, surrogate pairs) or into ASCII (`İ`, the Kelvin sign); and `ʼ`, a
 * letter that normalised text turns into an apostrophe. `|`, `>` and `#`
 * inside a line are text to Markdown too, and a line opening with one is
 * looked at on its own.
 */
const unclean = /[*_`\\<[\]~\r\u2028\u2029\u0130\u212A\u02BC\u03A3\uD800-\uDFFF]|&(?:#|[A-Za-z][A-Za-z\d]*;)/

/**
 * The screen for one file: asked by `forEachLine` about each paragraph and
 * fed each line's tokens, it lets through the lines some check may report or
 * the headline tracker may use.
 */
export class LineScreen implements LineFilter {
  /** The line's text, one space per white-space token, not lower-cased. */
  private text = ''
  private words = 0
  /** Whether some check may fire: the line must be checked. */
  private flagged = false
  /** Whether a word opens in lower case or with a digit, which rules out a navigation bar. */
  private lowerWord = false
  /** Whether no token but white space has come yet. */
  private first = true
  /** Whether the line so far is glue words and separators, so it may still be platform labels. */
  private labels = false
  /** A key that flags the line if the next token runs it on (`Sh` + `are`). */
  private pending = false

  constructor(
    private readonly keys: OpeningKeys,
    private readonly headlines: HeadlineTracker | undefined,
    /** The file's text, which the tree's positions index into, if there is one. */
    private readonly source: string | undefined
  ) {}

  /**
   * Whether a paragraph can be passed over from its source alone: a plain
   * paragraph whose every line is long prose (sixteen words or more, some of
   * them in lower case) and no part of which opens with a key or holds a
   * phrase. Anything else is left to the token-by-token screen.
   */
  skips(paragraph: Paragraph): boolean {
    // Until the lede is found, every line of two words or more counts.
    if (this.source === undefined || this.headlines?.mayUse(longLine)) return false
    const start = paragraph.position?.start.offset
    const end = paragraph.position?.end.offset
    if (start === undefined || end === undefined || start >= end || end > this.source.length) return false
    // Only a paragraph after a blank line (or at the start): a converter that
    // counts positions through text it stripped markup from (mdast-util-to-nlcst
    // does) drifts only inside one block, so a clean paragraph opening a block
    // sits where it says.
    if (start !== 0 && !(this.source.charCodeAt(start - 1) === 0x0a && this.source.charCodeAt(start - 2) === 0x0a)) return false
    // Read as it stands: keys are lower-cased one by one and the phrases are
    // matched ignoring case, which agrees with lower-casing each token once
    // the characters that lower-case to ASCII (`K` Kelvin, `İ`) are left out.
    const text = this.source.slice(start, end)
    if (unclean.test(text)) return false
    // The first line opens with the first sentence, checked below with its length.
    const first = paragraph.children[0]
    let opening = first?.type !== 'SentenceNode' || first.position?.start.offset !== start
    let from = 0
    while (from <= text.length) {
      let to = text.indexOf('\n', from)
      if (to === -1) to = text.length
      // Markdown drops spaces and tabs at the edges of lines inside a paragraph.
      else if (isSpaceOrTab(text.charCodeAt(to - 1)) || isSpaceOrTab(text.charCodeAt(to + 1))) return false
      if (!this.longProse(text, from, to, opening)) return false
      opening = true
      from = to + 1
    }
    for (const child of paragraph.children) {
      if (child.type === 'WhiteSpaceNode') continue
      if (child.type !== 'SentenceNode') return false
      const from = child.position?.start.offset
      const to = child.position?.end.offset
      if (from === undefined || to === undefined || from < start || to > end || from > to) return false
      // The sentence's part on its first line.
      const lineEnd = text.indexOf('\n', from - start)
      if (this.partMayMatch(text, from - start, lineEnd === -1 ? to - start : Math.min(lineEnd, to - start))) return false
    }
    return !mayHoldPhrase(text)
  }

  /**
   * Whether the line of a paragraph from `from` to `to` is prose no whole-line
   * check can take: it opens with no key and no separator, holds sixteen or
   * more words (too many for a headline or a label; counted as runs between
   * white space that hold an ASCII letter or digit, each at least one word
   * token), and a word opening in lower case or with a digit (no navigation
   * bar).
   */
  private longProse(text: string, from: number, to: number, opening: boolean): boolean {
    let at = from
    while (at < to && isWhiteSpace(text.charCodeAt(at))) at++
    if (at === to) return true
    // A line of hashtags opens with `#` or a separator. (A line of platform
    // labels names a social platform, which the phrase pattern looks for.)
    const mark = text.charAt(at)
    if ((mark === '#' || labelSeparators.has(mark)) && text.slice(at, to).includes('#')) return false
    if (opening && this.keys.has(keyIn(text, at))) return false
    let words = 0
    let lower = false
    let inRun = false
    let counted = false
    for (; at < to; at++) {
      const code = text.charCodeAt(at)
      if (isWhiteSpace(code)) {
        inRun = false
        continue
      }
      const alphanumeric = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
      if (!inRun) {
        inRun = true
        counted = false
        if (alphanumeric && !(code >= 0x41 && code <= 0x5a)) lower = true
      }
      if (alphanumeric && !counted) {
        counted = true
        words++
        if (words >= longLine && lower) return true
      }
    }
    return false
  }

  /**
   * Whether the part of a sentence from `from` to `to` in a paragraph's text
   * (white space at its start passed over) may open with an opener, or be a
   * label: it opens with a label's first word and is short enough, its
   * characters other than white space being at least its normalised length.
   */
  private partMayMatch(text: string, from: number, to: number): boolean {
    while (from < to && isWhiteSpace(text.charCodeAt(from))) from++
    if (from >= to) return false
    const key = keyIn(text, from)
    if (this.keys.opens(key)) return true
    if (!this.keys.mayLabel(key)) return false
    let characters = 0
    for (let at = from; at < to; at++) if (!isWhiteSpace(text.charCodeAt(at)) && ++characters > longestLabel) return false
    return true
  }

  open(): void {
    this.text = ''
    this.words = 0
    this.flagged = false
    this.lowerWord = false
    this.first = true
    this.labels = false
    this.pending = false
  }

  token(type: Token['type'], value: string, opens: boolean): void {
    if (this.flagged) return
    if (type === 'space') {
      this.pending = false
      this.text += ' '
      return
    }
    // An empty token leaves a pending key open: the key runs on past it.
    if (this.pending && value !== '') {
      if (opensWord(value)) {
        this.flagged = true
        return
      }
      this.pending = false
    }
    this.text += value
    if (type === 'word') {
      this.words++
      if (!this.lowerWord && opensLowerCase(value)) this.lowerWord = true
    }
    if (!opens && !this.labels) return
    const normal = normaliseToken(value)
    if (opens) this.opening(normal)
    if (this.first) {
      this.first = false
      // A line of hashtags or of labels may open with a mark.
      if (normal === '#' || labelSeparators.has(normal)) this.flagged = true
      else this.labels = type === 'word'
    }
    if (this.labels) this.label(type, normal)
  }

  passes(): boolean {
    if (this.flagged) return true
    if (this.headlines?.mayUse(this.words)) return true
    // A navigation bar is capitalised words only, sixty at most, two or more section names.
    if (!this.lowerWord && this.words >= 2 && this.words <= 60) return true
    return inLine.test(this.text.toLowerCase())
  }

  /** A token that opens a part of a sentence, normalised. */
  private opening(normal: string): void {
    if (normal === '') {
      this.flagged = true
      return
    }
    const key = keyAt(normal, 0, normal.length)
    if (this.keys.has(key)) this.flagged = true
    else if (runsOn(normal, key) && this.keys.mayGrow(key)) this.pending = true
  }

  /** The next token while the line may still be platform labels (`Share on Facebook`). */
  private label(type: Token['type'], normal: string): void {
    if (type !== 'word') {
      if (!labelSeparators.has(normal)) this.labels = false
      return
    }
    if (labelGlue.has(normal)) return
    if (opensWithPlatform(normal)) this.flagged = true
    this.labels = false
  }
}

/**
 * Whether a paragraph's lower-cased text holds a phrase, a platform name, or
 * about-us markers at two places. Matches may overlap, so two markers in
 * neighbouring sentences are never counted as one.
 */
function mayHoldPhrase(text: string): boolean {
  inSource.lastIndex = 0
  const first = inSource.exec(text)
  if (!first) return false
  if (first[1] !== undefined) return true
  inSource.lastIndex = first.index + 1
  return inSource.test(text)
}

/** Labels are at most this long (see `labelOf`). */
const longestLabel = 80

/** The key at `at` of a paragraph's source, as normalised text has it. */
function keyIn(text: string, at: number): string {
  const key = keyAt(text, at, text.length).toLowerCase()
  return key === '\u2018' || key === '\u2019' ? "'" : key
}

/** Words a line needs to be neither a headline nor the lede, nor any label. */
const longLine = 16


function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09
}

/** White space as parse-latin, the English parser's tokenizer, reads it. */
const parserWhiteSpace = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/

function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return parserWhiteSpace.test(String.fromCharCode(code))
}

/** Whether the key taken at the start of `normal` reaches its end, so the next token may lengthen it. */
function runsOn(normal: string, key: string): boolean {
  if (key.length === normal.length) return true
  // A high surrogate left at the end pairs with the next token's low one.
  if (key.length !== normal.length - 1) return false
  const last = normal.charCodeAt(normal.length - 1)
  return last >= 0xd800 && last <= 0xdbff
}

/** Whether a token's normalised text may open with a letter or digit. */
function opensWord(value: string): boolean {
  return value.charCodeAt(0) >= 0x80 || isWordCharacterAt(value, 0)
}

/** Whether a word opens with an ASCII character that is not a capital letter. */
function opensLowerCase(value: string): boolean {
  const code = value.charCodeAt(0)
  return code < 0x80 && !(code >= 0x41 && code <= 0x5a)
}

function hasNumber(key: string): boolean {
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index)
    if (code >= 0x80 || (code >= 0x30 && code <= 0x39)) return true
  }
  return false
}

/** A key as `labelKey` reads it: each run of digits made `0`. */
function zeroNumbers(key: string): string {
  return key.replace(/\p{N}+/gu, '0')
}
