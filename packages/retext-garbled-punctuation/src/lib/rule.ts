import type {Paragraph, Root} from 'nlcst'
import {visit, SKIP} from 'unist-util-visit'
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

  visit(tree, 'ParagraphNode', (paragraph: Paragraph) => {
    const text = paragraphText(paragraph, value)
    if (text) {
      const chunks = chunksOf(text.text)
      checkClauses(text, chunks, clauses)
      checkTerminals(text, findings)
      checkQuotes(text, quotes)
    }

    checkTrailingSpace(value, paragraph, findings)
    return SKIP
  })

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
    const message = file.message(finding.reason, {
      ancestors: finding.paragraph ? [tree, finding.paragraph] : [tree],
      place: {start, end}
    })
    message.actual = value.slice(finding.start, finding.end)
    if (finding.expected) message.expected = [...finding.expected]
    if (finding.note) message.note = finding.note
  }
}
