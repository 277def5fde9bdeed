import type {Nodes, Root, Word} from 'nlcst'
import type {Point} from 'unist'
import {capital, keyFlags, nameWord as nameWordFlag} from './word-flags.js'

/**
 * What separates a word from the next one in the same block: one plain space, a
 * comma (and space), anything else inside the block (other punctuation, symbols, a
 * line break), or the end of the block.
 */
export type Separator = 'space' | 'comma' | 'other' | 'end'

/**
 * A word of the text, flattened out of the tree with what follows it.
 */
export interface WordToken {
  /** The word as written, without a possessive `'s` (`Russia` of `Russia's`). */
  core: string
  /** Folded `core`: lower case, no marks, one apostrophe and one hyphen. */
  key: string
  possessive: boolean
  start: Point
  end: Point
  /** End of `core`. */
  coreEnd: Point
  /** Sentence index in document order. */
  sentence: number
  /** What follows the word. */
  separator: Separator
  /** The punctuation right after the word, if any (`,`, `.`, `:`). */
  after: string
  /** Whether the word opens its sentence. */
  sentenceStart: boolean
  /** Starts with a capital letter (or is a prefixed name such as `al-Assad`). */
  capitalised: boolean
  /** Capitals only: `NATO`, `U.S.`, `ALSO`. */
  acronym: boolean
  /**
   * The word's bits (`word-flags.ts`): whether it is a name particle, a name
   * word, a function word, a title opener… Kept as one number rather than a
   * field each: a token is made for every word of the text.
   */
  flags: number
}

/**
 * A block of text: a paragraph (or a heading, a list item) whose words can form
 * one name. Names never cross blocks.
 */
export interface Block {
  words: WordToken[]
  /** Each word's bits (`word-flags.ts`), in a compact array for scans. */
  flags: number[]
}

/** Arabic and similar prefixes joined by a hyphen to a capitalised name: "al-Assad". */
const prefixed = /^(?:al|el|ad|an|ar|as|ash|at|az|abd|abdul|bin|ibn|ben|bint|o)[-'’]\p{Lu}/u

function isAcronymText(core: string): boolean {
  // Most words are lower-case ASCII: settle them without building a string.
  let letters = 0
  let run = 0
  let pair = false
  let plural = false
  for (let index = 0; index < core.length; index++) {
    const code = core.charCodeAt(index)
    // `.`, `-`, `&` are left out of the letters.
    if (code === 46 || code === 45 || code === 38) continue
    if (code > 127) return isAcronymSlow(core)
    // After a plural `s`, nothing may follow.
    if (plural) return false
    letters++
    if (code >= 65 && code <= 90) {
      run++
      if (run >= 2) pair = true
    } else if (code >= 48 && code <= 57) {
      run = 0
    } else if (code === 115 && letters > 1) {
      plural = true
      run = 0
    } else {
      return false
    }
  }

  return letters >= 2 && pair
}

function isAcronymSlow(core: string): boolean {
  const letters = core.replace(/[.\-&]/g, '')
  return letters.length >= 2 && /^[\p{Lu}\d]+s?$/u.test(letters) && /\p{Lu}{2}/u.test(letters)
}

/** Whether a word starts with a capital (or is a prefixed name such as `al-Assad`). */
function isCapitalisedText(core: string): boolean {
  const code = core.charCodeAt(0)
  if (code >= 65 && code <= 90) return true
  // A prefix is lower case and joined by a hyphen or an apostrophe.
  if (code >= 97 && code <= 122) {
    return core.length > 2 && (core.includes('-') || core.includes("'") || core.includes('’')) && prefixed.test(core)
  }

  return code > 127 && (/^\p{Lu}/u.test(core) || prefixed.test(core))
}

/**
 * Fold a word or name the way mentions compare them: no marks, lower case, curly
 * apostrophes and dashes unified, dots of initials and abbreviations dropped.
 */
export function fold(value: string): string {
  return foldAs(value, asciiKind(value))
}

/** How a word folds: plain ASCII already folded, plain ASCII to fold, or other characters. */
type Kind = 'folded' | 'ascii' | 'other'

function asciiKind(value: string): Kind {
  let kind: Kind = 'folded'
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 0x20 || code > 0x7e) return 'other'
    if ((code >= 65 && code <= 90) || code === 46 || code === 96) kind = 'ascii'
  }

  return kind
}

function foldAs(value: string, kind: Kind): string {
  // Most words are plain lower-case ASCII: nothing to change, nothing to allocate.
  if (kind === 'folded') return value
  if (kind === 'other') return foldUnicode(value)
  let result = value.toLowerCase()
  if (result.includes('`')) result = result.replace(/`/g, "'")
  if (result.includes('.')) result = result.replace(/\./g, '')
  return result
}

function foldUnicode(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’ʼ‘`]/g, "'")
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\./g, '')
}

/** What lies between two words of a block, read as it streams past. */
interface Gap {
  /** Characters of white space and punctuation. */
  size: number
  /** Sentence starts. */
  sentences: number
  /** Other items (white space, punctuation, nodes of other kinds). */
  items: number
  /** The first item's punctuation, `''` when the first item is not punctuation. */
  after: string
  /** Whether the first other item is a comma, and the second a space without a line break. */
  firstComma: boolean
  /** Whether the first other item is a space without a line break. */
  firstSpace: boolean
  secondSpace: boolean
}

/**
 * Flatten a tree into blocks of words, with positions (including `offset`s). Nodes
 * without positions end the current block, so they never join words into a name.
 *
 * One pass: each word's separator is settled when the next word (or the end of
 * its block) comes, from a tally of what came between, so no list of the
 * nodes between words is kept.
 */
export function toBlocks(tree: Root, value: string): Block[] {
  const blocks: Block[] = []
  let words: WordToken[] = []
  let flags: number[] = []
  let last: WordToken | undefined
  let sentence = -1
  const gap: Gap = {size: 0, sentences: 0, items: 0, after: '', firstComma: false, firstSpace: false, secondSpace: false}
  /** Whether anything at all came since the last word (the first item decides `after`). */
  let empty = true

  walk(tree)
  flush()
  return blocks

  function flush(): void {
    if (last) {
      last.after = gap.after
      last.separator = 'end'
    }

    if (words.length > 0) blocks.push({words, flags})
    words = []
    flags = []
    last = undefined
  }

  function reset(): void {
    gap.size = 0
    gap.sentences = 0
    gap.items = 0
    gap.after = ''
    gap.firstComma = false
    gap.firstSpace = false
    gap.secondSpace = false
    empty = true
  }

  /** Settle what separates the last word from `next`. */
  function separate(token: WordToken, next: WordToken): void {
    token.after = gap.after
    // Markup between words (Markdown `**`, links) is not in the tree: the words
    // are not written next to each other, so no name joins them.
    if (next.start.offset! - token.end.offset! !== gap.size) {
      token.separator = 'other'
      return
    }

    // A sentence break after an initial or abbreviation ("J. Smith") does not
    // separate words; one after anything else does.
    if (gap.sentences > 0 && value.charCodeAt(token.end.offset! - 1) !== 46) {
      token.separator = 'other'
    } else if (gap.items === 1 && gap.firstSpace) {
      token.separator = 'space'
    } else if (gap.items === 2 && gap.firstComma && gap.secondSpace) {
      token.separator = 'comma'
    } else {
      token.separator = 'other'
    }
  }

  function addWord(token: WordToken): void {
    if (last) separate(last, token)
    words.push(token)
    flags.push(token.flags)
    last = token
    reset()
  }

  /** A space, punctuation or a node of another kind between words. */
  function addItem(kind: 'space' | 'punct' | 'other', text: string): void {
    if (empty) gap.after = kind === 'punct' ? text : ''
    empty = false
    const newline = kind === 'space' && (text.includes('\n') || text.includes('\r'))
    if (gap.items === 0) {
      gap.firstSpace = kind === 'space' && !newline
      gap.firstComma = kind === 'punct' && text === ','
    } else if (gap.items === 1) {
      gap.secondSpace = kind === 'space' && !newline
    }

    gap.items++
    if (kind !== 'other') gap.size += text.length
  }

  function walk(node: Nodes): void {
    switch (node.type) {
      case 'RootNode':
      case 'ParagraphNode': {
        flush()
        reset()
        for (const child of node.children) walk(child)
        flush()
        reset()
        break
      }

      case 'SentenceNode': {
        sentence++
        if (empty) gap.after = ''
        empty = false
        gap.sentences++
        let opens = true
        for (const child of node.children) {
          if (child.type === 'WordNode') {
            const token = readWord(child, opens)
            if (token) addWord(token)
            else addItem('other', '')
            opens = false
          } else walk(child)
        }

        break
      }

      case 'WhiteSpaceNode': {
        addItem('space', node.value)
        break
      }

      case 'PunctuationNode':
      case 'SymbolNode': {
        addItem('punct', node.value)
        break
      }

      default: {
        addItem('other', '')
      }
    }
  }

  function readWord(node: Word, opens: boolean): WordToken | undefined {
    const start = node.position?.start
    const end = node.position?.end
    if (!start || !end || start.offset === undefined || end.offset === undefined) return undefined
    const children = node.children
    const size = children.length
    // The source slice, not the tree's text: findings must quote the source
    // exactly. A word of one text node that matches the source is that node's
    // value, which saves copying most words out of the source.
    const only = size === 1 ? children[0] : undefined
    const text =
      only?.type === 'TextNode' &&
      only.value.length === end.offset - start.offset &&
      value.startsWith(only.value, start.offset)
        ? only.value
        : value.slice(start.offset, end.offset)
    let core = text
    let coreEnd: Point = end
    let possessive = false
    if (size >= 3) {
      const s = children[size - 1]
      const mark = children[size - 2]
      const beforeEnd = children[size - 3]?.position?.end
      if (
        s?.type === 'TextNode' &&
        (s.value === 's' || s.value === 'S') &&
        mark?.type === 'PunctuationNode' &&
        (mark.value === "'" || mark.value === '’' || mark.value === 'ʼ') &&
        beforeEnd?.offset !== undefined
      ) {
        possessive = true
        coreEnd = beforeEnd
        core = text.slice(0, beforeEnd.offset - start.offset)
      }
    }

    const kind = asciiKind(core)
    const key = foldAs(core, kind)
    const capitalised = isCapitalisedText(core)
    const acronym = capitalised || core.length > 1 ? isAcronymText(core) : false
    const nameWord = capitalised && !acronym && !/\d/.test(core)
    const flags = keyFlags(key) | (capitalised ? capital : 0) | (nameWord ? nameWordFlag : 0)
    return {
      core,
      key,
      possessive,
      start,
      end,
      coreEnd,
      sentence,
      separator: 'end',
      after: '',
      sentenceStart: opens,
      capitalised,
      acronym,
      flags
    }
  }
}
