import type {Paragraph} from 'nlcst'
import {isHorizontalSpace, isLineBreak, isSpace, maxWord} from './chars.js'
import {quote, type Finding} from './finding.js'

/**
 * White space left after the last word of a paragraph: before a blank line
 * or the end of the file. Read from the source, because the parser does not
 * always end a paragraph there (a blank line holding a no-break space keeps
 * two paragraphs in one node), and so the fix keeps any Markdown syntax in
 * the last word as it is.
 */
export function checkTrailingSpace(value: string, paragraph: Paragraph, findings: Finding[]): void {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return
  let tail = end
  while (tail < value.length && isHorizontalSpace(value.charCodeAt(tail))) tail++

  for (let index = start; index <= tail; index++) {
    const atEnd = index === value.length
    if (!atEnd && !isLineBreak(value.charCodeAt(index))) continue
    if (atEnd || endsParagraph(value, index)) report(value, paragraph, start, index, findings)
    if (atEnd) break
  }
}

/** Whether the line break at `index` is followed by a blank line or the end of the file. */
function endsParagraph(value: string, index: number): boolean {
  let next = index + (value.charCodeAt(index) === 0x0d && value.charCodeAt(index + 1) === 0x0a ? 2 : 1)
  while (next < value.length && isHorizontalSpace(value.charCodeAt(next))) next++
  return next === value.length || isLineBreak(value.charCodeAt(next))
}

function report(value: string, paragraph: Paragraph, from: number, lineEnd: number, findings: Finding[]): void {
  let spaceStart = lineEnd
  while (spaceStart > from && isHorizontalSpace(value.charCodeAt(spaceStart - 1))) spaceStart--
  if (spaceStart === lineEnd || spaceStart === from) return
  if (isLineBreak(value.charCodeAt(spaceStart - 1))) return

  let wordStart = spaceStart
  while (wordStart > from && spaceStart - wordStart <= maxWord && !isSpace(value.charCodeAt(wordStart - 1))) wordStart--
  if (spaceStart - wordStart > maxWord) wordStart = spaceStart
  const word = value.slice(wordStart, spaceStart)
  const space = value.slice(spaceStart, lineEnd)
  findings.push({
    start: wordStart,
    end: lineEnd,
    reason:
      'Unexpected `' + quote(word + space) + '`, expected `' + quote(word) + '`: ' +
      (space.length === 1 ? 'a white-space character is' : space.length + ' white-space characters are') +
      ' left at the end of the paragraph',
    expected: [word],
    paragraph
  })
}
