import type {Nodes, Root, Word} from 'nlcst'
import type {Use} from './state.js'
import type {Point} from 'unist'
import {
  acronym as acronymFlag,
  capital,
  keyFlags,
  nameWord as nameWordFlag,
  opensSentence,
  possessive as possessiveFlag,
  spaceAfter
} from './word-flags.js'

/**
 * What separates a word from the next one in the same block: one plain space, a
 * comma (and space), anything else inside the block (other punctuation, symbols, a
 * line break), or the end of the block.
 */
export type Separator = 'space' | 'comma' | 'other' | 'end'

/**
 * A word of the text, flattened out of the tree with what follows it. One is
 * made for every word of the text, so what can be a bit lives in `flags`.
 */
export interface WordToken {
  /** The word as written, without a possessive `'s` (`Russia` of `Russia's`). */
  core: string
  /** Folded `core`: lower case, no marks, one apostrophe and one hyphen. */
  key: string
  possessive: boolean
  start: Point
  /** End of `core`. */
  coreEnd: Point
  /** `start.offset` and `coreEnd.offset`, kept in the token: reading them through the points costs a trip to the tree. */
  offset: number
  coreEndOffset: number
  /** Sentence index in document order. */
  sentence: number
  /** What follows the word. */
  separator: Separator
  /** The punctuation right after the word, if any (`,`, `.`, `:`). */
  after: string
  /** Bit `n` set when the `n` words from this one are a place phrase (`classify.ts`), or `unknownPlaces`. */
  places: number
  /**
   * The word's bits (`word-flags.ts`): whether it is capitalised, an acronym,
   * a name particle, a name word, a function word, a title opener, whether it
   * opens its sentence…
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
  /** What each word has been taken for, all `undefined` when read. */
  used: Array<Use | undefined>
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

/** What a word's text says of it, the same wherever it stands. */
interface WordInfo {
  key: string
  /** `keyFlags` of the key, with `capital`, `nameWord` and `acronym`. */
  flags: number
}

/** Words seen so far, by text, kept until there are this many (bounds memory on huge inputs). */
const mostInfos = 50_000
let infos = new Map<string, WordInfo>()

/**
 * The key and bits of a word as written. Copy repeats its words ("the",
 * "said", the names of the story): each spelling is read once, and every
 * later occurrence costs one lookup instead of folding and five set lookups.
 */
function wordInfo(core: string): WordInfo {
  let info = infos.get(core)
  if (info === undefined) {
    const key = foldAs(core, asciiKind(core))
    const capitalised = isCapitalisedText(core)
    const acronym = capitalised || core.length > 1 ? isAcronymText(core) : false
    const nameWord = capitalised && !acronym && !/\d/.test(core)
    const flags =
      keyFlags(key) | (capitalised ? capital : 0) | (nameWord ? nameWordFlag : 0) | (acronym ? acronymFlag : 0)
    info = {key, flags}
    if (infos.size >= mostInfos) infos = new Map()
    infos.set(core, info)
  }

  return info
}

/**
 * Token objects and block arrays, reused from one flattening to the next.
 * They live only while the mentions of one file are read (what is found
 * keeps the tree's points, never a token), and making fresh ones for every
 * word of the text was the largest single cost of the reading, most of it
 * the garbage collector moving them. Between files the pool is held weakly,
 * so an idle process gives its memory back, except for a pool of at most
 * `mostKept` tokens, which is kept: the collector clears a weak pool between
 * most article-sized files, and each would make its tokens afresh. The kept
 * pool lets go of the last file's text (its tokens' strings and points)
 * when it is given back.
 */
class Pool {
  private readonly stock: Stock
  private tokensUsed = 0
  private blocksUsed = 0
  /** Whether this reading took the shared stock (a reading inside a reading gets fresh objects). */
  private readonly owns: boolean

  constructor() {
    this.owns = !busy
    this.stock = (this.owns ? (pool?.deref() ?? kept) : undefined) ?? {tokens: [], blocks: []}
    if (this.owns) busy = true
  }

  token(): WordToken {
    const tokens = this.stock.tokens
    let token = tokens[this.tokensUsed]
    if (token === undefined) {
      token = {
        core: '',
        key: '',
        possessive: false,
        start: nowhere,
        coreEnd: nowhere,
        offset: 0,
        coreEndOffset: 0,
        places: unknownPlaces,
        sentence: 0,
        separator: 'end',
        after: '',
        flags: 0
      }
      if (tokens.length < mostPooled) tokens.push(token)
    }

    this.tokensUsed++
    return token
  }

  /** A block with arrays of any length: the reader sets their lengths. */
  block(): Block {
    const blocks = this.stock.blocks
    let block = blocks[this.blocksUsed]
    if (block === undefined) {
      block = {words: [], flags: [], used: []}
      if (blocks.length < mostPooled) blocks.push(block)
    }

    this.blocksUsed++
    return block
  }

  /** Give everything back: the blocks read with it must no longer be used. */
  release(): void {
    if (!this.owns) return
    busy = false
    const {tokens} = this.stock
    if (this.stock !== pool?.deref()) pool = new WeakRef(this.stock)
    if (tokens.length > mostKept) return
    // Every field is set again when a token is next read.
    for (const token of tokens) {
      token.core = ''
      token.key = ''
      token.after = ''
      token.start = nowhere
      token.coreEnd = nowhere
    }
    kept = this.stock
  }
}

interface Stock {
  tokens: WordToken[]
  blocks: Block[]
}

const nowhere: Point = {line: 1, column: 1, offset: 0}
/** `places` of a token not yet asked about. */
export const unknownPlaces = -1
/** Tokens (and blocks) kept for reuse at most (about 10 MB). */
const mostPooled = 200_000
let pool: WeakRef<Stock> | undefined
/** Tokens a pool may hold and still be kept between files (about 2 MB). */
const mostKept = 20_000
/** The last pool of at most `mostKept` tokens, held strongly. */
let kept: Stock | undefined
/** Whether the pool is in use (a reading inside a reading gets fresh objects). */
let busy = false

/** Whether a white space holds a line break. */
function breaksLine(text: string): boolean {
  // Most white space between words is one space.
  if (text === ' ') return false
  return text.includes('\n') || text.includes('\r')
}

/**
 * Flatten a tree into blocks of words, with positions (including `offset`s), and
 * read them with `read`, which must keep no token: they are reused. Nodes
 * without positions end the current block, so they never join words into a name.
 *
 * One pass: each word's separator is settled when the next word (or the end of
 * its block) comes, from a tally of what came between, so no list of the
 * nodes between words is kept.
 */
export function readBlocks<T>(tree: Root, value: string, read: (blocks: Block[]) => T): T {
  const reader = new BlockReader(value)
  try {
    reader.walk(tree)
    reader.flush()
    return read(reader.blocks)
  } finally {
    // The blocks hold pooled tokens: `read` must keep nothing of them.
    reader.pool.release()
  }
}

/** The state of one flattening, as fields rather than closures over `let`s. */
class BlockReader {
  readonly blocks: Block[] = []
  /** The block being read, from its first word; `count` words so far. */
  private block: Block | undefined = undefined
  private count = 0
  private last: WordToken | undefined = undefined
  /** End offset of `last` with its possessive. */
  private lastEnd = 0
  private sentence = -1
  // What lies between two words of a block, read as it streams past.
  /** Characters of white space and punctuation. */
  private size = 0
  /** Sentence starts. */
  private sentences = 0
  /** Other items (white space, punctuation, nodes of other kinds). */
  private items = 0
  /** The first item's punctuation, `''` when the first item is not punctuation. */
  private after = ''
  /** Whether the first other item is a comma, and the second a space without a line break. */
  private firstComma = false
  /** Whether the first other item is a space without a line break. */
  private firstSpace = false
  private secondSpace = false
  /** Whether anything at all came since the last word (the first item decides `after`). */
  private empty = true

  readonly pool = new Pool()

  constructor(private readonly value: string) {}

  flush(): void {
    const last = this.last
    if (last) {
      last.after = this.after
      last.separator = 'end'
    }

    const block = this.block
    if (block) {
      // The arrays may come from a longer block of an earlier reading.
      const count = this.count
      if (block.words.length !== count) {
        block.words.length = count
        block.flags.length = count
      }

      block.used.length = count
      block.used.fill(undefined)
      this.blocks.push(block)
    }

    this.block = undefined
    this.count = 0
    this.last = undefined
  }

  private reset(): void {
    this.size = 0
    this.sentences = 0
    this.items = 0
    this.after = ''
    this.firstComma = false
    this.firstSpace = false
    this.secondSpace = false
    this.empty = true
  }

  /** Settle what separates the last word from the next, which starts at `next`. */
  private separate(token: WordToken, next: number): void {
    token.after = this.after
    // Markup between words (Markdown `**`, links) is not in the tree: the words
    // are not written next to each other, so no name joins them.
    if (next - this.lastEnd !== this.size) {
      token.separator = 'other'
      return
    }

    // A sentence break after an initial or abbreviation ("J. Smith") does not
    // separate words; one after anything else does.
    if (this.sentences > 0 && this.value.charCodeAt(this.lastEnd - 1) !== 46) {
      token.separator = 'other'
    } else if (this.items === 1 && this.firstSpace) {
      token.separator = 'space'
      token.flags |= spaceAfter
      this.block!.flags[this.count - 1] = token.flags
    } else if (this.items === 2 && this.firstComma && this.secondSpace) {
      token.separator = 'comma'
    } else {
      token.separator = 'other'
    }
  }

  /** White space between words. */
  private addSpace(text: string): void {
    if (this.empty) {
      this.after = ''
      this.empty = false
    }

    if (this.items === 0) {
      this.firstSpace = !breaksLine(text)
      this.firstComma = false
    } else if (this.items === 1) {
      this.secondSpace = !breaksLine(text)
    }

    this.items++
    this.size += text.length
  }

  /** Punctuation or a symbol between words. */
  private addPunctuation(text: string): void {
    if (this.empty) {
      this.after = text
      this.empty = false
    }

    if (this.items === 0) {
      this.firstSpace = false
      this.firstComma = text === ','
    } else if (this.items === 1) {
      this.secondSpace = false
    }

    this.items++
    this.size += text.length
  }

  /** A node of another kind (or a word without a position) between words. */
  private addOther(): void {
    if (this.empty) {
      this.after = ''
      this.empty = false
    }

    if (this.items === 0) {
      this.firstSpace = false
      this.firstComma = false
    } else if (this.items === 1) {
      this.secondSpace = false
    }

    this.items++
  }

  walk(node: Nodes): void {
    switch (node.type) {
      case 'RootNode':
      case 'ParagraphNode': {
        this.flush()
        this.reset()
        for (const child of node.children) this.walk(child)
        this.flush()
        this.reset()
        break
      }

      case 'SentenceNode': {
        this.sentence++
        if (this.empty) this.after = ''
        this.empty = false
        this.sentences++
        let opens = true
        for (const child of node.children) {
          switch (child.type) {
            case 'WordNode': {
              this.readWord(child, opens)
              opens = false
              break
            }

            case 'WhiteSpaceNode': {
              this.addSpace(child.value)
              break
            }

            case 'PunctuationNode':
            case 'SymbolNode': {
              this.addPunctuation(child.value)
              break
            }

            default: {
              this.walk(child)
            }
          }
        }

        break
      }

      case 'WhiteSpaceNode': {
        this.addSpace(node.value)
        break
      }

      case 'PunctuationNode':
      case 'SymbolNode': {
        this.addPunctuation(node.value)
        break
      }

      default: {
        this.addOther()
      }
    }
  }

  private readWord(node: Word, opens: boolean): void {
    const start = node.position?.start
    const end = node.position?.end
    if (!start || !end || start.offset === undefined || end.offset === undefined) {
      this.addOther()
      return
    }

    const value = this.value
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
        beforeEnd !== undefined &&
        beforeEnd.offset !== undefined
      ) {
        possessive = true
        coreEnd = beforeEnd
        core = text.slice(0, beforeEnd.offset - start.offset)
      }
    }

    const info = wordInfo(core)
    const flags = info.flags | (opens ? opensSentence : 0) | (possessive ? possessiveFlag : 0)
    const token = this.pool.token()
    token.core = core
    token.key = info.key
    token.possessive = possessive
    token.start = start
    token.coreEnd = coreEnd
    token.offset = start.offset
    token.coreEndOffset = coreEnd.offset!
    token.sentence = this.sentence
    token.separator = 'end'
    token.after = ''
    token.flags = flags
    token.places = unknownPlaces
    if (this.last) this.separate(this.last, start.offset)
    let block = this.block
    if (!block) {
      block = this.pool.block()
      this.block = block
    }

    block.words[this.count] = token
    block.flags[this.count] = flags
    this.count++
    this.last = token
    this.lastEnd = end.offset
    this.reset()
  }
}
