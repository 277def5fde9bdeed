import {isHorizontalSpace} from './chars.js'

// What a few regular expressions over a paragraph's source can tell before
// any token is read. Each bit is set when the paragraph MAY hold what the
// named check reports; a clear bit is a proof that the check finds nothing
// there. `\s` in a regular expression is exactly `isSpace`.

/** The source may hold Markdown syntax, so the tree's text may differ from it. */
export const mayHoldMarkup = 1
/** Clause marks that `checkClauses` could report or keep (semicolon capitals). */
export const mayHoldClauseFault = 2
/** `!!` or `??`. */
export const mayHoldDoubledTerminal = 4
/** Brackets, quotation marks or apostrophes, read by `checkQuotes`. */
export const mayHoldQuote = 8
/** White space at the paragraph's end or just after it. */
export const mayHoldTrailingSpace = 16

// Emphasis, code, links and images, autolinks and HTML, block quotes,
// escapes, character references, strikethrough; NUL, which Markdown
// replaces; and, below, white space next to a line break (indentation of
// continuation lines, hard breaks), which Markdown drops from the text.
const markupCharacter = /[*_`[\]<>\\&~\0]/
const spaceAtLineBreak = /[^\S\r\n][\r\n]|[\r\n][^\S\r\n]/
// Two clause marks in a row, or one after white space; a full stop before
// white space and anything that may be a lower-case letter; a semicolon
// before white space and anything that may be a capital.
const clauseFault = /[.,;:\s][.,;:]|\.\s+[^\sA-Z\d"'(\u2018\u201c]|;\s+[^\sa-z]/
const doubledTerminal = /[!?][!?]/
// Both of the rare ones in one pass, told apart only when it finds something.
const markupOrDoubledTerminal = /[*_`[\]<>\\&~\0]|[!?][!?]/
const quoteOrBracket = /["'()[\]{}\u2018\u2019\u201c\u201d]/

/**
 * Screen `value.slice(start, end)`, a paragraph's source. The conditions
 * mirror the checks:
 *
 * * `checkClauses` reports or keeps something only where two clause marks
 *   touch, a clause mark follows white space (a stray mark, or marks stuck to
 *   the next word), a full stop is followed by white space and a lower-case
 *   letter, or a semicolon by white space and a capital; anywhere else each
 *   mark is one glued to the word before it and followed by white space,
 *   which it leaves alone;
 * * `checkTerminals` needs two of `!` and `?` in a row;
 * * `checkQuotes` needs a bracket, quotation mark or apostrophe;
 * * `checkTrailingSpace` needs horizontal white space before a line break
 *   (which counts as markup) or at the paragraph's end or just after it.
 */
export function screenSource(value: string, start: number, end: number): number {
  const text = value.slice(start, end)
  let flags = 0
  if (markupOrDoubledTerminal.test(text)) {
    if (markupCharacter.test(text)) flags |= mayHoldMarkup
    if (doubledTerminal.test(text)) flags |= mayHoldDoubledTerminal
  }

  if ((text.includes('\n') || text.includes('\r')) && spaceAtLineBreak.test(text)) flags |= mayHoldMarkup
  if (clauseFault.test(text)) flags |= mayHoldClauseFault
  if (quoteOrBracket.test(text)) flags |= mayHoldQuote
  if (isHorizontalSpace(value.charCodeAt(end - 1)) || (end < value.length && isHorizontalSpace(value.charCodeAt(end)))) {
    flags |= mayHoldTrailingSpace
  }

  return flags
}
