import type {Nodes, Root, Word} from 'nlcst'
import type {Point} from 'unist'

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
  /** The word as written (`Russia's`). */
  text: string
  /** The word without a possessive `'s` (`Russia`). */
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
}

/**
 * A block of text: a paragraph (or a heading, a list item) whose words can form
 * one name. Names never cross blocks.
 */
export interface Block {
  words: WordToken[]
}

const apostrophe = /^['’ʼ]$/

/** Arabic and similar prefixes joined by a hyphen to a capitalised name: "al-Assad". */
const prefixed = /^(?:al|el|ad|an|ar|as|ash|at|az|abd|abdul|bin|ibn|ben|bint|o)[-'’]\p{Lu}/u

function isAcronymText(core: string): boolean {
  const letters = core.replace(/[.\-&]/g, '')
  return letters.length >= 2 && /^[\p{Lu}\d]+s?$/u.test(letters) && /\p{Lu}{2}/u.test(letters)
}

/**
 * Fold a word or name the way mentions compare them: no marks, lower case, curly
 * apostrophes and dashes unified, dots of initials and abbreviations dropped.
 */
export function fold(value: string): string {
  // Most words are plain ASCII: no marks to strip, no dashes or quotes to unify.
  if (/^[\x20-\x7E]*$/.test(value)) return value.toLowerCase().replace(/`/g, "'").replace(/\./g, '')
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’ʼ‘`]/g, "'")
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\./g, '')
}

type Item =
  | {kind: 'word'; token: WordToken}
  | {kind: 'space'; newline: boolean; size: number}
  | {kind: 'punct'; value: string; size: number}
  | {kind: 'sentence'}
  | {kind: 'other'}

/**
 * Flatten a tree into blocks of words, with positions (including `offset`s). Nodes
 * without positions end the current block, so they never join words into a name.
 */
export function toBlocks(tree: Root, value: string): Block[] {
  const blocks: Block[] = []
  let items: Item[] = []
  let sentence = -1

  walk(tree)
  flush()
  return blocks

  function flush(): void {
    const words: WordToken[] = []
    for (let index = 0; index < items.length; index++) {
      const item = items[index]
      if (item?.kind !== 'word') continue
      words.push(item.token)
      separate(item.token, index + 1)
    }

    if (words.length > 0) blocks.push({words})
    items = []
  }

  /** Decide what separates the word before `from` from the next word. */
  function separate(token: WordToken, from: number): void {
    const between: Item[] = []
    let next = from
    while (next < items.length && items[next]?.kind !== 'word') {
      between.push(items[next]!)
      next++
    }

    const first = between[0]
    token.after = first?.kind === 'punct' ? first.value : ''
    const following = items[next]
    if (!following || following.kind !== 'word') {
      token.separator = 'end'
      return
    }

    // Markup between words (Markdown `**`, links) is not in the tree: the words
    // are not written next to each other, so no name joins them.
    let size = 0
    for (const item of between) if (item.kind === 'space' || item.kind === 'punct') size += item.size
    if (following.token.start.offset! - token.end.offset! !== size) {
      token.separator = 'other'
      return
    }

    // A sentence break after an initial or abbreviation ("J. Smith") does not
    // separate words; one after anything else does.
    const plain = between.filter((item) => item.kind !== 'sentence' || !/\.$/.test(token.text))
    if (plain.length === 1 && plain[0]?.kind === 'space' && !plain[0].newline) {
      token.separator = 'space'
    } else if (
      plain.length === 2 &&
      plain[0]?.kind === 'punct' &&
      plain[0].value === ',' &&
      plain[1]?.kind === 'space' &&
      !plain[1].newline
    ) {
      token.separator = 'comma'
    } else {
      token.separator = 'other'
    }
  }

  function walk(node: Nodes): void {
    switch (node.type) {
      case 'RootNode':
      case 'ParagraphNode': {
        flush()
        for (const child of node.children) walk(child)
        flush()
        break
      }

      case 'SentenceNode': {
        sentence++
        items.push({kind: 'sentence'})
        let opens = true
        for (const child of node.children) {
          if (child.type === 'WordNode') {
            const token = readWord(child, opens)
            items.push(token ? {kind: 'word', token} : {kind: 'other'})
            opens = false
          } else walk(child)
        }

        break
      }

      case 'WhiteSpaceNode': {
        items.push({kind: 'space', newline: /[\n\r]/.test(node.value), size: node.value.length})
        break
      }

      case 'PunctuationNode':
      case 'SymbolNode': {
        items.push({kind: 'punct', value: node.value, size: node.value.length})
        break
      }

      default: {
        items.push({kind: 'other'})
      }
    }
  }

  function readWord(node: Word, opens: boolean): WordToken | undefined {
    const start = node.position?.start
    const end = node.position?.end
    if (!start || !end || start.offset === undefined || end.offset === undefined) return undefined
    // The source slice, not the tree's text: findings must quote the source exactly.
    const text = value.slice(start.offset, end.offset)
    const children = node.children
    const size = children.length
    let core = text
    let coreEnd: Point = end
    let possessive = false
    const s = children[size - 1]
    const mark = children[size - 2]
    const before = children[size - 3]
    const beforeEnd = before?.position?.end
    if (
      s?.type === 'TextNode' &&
      /^[sS]$/.test(s.value) &&
      mark?.type === 'PunctuationNode' &&
      apostrophe.test(mark.value) &&
      beforeEnd?.offset !== undefined
    ) {
      possessive = true
      coreEnd = beforeEnd
      core = text.slice(0, beforeEnd.offset - start.offset)
    }

    return {
      text,
      core,
      key: fold(core),
      possessive,
      start,
      end,
      coreEnd,
      sentence,
      separator: 'end',
      after: '',
      sentenceStart: opens,
      capitalised: /^\p{Lu}/u.test(core) || prefixed.test(core),
      acronym: isAcronymText(core)
    }
  }
}
