import {appealIndex, publisherPronouns, readerPronouns} from './indexes.js'
import type {Line} from './lines.js'
import {endOffset, hasQuote, wordKey, type Range} from './line-tools.js'

/** A line found to be a publisher's appeal or self-description. */
export interface AppealVerdict {
  readonly kind: 'appeal' | 'about'
  /** Whether every sentence is an appeal, so the line can go without a person reading it. */
  readonly pure: boolean
}

/**
 * Whether a line is a donation appeal or the publisher's about-us text (see
 * `data/appeals.ts` for the evidence each needs).
 */
export function appealOf(line: Line, segments: ReadonlyArray<Range>): AppealVerdict | undefined {
  let marked = 0
  let appeals = 0
  let publisherSpeaks = false
  for (const segment of segments) {
    if (hasQuote(line, segment)) continue
    const found = markersIn(line, segment)
    if (found.appeal) appeals++
    if (found.appeal || found.about) {
      marked++
      publisherSpeaks ||= found.publisher
    }
  }
  const total = segments.length
  if (appeals > 0 && marked * 2 >= total) return {kind: 'appeal', pure: appeals === total}
  if (marked >= 2 && marked * 3 >= total * 2 && publisherSpeaks) return {kind: 'about', pure: false}
  return undefined
}

function markersIn(line: Line, segment: Range): {appeal: boolean; about: boolean; publisher: boolean} {
  const start = line.offsets[segment.from]!
  const end = endOffset(line, segment.to)
  let publisher = false
  let reader = false
  let appealAtStart = false
  let appealInside = false
  let about = false
  for (let index = segment.from; index <= segment.to; index++) {
    const token = line.tokens[index]!
    if (token.type !== 'word') continue
    publisher ||= publisherPronouns.has(token.normal)
    reader ||= readerPronouns.has(token.normal)
    const key = wordKey(line, index)
    if (!appealIndex.has(key)) continue
    const match = appealIndex.matchKey(line.text, line.offsets[index]!, key, (candidate) => candidate.end <= end)
    if (!match) continue
    if (match.entry === 'about') about = true
    else if (match.start === start) appealAtStart = true
    else appealInside = true
  }
  const appeal = appealAtStart || (appealInside && (publisher || reader))
  return {appeal, about, publisher}
}
