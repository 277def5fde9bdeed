import {quote, type Finding} from './finding.js'
import {sourceRange, type ParagraphText} from './paragraph-text.js'
import {wordBefore} from './words.js'

const bang = 0x21
const question = 0x3f

/**
 * Find `!!` and `??` (any run of one of them): news copy uses one. Runs that
 * mix the two (`?!`) are left alone.
 */
export function checkTerminals(paragraph: ParagraphText, findings: Finding[]): void {
  const text = paragraph.text
  let index = 0
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (code !== bang && code !== question) {
      index++
      continue
    }

    const start = index
    let mixed = false
    while (index < text.length && (text.charCodeAt(index) === bang || text.charCodeAt(index) === question)) {
      if (text.charCodeAt(index) !== code) mixed = true
      index++
    }

    if (mixed || index - start < 2) continue
    const prefix = start - wordBefore(text, 0, start)
    const range = sourceRange(paragraph, prefix, index) ?? sourceRange(paragraph, start, index)
    if (!range) continue
    const from = index - (range[1] - range[0])
    const actual = text.slice(from, index)
    const fixed = text.slice(from, start) + String.fromCharCode(code)
    const name = code === bang ? 'exclamation mark' : 'question mark'
    findings.push({
      start: range[0],
      end: range[1],
      reason: 'Unexpected `' + quote(actual) + '`, expected `' + quote(fixed) + '`: one ' + name + ' is enough',
      expected: [fixed],
      paragraph: paragraph.paragraph
    })
  }
}
