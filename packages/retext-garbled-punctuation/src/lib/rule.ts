import type {Paragraph, Root} from 'nlcst'
import type {Node, Point} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {chunksOf} from './chunks.js'
import {checkClauses, type ClauseState} from './clauses.js'
import {commonWordSet} from './common-words.js'
import type {Finding} from './finding.js'
import type {Settings} from './options.js'
import {paragraphText} from './paragraph-text.js'
import {checkQuotes, createQuoteState, finishQuotes} from './quotes.js'
import {checkTerminals} from './terminals.js'
import {checkTrailingSpace} from './trailing-space.js'

/**
 * Check a whole document: every paragraph once, in order, then what needs
 * the whole document (names seen before a semicolon's capital is judged, the
 * mix of quotation mark styles). Messages come out in document order.
 */
export function checkDocument(tree: Root, file: VFile, settings: Settings): void {
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

  for (const paragraph of paragraphs(tree)) {
    const text = paragraphText(paragraph, value)
    if (text) {
      const chunks = chunksOf(text.text)
      checkClauses(text, chunks, clauses)
      checkTerminals(text, findings)
      checkQuotes(text, quotes)
    }

    checkTrailingSpace(value, paragraph, findings)
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
