import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Point} from 'unist'
import {visit} from 'unist-util-visit'

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
 * A sentence prepared for the rule.
 */
export interface SentenceView {
  node: Sentence
  paragraph: Paragraph
  /** Document order, from 0. */
  index: number
  /** The sentence's text as the tree has it (white space included). */
  text: string
  items: Item[]
}

/** Quotation marks that open, close, or (straight) toggle a quotation. */
const opening = new Set(['“', '«', '„', '‘'])
const closing = new Set(['”', '»', '’'])

/**
 * Every sentence of the tree, paragraph by paragraph, with its items and
 * which of them are quoted. Sentences whose nodes have no positions are left
 * out, as nothing in them could be reported.
 */
export function sentences(tree: Root): SentenceView[] {
  const views: SentenceView[] = []
  visit(tree, 'ParagraphNode', (paragraph) => {
    // Quotations run across sentences but not across paragraphs (an unclosed
    // quotation ends with its paragraph, as in news copy that reopens it).
    const state = {double: false, single: false}
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      const view = sentenceView(child, paragraph, views.length, state)
      if (view) views.push(view)
    }

    return 'skip'
  })
  return views
}

function sentenceView(
  sentence: Sentence,
  paragraph: Paragraph,
  index: number,
  state: {double: boolean; single: boolean}
): SentenceView | undefined {
  const items: Item[] = []
  let text = ''
  let spaceBefore = false

  for (const child of sentence.children) {
    const value = toString(child)
    const from = text.length
    text += value
    if (child.type === 'WhiteSpaceNode') {
      spaceBefore = true
      continue
    }

    if (!child.position || child.position.start.offset === undefined || child.position.end.offset === undefined) {
      return undefined
    }

    const quoteMark = quoteChange(child, value, state)
    const quoted = !quoteMark && (state.double || state.single)
    const parts = numberAndStop(child)
    if (parts) {
      // parse-english keeps a full stop after a number in the word (“January 12.”);
      // the date is the number alone.
      items.push(item(parts[0], '', from, spaceBefore, quoted), item(parts[1], '.', from + value.length - 1, false, quoted))
    } else {
      items.push(item(child, value, from, spaceBefore, quoted))
    }

    spaceBefore = false
  }

  return {node: sentence, paragraph, index, text, items}
}

/** Update the quotation state at a quotation mark; whether it was one. */
function quoteChange(child: SentenceContent, value: string, state: {double: boolean; single: boolean}): boolean {
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
  const value = written || toString(child)
  const kind = child.type === 'WordNode' ? 'word' : child.type === 'SymbolNode' ? 'symbol' : 'punctuation'
  let key = value.toLowerCase().replace(/[’‘]/g, "'")
  let possessive = false
  if (kind === 'word') {
    key = key.replace(/\.+$/, '')
    if (key.endsWith("'s") && key.length > 2) {
      key = key.slice(0, -2)
      possessive = true
    } else if (key.endsWith("s'")) {
      key = key.slice(0, -1)
      possessive = true
    }
  }

  return {
    kind,
    text: value,
    key,
    possessive,
    capitalised: /^\p{Lu}/u.test(value),
    spaceBefore,
    quoted,
    start: child.position!.start,
    end: child.position!.end,
    from,
    to: from + value.length
  }
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
