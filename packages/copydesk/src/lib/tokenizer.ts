import type {Root, SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Point} from 'unist'
import {paragraphPlugins} from './implicit-sentences.js'
import type {PieceStart} from './shift-positions.js'

/** Kinds of character, as parse-latin's tokenizer sorts them. */
const unknown = 0
const whiteSpace = 1
const punctuation = 2
const word = 3
const symbol = 4

type Kind = typeof whiteSpace | typeof punctuation | typeof word | typeof symbol

const typeOfKind = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const

/** ASCII characters parse-latin counts as punctuation; other printable ones are symbols. */
const asciiPunctuation = `!"'(),-./:;?[\\]_{}`

/**
 * The kind of every UTF-16 code unit (parse-latin reads text one code unit at
 * a time, so each half of a surrogate pair is classified on its own).
 * ASCII is filled here; other code units are learnt on first sight.
 */
const kinds = new Uint8Array(0x1_00_00)
for (let code = 0; code < 0x80; code++) {
  kinds[code] =
    (code >= 9 && code <= 13) || code === 32
      ? whiteSpace
      : (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
        ? word
        : asciiPunctuation.includes(String.fromCharCode(code))
          ? punctuation
          : symbol
}

/** A parser whose `tokenize` is parse-latin's own, to ask about characters outside ASCII. */
const reference = new ParseEnglish()

/**
 * The kind parse-latin gives the UTF-16 code unit `code`.
 *
 * Outside ASCII the answer comes from parse-latin itself, once per code unit
 * per process: its Unicode classes are generated from an older Unicode version
 * than Node's `\p{…}` escapes know (letters added since are symbols to it), so
 * asking it is the only way to agree with it on every code unit.
 */
export function kindOf(code: number): Kind {
  let kind = kinds[code]!
  if (kind === unknown) {
    const type = ParseEnglish.prototype.tokenize.call(reference, String.fromCharCode(code))[0]?.type
    kind = type === 'WhiteSpaceNode' ? whiteSpace : type === 'PunctuationNode' ? punctuation : type === 'WordNode' ? word : symbol
    kinds[code] = kind
  }
  return kind as Kind
}

/** The nlcst node type parse-latin gives a lone UTF-16 code unit. */
export function typeOfCodeUnit(code: number): SentenceContent['type'] {
  return typeOfKind[kindOf(code)] as SentenceContent['type']
}

const origin: PieceStart = {line: 1, column: 1, offset: 0}

/**
 * `ParseEnglish` whose tokenizer counts positions from where a piece of a
 * larger document starts, so the tree of a paragraph comes out with the
 * document's lines, columns and offsets and needs no shifting afterwards.
 *
 * The tree is the one parse-latin builds, node for node and point for point:
 * the same tokens, the same point objects shared between a word and its text
 * node, so parse-latin's and parse-english's plugins, which build parents'
 * positions from their children's, see what they always see. Unless
 * `parseAt` is running, counting starts at 1:1 like the stock tokenizer, so
 * other callers (Markdown through mdast-util-to-nlcst) get the stock result.
 */
export class ParseEnglishAt extends ParseEnglish {
  /** Where the text being tokenized starts in the document. */
  private from: PieceStart = origin

  /** The point just after the text last tokenized. */
  reached: PieceStart = origin

  /**
   * Parse `value`, a piece of a document starting at `start`; afterwards
   * `reached` is the point just after it.
   */
  parseAt(value: string, start: PieceStart): Root {
    this.from = start
    try {
      return this.parse(value)
    } finally {
      this.from = origin
    }
  }

  // Classifying by table rather than by three Unicode regular expressions per
  // character, and counting from `from`, is the whole difference from
  // parse-latin's tokenizer; the rules for where a token ends are its own.
  override tokenize(value?: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    let {line, column} = this.from
    const base = this.from.offset
    if (!value) {
      this.reached = {line, column, offset: base}
      return children
    }

    let start: Point = {line, column, offset: base}
    let from = 0
    let previousKind: Kind = symbol
    let previousCode = -1

    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      const kind = code < 0x80 ? (kinds[code] as Kind) : kindOf(code)

      // Words and white space run on; punctuation and symbols run on only
      // while the same character repeats, or across the halves of surrogate pairs.
      if (
        index > from &&
        (kind !== previousKind ||
          (kind !== word && kind !== whiteSpace && code !== previousCode && (code < 0xd8_00 || code > 0xdf_ff)))
      ) {
        children.push(token(previousKind, value.slice(from, index), start, line, column, base + index))
        from = index
        start = {line, column, offset: base + index}
      }

      // CRLF, a lone CR and a lone LF each end one line.
      if (code === 13 || (code === 10 && previousCode !== 13)) {
        line++
        column = 1
      } else if (code !== 10) {
        column++
      }

      previousKind = kind
      previousCode = code
    }

    const end = base + value.length
    children.push(token(previousKind, value.slice(from), start, line, column, end))
    this.reached = {line, column, offset: end}
    return children
  }
}

// The same plugins, one of them rewritten to allocate less (see
// `implicit-sentences.ts`); the parser's constructor copies this list.
ParseEnglishAt.prototype.tokenizeParagraphPlugins = paragraphPlugins()

/**
 * A token as parse-latin makes it: a word and its text node share the start
 * point but each has an end point of its own.
 */
function token(kind: Kind, value: string, start: Point, line: number, column: number, offset: number): SentenceContent {
  if (kind === word) {
    return {
      type: 'WordNode',
      children: [{type: 'TextNode', value, position: {start, end: {line, column, offset}}}],
      position: {start, end: {line, column, offset}}
    }
  }
  return {type: typeOfKind[kind] as 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode', value, position: {start, end: {line, column, offset}}}
}
