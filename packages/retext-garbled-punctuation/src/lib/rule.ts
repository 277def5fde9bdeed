import type {Paragraph, Root} from 'nlcst'
import type {Node, Point} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {chunksOf} from './chunks.js'
import {noteWantedCapitals} from './capitals.js'
import {checkClauses, type ClauseState} from './clauses.js'
import {commonWordSet} from './common-words.js'
import type {Finding} from './finding.js'
import type {Settings} from './options.js'
import {paragraphText, sourceStandsForText, type ParagraphText} from './paragraph-text.js'
import {checkQuotes, createQuoteState, finishQuotes, skipQuotes} from './quotes.js'
import {
  mayHoldClauseFault,
  mayHoldDoubledTerminal,
  mayHoldMarkup,
  mayHoldQuote,
  mayHoldTrailingSpace,
  screenSource
} from './screen.js'
import {checkTerminals} from './terminals.js'
import {checkTrailingSpace} from './trailing-space.js'

/**
 * Check a whole document: every paragraph once, in order, then what needs
 * the whole document (names seen before a semicolon's capital is judged, the
 * mix of quotation mark styles). Messages come out in document order.
 *
 * With `screen` (always, but for tests that compare), a paragraph whose
 * source can stand for its text is screened first (see `screenSource`) and
 * only the checks that may find something there are run, on the source
 * itself; the capitals such paragraphs hold are only read when a semicolon
 * needs them.
 */
export function checkDocument(tree: Root, file: VFile, settings: Settings, screen = true): void {
  const value = String(file)
  const findings: Finding[] = []
  const clauses: ClauseState = {
    settings,
    findings,
    semicolons: [],
    capitalised: new Set(),
    commonWords: commonWordSet
  }
  const quotes = createQuoteState(settings.quotes, findings)
  // Source ranges of the paragraphs whose capitals are not yet noted, in pairs.
  const unread: number[] = []

  for (const paragraph of paragraphs(tree)) {
    const range = screen ? sourceStandsForText(paragraph, value) : undefined
    const flags = range ? screenSource(value, range[0], range[1]) : mayHoldMarkup
    if ((flags & mayHoldMarkup) !== 0) {
      const text = paragraphText(paragraph, value)
      if (text) {
        const chunks = chunksOf(text.text)
        checkClauses(text, chunks, clauses)
        checkTerminals(text, findings)
        checkQuotes(text, quotes)
      }
    } else {
      const [start, end] = range!
      const text: ParagraphText | undefined =
        (flags & (mayHoldClauseFault | mayHoldDoubledTerminal | mayHoldQuote)) === 0
          ? undefined
          : {paragraph, text: value.slice(start, end), textStarts: [0], sourceStarts: [start], end}
      if (text && (flags & mayHoldClauseFault) !== 0) checkClauses(text, chunksOf(text.text), clauses)
      else unread.push(start, end)
      if (text && (flags & mayHoldDoubledTerminal) !== 0) checkTerminals(text, findings)
      if (text && (flags & mayHoldQuote) !== 0) checkQuotes(text, quotes)
      else skipQuotes(quotes)
    }

    if ((flags & (mayHoldMarkup | mayHoldTrailingSpace)) !== 0) checkTrailingSpace(value, paragraph, findings)
  }

  if (clauses.semicolons.length > 0) {
    noteWantedCapitals(value, unread, new Set(clauses.semicolons.map((candidate) => candidate.word)), clauses.capitalised)
  }

  for (const {word, finding} of clauses.semicolons) {
    if (!clauses.capitalised.has(word)) findings.push(finding)
  }

  const place = location(value)
  finishQuotes(quotes, (offset) => place.toPoint(offset) ?? {line: 0})
  findings.sort((a, b) => a.start - b.start || a.end - b.end)

  for (const finding of findings) {
    const start = place.toPoint(finding.start)
    const end = place.toPoint(finding.end)
    if (!start || !end) continue
    const message = messageWithoutStack(file, finding.reason, {
      ancestors: finding.paragraph ? [tree, finding.paragraph] : [tree],
      place: {start, end}
    })
    message.actual = value.slice(finding.start, finding.end)
    if (finding.expected) message.expected = [...finding.expected]
    if (finding.note) message.note = finding.note
  }
}

/**
 * `file.message` without the call stack an `Error` records when made: vfile
 * replaces it with an empty one, and a long document makes many messages.
 */
function messageWithoutStack(
  file: VFile,
  reason: string,
  options: {ancestors: Node[]; place: {start: Point; end: Point}}
): ReturnType<VFile['message']> {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return file.message(reason, options)
  } finally {
    Error.stackTraceLimit = limit
  }
}

/**
 * The paragraphs of a tree in document order, not entered: what `visit`
 * finds for `ParagraphNode` when told to skip them, without its
 * bookkeeping for every node on the way.
 */
function paragraphs(tree: Root): Paragraph[] {
  const found: Paragraph[] = []
  const pending: Node[] = [tree]
  while (pending.length > 0) {
    const node = pending.pop()!
    if (node.type === 'ParagraphNode') found.push(node as Paragraph)
    else if ('children' in node && Array.isArray(node.children)) {
      for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index] as Node)
    }
  }

  return found
}
