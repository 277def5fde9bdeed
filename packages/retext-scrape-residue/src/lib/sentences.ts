import {sentenceIndex, type Opener} from './indexes.js'
import type {Line} from './lines.js'
import {endOffset, hasQuote, wordKey, type Range} from './line-tools.js'
import type {PhraseIndex} from './phrase-index.js'
import {namesPlatform} from './platforms.js'
import {labelOf, openerOf, type Verdict} from './whole-line.js'

/**
 * What one sentence of a line is, if it is debris: a stand-alone label
 * (`Log-in`), a line opener (`Copyright 2022 Ground Report.`), or a sentence
 * in the site's voice (`Subscribe to our YouTube channel.`). Sentences with
 * quotation marks are left alone.
 */
export function sentenceVerdict(line: Line, range: Range, own: PhraseIndex<Opener> | undefined): Verdict | undefined {
  if (hasQuote(line, range)) return undefined
  const label = labelOf(line, range)
  if (label) return label
  const opener = openerOf(line, range, own)
  if (opener) return opener
  const end = endOffset(line, range.to)
  let platform: boolean | undefined
  for (let index = range.from; index <= range.to; index++) {
    if (line.tokens[index]!.type !== 'word') continue
    const key = wordKey(line, index)
    // Most words open no phrase; the closure below is only built for those that do.
    if (!sentenceIndex.has(key)) continue
    const match = sentenceIndex.matchKey(line.text, line.offsets[index]!, key, (candidate) => {
      if (candidate.end > end) return false
      if (!candidate.entry.platform) return true
      platform ??= namesPlatform(line, range)
      return platform
    })
    if (match) return {kind: match.entry.kind}
  }
  return undefined
}
