import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import type {Node, Point} from 'unist'

/**
 * A word, punctuation mark or symbol of a sentence (white space is left out;
 * `spaceBefore` remembers it).
 */
export interface Item {
  kind: 'word' | 'punctuation' | 'symbol'
  /** As written. */
  text: string
  /** Lower case, curly apostrophes straightened, trailing full stops and a possessive `'s` removed. */
  key: string
  /** Written with a possessive `'s` (or a bare `'` after `s`). */
  possessive: boolean
  /** Starts with a capital letter. */
  capitalised: boolean
  /** White space between this item and the one before. */
  spaceBefore: boolean
  /** Inside quotation marks. */
  quoted: boolean
  start: Point
  end: Point
  /** Offsets in `SentenceView.text`. */
  from: number
  to: number
}

/**
 * A sentence prepared for the rule. `text` and `items` are worked out on
 * first use: most sentences of a story hold no digit, day or date word, and
 * a cheap look at the text settles them without building items.
 */
export interface SentenceView {
  readonly node: Sentence
  readonly paragraph: Paragraph
  /** Document order, from 0. */
  readonly index: number
  /** The sentence's text as the tree has it (white space included). */
  readonly text: string
  readonly items: Item[]
  /** Whether the text holds an ASCII digit. */
  readonly hasDigit: boolean
  /** Whether some word item's `key` is in `words`, which must be among the words `sentences` watched. */
  hasWord(words: ReadonlySet<string>): boolean
}

/** Quotation marks that open, close, or (straight) toggle a quotation. */
const opening = new Set(['“', '«', '„', '‘'])
const closing = new Set(['”', '»', '’'])
const quotationMark = /["“«„‘”»’]/

interface QuoteState {
  double: boolean
  single: boolean
}

/**
 * Every sentence of the tree, paragraph by paragraph, with its items and
 * which of them are quoted. Sentences whose nodes have no positions are left
 * out, as nothing in them could be reported.
 *
 * @param watched
 *   Words (lower-case ASCII letters) that `hasWord` is asked about: each
 *   sentence notes which of them it holds while it is first read.
 * @param screen
 *   A cheap test on the source text of each paragraph and sentence: the
 *   sentences it turns down are left out before any of their words is read.
 */
export function sentences(tree: Root, watched: ReadonlySet<string> = new Set(), screen?: Screen): SentenceView[] {
  return [...eachSentence(tree, watched, screen)]
}

/**
 * What `sentences` gives, one sentence at a time: a caller that keeps few
 * views lets the items of the others go while they are young, which costs
 * the garbage collector far less than items kept to the end.
 */
export function* eachSentence(
  tree: Root,
  watched: ReadonlySet<string> = new Set(),
  screen?: Screen
): Generator<SentenceView, undefined, undefined> {
  const watch = watchOf(watched)
  let count = 0
  for (const paragraph of paragraphsOf(tree)) {
    const children = paragraph.children
    // Sentences starting at or after this offset are read in full: the
    // paragraph's source holds markup there that may move the positions of
    // the words after it (Markdown). Without a source span, all of them are.
    let movedFrom = -1
    // Sentences ending before this offset hold nothing for the rule.
    let readFrom = -1
    if (screen && sourceSpan(paragraph, screen.source)) {
      // Most paragraphs are settled whole, without reading their sentences' positions.
      readFrom = screen.firstPossible(screen.source, span.start, span.end)
      if (readFrom === -1) {
        for (const child of children) if (child.type === 'SentenceNode') count++
        continue
      }

      movedFrom = screen.firstMove(screen.source, span.start, span.end)
    }

    // Quotations run across sentences but not across paragraphs (an unclosed
    // quotation ends with its paragraph, as in news copy that reopens it).
    const state: QuoteState = {double: false, single: false}
    for (const child of children) {
      if (child.type !== 'SentenceNode') continue
      const index = count++
      let kept = false
      if (screen && sourceSpan(child, screen.source) && span.start < movedFrom) {
        if (span.end < readFrom || screen.firstPossible(screen.source, span.start, span.end) === -1) {
          // A sentence left out still moves the quotation state, if it holds a quotation mark.
          if (quotationMark.test(screen.source.slice(span.start, span.end))) moveQuotes(child, state)
          continue
        }

        kept = true
      }

      const quotes = state.double || state.single ? {...state} : unquoted
      if (kept) {
        // Read closely for certain: its items are built at once, and what a
        // survey tells is read from them.
        const source = screen!.source
        const check: SourceCheck = {source, start: span.start, same: true}
        const items = buildItems(child, state, check)
        if (items) {
          const view = new LazySentence(child, paragraph, index, quotes, watch, items)
          if (check.same && check.start === span.end) view.knowText(source.slice(span.start, span.end))
          yield view
        }
      } else {
        const survey = surveySentence(child, state, watch)
        if (survey) yield new LazySentence(child, paragraph, index, quotes, survey, undefined)
      }
    }
  }

  return undefined
}

/**
 * A cheap test on the source text of paragraphs and sentences, to leave out
 * the sentences that cannot hold anything the caller reads before any item
 * is built.
 */
export interface Screen {
  /** The text the tree's offsets point into. */
  source: string
  /**
   * Where in `start` to `end` of `source`, a sentence or paragraph, the first
   * thing is that the caller may read: -1 when there is none, else an offset
   * such that no sentence in it ending before that offset holds anything.
   * It must never pass over a sentence that holds something, and must not
   * pass over one whose source may not be its text (Markdown).
   */
  firstPossible(source: string, start: number, end: number): number
  /**
   * Where in `start` to `end` of `source` (a paragraph) the first markup is
   * that may leave the positions of the words after it off their source (in
   * a Markdown tree), or `end`; `firstPossible` must not pass over a
   * sentence holding it.
   */
  firstMove(source: string, start: number, end: number): number
}

/** Where `sourceSpan` puts the span it found. */
const span = {start: 0, end: 0}

/**
 * Put the source span of a sentence or paragraph in `span`; `false` when it
 * has none, or when no white space or end of the source lies on either side
 * of it (a long run without white space may be cut into parser pieces inside
 * a word, and the source around Markdown text may be markup).
 */
function sourceSpan(node: Sentence | Paragraph, source: string): boolean {
  const position = node.position
  const start = position?.start.offset
  const end = position?.end.offset
  if (start === undefined || end === undefined || end <= start || end > source.length) return false
  if (start > 0 && !isSpace(source.charCodeAt(start - 1))) return false
  if (end < source.length && !isSpace(source.charCodeAt(end))) return false
  span.start = start
  span.end = end
  return true
}

/** ASCII white space, which the parser never puts inside a word. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13)
}

/** Move the quotation state over a sentence left out by the screen, as `surveySentence` would. */
function moveQuotes(sentence: Sentence, state: QuoteState) {
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') continue
    if (!hasOffsets(child)) return
    if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') quoteChange(child, child.value, state)
  }
}

function hasOffsets(node: Node): boolean {
  const position = node.position
  return position !== undefined && position.start.offset !== undefined && position.end.offset !== undefined
}

/**
 * The paragraphs of a tree in document order, found without entering them
 * (what `visit` with `'skip'` finds, without its bookkeeping for every node).
 */
function paragraphsOf(tree: Root): Paragraph[] {
  const found: Paragraph[] = []
  const stack: Array<{children: ReadonlyArray<Node>; at: number}> = [{children: tree.children, at: 0}]
  while (stack.length > 0) {
    const top = stack.at(-1)!
    const node = top.children[top.at++]
    if (!node) {
      stack.pop()
    } else if (node.type === 'ParagraphNode') {
      found.push(node as Paragraph)
    } else if ('children' in node && Array.isArray(node.children)) {
      stack.push({children: node.children as Node[], at: 0})
    }
  }

  return found
}

const unquoted: Readonly<QuoteState> = {double: false, single: false}

/** What one pass over a sentence's nodes tells before any item is built. */
interface Survey {
  /** The text holds an ASCII digit. */
  digit: boolean
  /** Keys of its words that are watched words. */
  found: string[]
}

/** Watched words, and the same capitalised (`Monday`), to find `Monday` without lower-casing it. */
interface Watch {
  words: ReadonlySet<string>
  capitalised: ReadonlyMap<string, string>
}

const watches = new WeakMap<ReadonlySet<string>, Watch>()

function watchOf(words: ReadonlySet<string>): Watch {
  let watch = watches.get(words)
  if (!watch) {
    const capitalised = new Map<string, string>()
    for (const word of words) capitalised.set(word.charAt(0).toUpperCase() + word.slice(1), word)
    watch = {words, capitalised}
    watches.set(words, watch)
  }

  return watch
}

const nothingFound: string[] = []

class LazySentence implements SentenceView {
  readonly node: Sentence
  readonly paragraph: Paragraph
  readonly index: number
  /** Quotation state where the sentence starts. */
  readonly #quotes: Readonly<QuoteState>
  /** The survey, or the watch to make it with from the items. */
  #survey: Survey | Watch
  #text: string | undefined
  #items: Item[] | undefined

  constructor(
    node: Sentence,
    paragraph: Paragraph,
    index: number,
    quotes: Readonly<QuoteState>,
    survey: Survey | Watch,
    items: Item[] | undefined
  ) {
    this.node = node
    this.paragraph = paragraph
    this.index = index
    this.#quotes = quotes
    this.#survey = survey
    this.#items = items
  }

  get text(): string {
    this.#text ??= textOf(this.node)
    return this.#text
  }

  /** Give the text, found to be the same in the source. */
  knowText(text: string) {
    this.#text = text
  }

  get hasDigit(): boolean {
    return this.#surveyed().digit
  }

  hasWord(words: ReadonlySet<string>): boolean {
    for (const key of this.#surveyed().found) if (words.has(key)) return true
    return false
  }

  get items(): Item[] {
    this.#items ??= buildItems(this.node, {...this.#quotes})!
    return this.#items
  }

  #surveyed(): Survey {
    if ('words' in this.#survey) this.#survey = surveyOf(this.items, this.text, this.#survey)
    return this.#survey
  }
}

/**
 * Read a sentence once: move the quotation state over its marks, note the
 * watched words it holds and whether it holds a digit. `undefined` when a
 * node that could be reported has no position (the sentence is left out,
 * with the state moved as far as that node, as `buildItems` reads it).
 */
function surveySentence(sentence: Sentence, state: QuoteState, watch: Watch): Survey | undefined {
  let digit = false
  let found = nothingFound
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') continue
    const position = child.position
    if (!position || position.start.offset === undefined || position.end.offset === undefined) return undefined
    if (child.type !== 'WordNode') {
      if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') quoteChange(child, child.value, state)
      if (!digit && hasDigitIn(child.value)) digit = true
      continue
    }

    const value = nodeText(child)
    // Most words are lower-case ASCII letters, their own key, or such a word
    // with a capital first letter; neither needs lower-casing to be looked up.
    let plain = true
    let capitalised = value.length > 0
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      if (code >= 0x61 && code <= 0x7a) continue
      plain = false
      if (index > 0 || code < 0x41 || code > 0x5a) capitalised = false
      if (code >= 0x30 && code <= 0x39) digit = true
    }

    const key = plain
      ? watch.words.has(value) ? value : undefined
      : capitalised
        ? watch.capitalised.get(value)
        : watchedKey(value, watch.words)
    if (key !== undefined) {
      if (found === nothingFound) found = []
      found.push(key)
    }
  }

  return {digit, found}
}

function watchedKey(value: string, words: ReadonlySet<string>): string | undefined {
  const {key} = wordKey(value)
  return words.has(key) ? key : undefined
}

/** Whether a word is lower-case ASCII letters only, and so its own key. */
function isPlain(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 0x61 || code > 0x7a) return false
  }

  return true
}

function hasDigitIn(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x30 && code <= 0x39) return true
  }

  return false
}

/** The sentence's text, read from its leaves. */
function textOf(sentence: Sentence): string {
  // Joined at once: adding piece by piece makes a chain of strings that the
  // first search through the text has to copy into one.
  const parts: string[] = []
  for (const child of sentence.children) {
    if (child.type === 'WordNode') for (const leaf of child.children) parts.push(leaf.value)
    else parts.push(child.value)
  }

  return parts.join('')
}

/** What `toString` gives for a node of a sentence, read directly: a word holds only leaves. */
function nodeText(child: SentenceContent): string {
  if (child.type !== 'WordNode') return child.value
  const leaves = child.children
  if (leaves.length === 1) return leaves[0]!.value
  let text = ''
  for (const leaf of leaves) text += leaf.value
  return text
}

/**
 * Where a sentence is in the source, for `buildItems` to compare: `start`
 * moves on over each node, and `same` stays true while each node's text is
 * the source there.
 */
interface SourceCheck {
  source: string
  start: number
  same: boolean
}

/**
 * The items of a sentence, moving the quotation state over its marks. With
 * `check`, compare its text with the source too, and give `undefined` where
 * `surveySentence` does (a node that could be reported has no position),
 * with the state moved as far.
 */
function buildItems(sentence: Sentence, state: QuoteState, check?: SourceCheck): Item[] | undefined {
  const items: Item[] = []
  let from = 0
  let spaceBefore = false

  for (const child of sentence.children) {
    const value = nodeText(child)
    const start = from
    from += value.length
    if (check) {
      if (check.same && !check.source.startsWith(value, check.start)) check.same = false
      check.start += value.length
    }

    if (child.type === 'WhiteSpaceNode') {
      spaceBefore = true
      continue
    }

    if (check && !hasOffsets(child)) return undefined
    const quoteMark = quoteChange(child, value, state)
    const quoted = !quoteMark && (state.double || state.single)
    const parts = numberAndStop(child)
    if (parts) {
      // parse-english keeps a full stop after a number in the word (“January 12.”);
      // the date is the number alone.
      items.push(item(parts[0], '', start, spaceBefore, quoted), item(parts[1], '.', start + value.length - 1, false, quoted))
    } else {
      items.push(item(child, value, start, spaceBefore, quoted))
    }

    spaceBefore = false
  }

  return items
}

/** What `surveySentence` notes, read from a sentence's items and text instead. */
function surveyOf(items: ReadonlyArray<Item>, text: string, watch: Watch): Survey {
  let found = nothingFound
  for (const made of items) {
    if (made.kind !== 'word' || !watch.words.has(made.key)) continue
    if (found === nothingFound) found = []
    found.push(made.key)
  }

  return {digit: /\d/.test(text), found}
}

/** Update the quotation state at a quotation mark; whether it was one. */
function quoteChange(child: SentenceContent, value: string, state: QuoteState): boolean {
  if (child.type !== 'PunctuationNode' && child.type !== 'SymbolNode') return false
  if (value === '"') {
    state.double = !state.double
    return true
  }

  if (opening.has(value)) {
    if (value === '‘') state.single = true
    else state.double = true
    return true
  }

  if (closing.has(value)) {
    if (value === '’') {
      if (!state.single) return false
      state.single = false
    } else {
      state.double = false
    }

    return true
  }

  return false
}

/** A word written as digits and a full stop, as its two parts. */
function numberAndStop(child: SentenceContent): [SentenceContent, SentenceContent] | undefined {
  if (child.type !== 'WordNode' || child.children.length !== 2) return undefined
  const [number, stop] = child.children
  if (number?.type !== 'TextNode' || !/^\d+$/.test(number.value) || stop?.type !== 'PunctuationNode' || stop.value !== '.') {
    return undefined
  }

  if (!number.position || !stop.position) return undefined
  return [{type: 'WordNode', children: [number], position: number.position}, stop]
}

function item(child: SentenceContent, written: string, from: number, spaceBefore: boolean, quoted: boolean): Item {
  const value = written || nodeText(child)
  const kind = child.type === 'WordNode' ? 'word' : child.type === 'SymbolNode' ? 'symbol' : 'punctuation'
  let key: string
  let possessive = false
  if (kind !== 'word') key = markKey(value)
  else if (isPlain(value)) key = value
  else ({key, possessive} = wordKey(value))
  return {
    kind,
    text: value,
    key,
    possessive,
    capitalised: startsWithCapital(value),
    spaceBefore,
    quoted,
    start: child.position!.start,
    end: child.position!.end,
    from,
    to: from + value.length
  }
}

const capital = /^\p{Lu}/u

function startsWithCapital(value: string): boolean {
  const code = value.charCodeAt(0)
  // ASCII without a regular expression: nearly every word of English copy.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return capital.test(value)
}

/** A mark's key: most are one ASCII character other than a letter, their own key. */
function markKey(value: string): string {
  const code = value.charCodeAt(0)
  if (value.length === 1 && code < 0x80 && !(code >= 0x41 && code <= 0x5a)) return value
  return lowered(value)
}

/** Lower case with curly apostrophes straightened. */
function lowered(value: string): string {
  const lower = value.toLowerCase()
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower
}

/** A word's key (see `Item.key`) and whether it is written possessive. */
function wordKey(value: string): {key: string; possessive: boolean} {
  let key = lowered(value)
  let end = key.length
  while (end > 0 && key.charCodeAt(end - 1) === 46 /* `.` */) end--
  key = key.slice(0, end)
  if (key.endsWith("'s") && key.length > 2) return {key: key.slice(0, -2), possessive: true}
  if (key.endsWith("s'")) return {key: key.slice(0, -1), possessive: true}
  return {key, possessive: false}
}

/**
 * Index of the item that holds character `offset` of the sentence text, or
 * the first item after it; `items.length` when there is none.
 */
export function itemAt(items: ReadonlyArray<Item>, offset: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (items[middle]!.to <= offset) low = middle + 1
    else high = middle
  }

  return low
}
