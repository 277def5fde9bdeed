import {isDigit, isLetter, isLower, isSpace, isUpper, maxWord} from './chars.js'
import type {Chunk} from './chunks.js'
import {quote, type Finding} from './finding.js'
import type {Settings} from './options.js'
import {sourceRange, type ParagraphText} from './paragraph-text.js'
import {
  abbreviationBefore,
  alphanumericAfter,
  hasInnerCapital,
  opensLine,
  wordAfter,
  wordBefore
} from './words.js'

/** A capital after a semicolon, reported once the whole document is read. */
export interface SemicolonCandidate {
  readonly finding: Finding
  /** The word in lower case, looked up among capitals seen inside sentences. */
  readonly word: string
}

/** What the clause-mark pass collects. */
export interface ClauseState {
  readonly settings: Settings
  readonly findings: Finding[]
  readonly semicolons: SemicolonCandidate[]
  /** Lower-case forms of capitalised words seen after a word or comma: names. */
  readonly capitalised: Set<string>
  readonly commonWords: ReadonlySet<string>
}

interface Group {
  start: number
  end: number
}

const dot = 0x2e
const comma = 0x2c
const semicolon = 0x3b

const names: Record<string, [string, string]> = {
  '.': ['full stop', 'full stops'],
  ',': ['comma', 'commas'],
  ';': ['semicolon', 'semicolons'],
  ':': ['colon', 'colons']
}

// A list item's number at the start of a line: `1.`, `iv.`.
const listNumber = /^(?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6})$/

// Top-level domains written on their own after a space (`a .com address`).
const domains = new Set(['biz', 'co', 'com', 'edu', 'eu', 'gov', 'info', 'int', 'io', 'mil', 'net', 'org', 'uk'])

// What a word may end with for a mark after a space to be a stray one.
const closers = new Set([0x29, 0x5d, 0x7d, 0x22, 0x27, 0x2019, 0x201d, 0x25])

/**
 * Check the clause marks (`. , ; :`) between every two words of a paragraph:
 * full stops inside a sentence, doubled marks, marks after a space, marks
 * stuck to the next word; and collect capitals after semicolons.
 */
export function checkClauses(paragraph: ParagraphText, chunks: ReadonlyArray<Chunk>, state: ClauseState): void {
  const text = paragraph.text
  let previous = -1
  let groups: Group[] = []

  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index]!
    if (chunk.coreStart === chunk.coreEnd) {
      groups.push({start: chunk.start, end: chunk.end})
      continue
    }

    if (chunk.start < chunk.coreStart) groups.push({start: chunk.start, end: chunk.coreStart})
    if (previous !== -1 && groups.length > 0) cluster(paragraph, chunks, previous, groups, index, state)
    noteCapital(text, chunks, index, state.capitalised)
    groups = chunk.coreEnd < chunk.end ? [{start: chunk.coreEnd, end: chunk.end}] : []
    previous = index
  }

  if (previous !== -1 && groups.length > 0) cluster(paragraph, chunks, previous, groups, -1, state)
}

/** Remember a capitalised word that follows a word or a comma: likely a name. */
function noteCapital(text: string, chunks: ReadonlyArray<Chunk>, index: number, capitalised: Set<string>): void {
  const chunk = chunks[index]!
  const before = chunks[index - 1]
  if (!before || !isUpper(text.charCodeAt(chunk.coreStart))) return
  const last = text.charCodeAt(before.end - 1)
  if (!(isLetter(last) || isDigit(last) || last === comma)) return
  const length = alphanumericAfter(text, chunk.coreStart, chunk.coreEnd)
  capitalised.add(text.slice(chunk.coreStart, chunk.coreStart + length).toLowerCase())
}

function cluster(
  paragraph: ParagraphText,
  chunks: ReadonlyArray<Chunk>,
  previousIndex: number,
  rawGroups: ReadonlyArray<Group>,
  nextIndex: number,
  state: ClauseState
): void {
  const text = paragraph.text
  const before = chunks[previousIndex]!
  const next = nextIndex === -1 ? undefined : chunks[nextIndex]
  if (isEllipsis(text, rawGroups)) return
  const token = abbreviationBefore(text, before.coreStart, before.coreEnd)
  const abbreviation = isAbbreviation(token, state.settings)

  // An abbreviation keeps its own full stop: `U.S.,` is a comma after `U.S.`.
  let groups = rawGroups
  let kept = before.coreEnd
  const head = groups[0]!
  if (abbreviation && head.start === before.coreEnd && text.charCodeAt(head.start) === dot) {
    kept++
    groups = head.end - head.start === 1 ? groups.slice(1) : [{start: head.start + 1, end: head.end}, ...groups.slice(1)]
  }

  if (groups.length === 0) return

  const first = groups[0]!
  const last = groups.at(-1)!
  const gluedBefore = first.start === kept
  const gluedAfter = next !== undefined && last.end === next.coreStart
  let total = 0
  let mixed = false
  const mark = text.charCodeAt(first.start)
  for (const group of groups) {
    total += group.end - group.start
    for (let index = group.start; index < group.end; index++) {
      if (text.charCodeAt(index) !== mark) mixed = true
    }
  }

  const nextWordLength = next ? alphanumericAfter(text, next.coreStart, next.coreEnd) : 0
  const nextWord = next ? text.slice(next.coreStart, next.coreStart + nextWordLength) : ''
  const goesOn =
    next !== undefined &&
    isLower(text.charCodeAt(next.coreStart)) &&
    !hasInnerCapital(nextWord) &&
    !state.settings.brands.has(nextWord) &&
    !isAddress(text, next.coreStart, next.coreEnd) &&
    !abbreviation &&
    !(listNumber.test(token) && opensLine(text, before.start)) &&
    !isListMarker(text, next)

  if (total === 1 && gluedBefore && !gluedAfter && !(mark === dot && kept > before.coreEnd)) {
    if (mark === dot && goesOn) reportStop(paragraph, before, nextWord, state)
    else if (mark === semicolon && next) semicolonCapital(paragraph, chunks, first, nextIndex, state)
    return
  }

  // `a .com address`, `.NET`, `the .gitignore file`: a lone full stop before
  // a word that is not a common English word starts a name, not a garble.
  if (total === 1 && !gluedBefore && gluedAfter && mark === dot) {
    const lower = nextWord.toLowerCase()
    if (domains.has(lower) || !state.commonWords.has(lower) || (nextWord.length > 1 && nextWord === nextWord.toUpperCase())) return
  }

  if (!gluedBefore && kept === before.coreEnd) {
    const end = text.charCodeAt(before.coreEnd - 1)
    if (!(isLetter(end) || isDigit(end) || closers.has(end))) return
  }

  const prefixStart = before.coreEnd - (abbreviation ? token.length : wordBefore(text, before.coreStart, before.coreEnd))
  const keep = text.slice(prefixStart, kept)
  const suffixLength = gluedAfter ? wordAfter(text, next.coreStart, next.coreEnd) : 0
  const start = prefixStart
  const end = gluedAfter ? next.coreStart + suffixLength : last.end
  const actual = text.slice(start, end)
  const name = names[String.fromCharCode(mark)]!

  let expected: string[] | undefined
  let evidence: string
  if (mixed) {
    evidence = 'marks of different kinds run together, so which one belongs there is for an editor to decide'
  } else if (total === 2 && groups.length === 1 && mark === dot && !gluedAfter) {
    expected = [keep + '.', keep + '...']
    evidence = 'two full stops are neither a full stop nor an ellipsis'
  } else {
    // A full stop after an abbreviation's own is one too many.
    const afterAbbreviation = mark === dot && kept > before.coreEnd
    const removed = (mark === dot && goesOn) || afterAbbreviation
    const separator = gluedAfter ? spaceWithin(text, kept, next.coreStart) : ''
    const suffix = gluedAfter ? text.slice(next.coreStart, next.coreStart + suffixLength) : ''
    expected = [keep + (removed ? '' : String.fromCharCode(mark)) + separator + suffix]
    const clauses: string[] = []
    if (afterAbbreviation) {
      clauses.push('`' + quote(token) + '.` already ends in a full stop')
    } else if (removed) {
      clauses.push('the sentence goes on in lower case with `' + quote(nextWord) + '`, so the ' + name[total > 1 ? 1 : 0] + ' ' + (total > 1 ? 'are' : 'is') + ' stray')
    } else {
      if (total > 1) clauses.push('the ' + name[0] + ' is doubled')
      if (!gluedBefore) clauses.push('a space stands before the ' + name[0])
      if (gluedAfter) clauses.push('no space follows it')
    }

    evidence = clauses.join(' and ')
  }

  const range = sourceRange(paragraph, start, end)
  if (range) {
    const shown = expected ? ', expected ' + expected.map((value) => '`' + quote(value) + '`').join(' or ') : ''
    state.findings.push({
      start: range[0],
      end: range[1],
      reason: 'Unexpected `' + quote(actual) + '`' + shown + ': ' + evidence,
      expected,
      paragraph: paragraph.paragraph
    })
    return
  }

  // Markup between the marks and the words: report the marks alone, unfixed.
  const marks = sourceRange(paragraph, first.start, last.end)
  if (marks) {
    state.findings.push({
      start: marks[0],
      end: marks[1],
      reason: 'Unexpected `' + quote(text.slice(first.start, last.end)) + '`: ' + evidence,
      paragraph: paragraph.paragraph
    })
  }
}

/** A full stop after a word, followed by a lower-case word that goes on with the sentence. */
function reportStop(paragraph: ParagraphText, before: Chunk, nextWord: string, state: ClauseState): void {
  const text = paragraph.text
  const start = before.coreEnd - wordBefore(text, before.coreStart, before.coreEnd)
  const keep = text.slice(start, before.coreEnd)
  const range = sourceRange(paragraph, start, before.coreEnd + 1) ?? sourceRange(paragraph, before.coreEnd, before.coreEnd + 1)
  if (!range) return
  const actual = range[1] - range[0] === 1 ? '.' : keep + '.'
  const fix = range[1] - range[0] === 1 ? '' : keep
  state.findings.push({
    start: range[0],
    end: range[1],
    reason:
      'Unexpected `' + quote(actual) + '`, expected `' + quote(fix) + '`: the sentence goes on in lower case with `' +
      quote(nextWord) + '`, so the full stop is stray',
    expected: [fix],
    paragraph: paragraph.paragraph
  })
}

/** A capitalised common word after a semicolon, kept until the document's names are known. */
function semicolonCapital(
  paragraph: ParagraphText,
  chunks: ReadonlyArray<Chunk>,
  mark: Group,
  nextIndex: number,
  state: ClauseState
): void {
  const text = paragraph.text
  const next = chunks[nextIndex]!
  const length = alphanumericAfter(text, next.coreStart, next.coreEnd)
  const word = text.slice(next.coreStart, next.coreStart + length)
  if (!isUpper(word.charCodeAt(0))) return
  for (let index = 1; index < word.length; index++) {
    if (!isLower(word.charCodeAt(index))) return
  }

  const lower = word.toLowerCase()
  if (!state.commonWords.has(lower)) return
  // `; A-level`, `; Cons:`: a letter in a name, or a label.
  if (word.length === 1 && next.coreStart + 1 < next.coreEnd) return
  if (text.charCodeAt(next.coreEnd) === 0x3a) return
  // `High-Level Talks`, `White House`: a capital further on means a name or a title.
  for (let index = next.coreStart + length; index < next.coreEnd; index++) {
    if (isUpper(text.charCodeAt(index))) return
  }

  const after = chunks[nextIndex + 1]
  if (after && isUpper(text.charCodeAt(after.coreStart))) return

  const end = next.coreStart + length
  const range = sourceRange(paragraph, mark.start, end)
  if (!range) return
  const actual = text.slice(mark.start, end)
  const fixed = text.slice(mark.start, next.coreStart) + lower.charAt(0) + word.slice(1)
  state.semicolons.push({
    word: lower,
    finding: {
      start: range[0],
      end: range[1],
      reason:
        'Unexpected `' + quote(actual) + '`, expected `' + quote(fixed) + '`: `' + word +
        '` is a common word, not a name, and takes lower case after a semicolon',
      expected: [fixed],
      paragraph: paragraph.paragraph
    }
  })
}

/** `b.` or `c)` inside a sentence: the next item of a lettered list. */
function isListMarker(text: string, next: Chunk): boolean {
  if (next.coreEnd - next.coreStart === 2 && text.charCodeAt(next.coreStart + 1) === 0x29) return true
  return next.coreEnd - next.coreStart === 1 && text.charCodeAt(next.coreEnd) === dot
}

/** Whether a word holds `.`, `@` or `/`: an address (`www.example.com`) or a dotted abbreviation (`e.g`). */
function isAddress(text: string, start: number, end: number): boolean {
  for (let index = start; index < end && index - start <= maxWord; index++) {
    const code = text.charCodeAt(index)
    if (code === dot || code === 0x40 || code === 0x2f) return true
  }

  return false
}

function isAbbreviation(token: string, settings: Settings): boolean {
  if (token.length === 0) return false
  // Initials (`J.`), and words with a full stop inside (`U.S`, `e.g`, `p.m`, `example.com`).
  if (token.length === 1 && isLetter(token.charCodeAt(0))) return true
  if (token.includes('.')) return true
  return settings.abbreviations.has(token)
}

/** `...` in any group, or three or more single full stops spaced apart (`. . .`). */
function isEllipsis(text: string, groups: ReadonlyArray<Group>): boolean {
  let single = 0
  for (const group of groups) {
    let run = 0
    for (let index = group.start; index < group.end; index++) {
      run = text.charCodeAt(index) === dot ? run + 1 : 0
      if (run >= 3) return true
    }

    single = group.end - group.start === 1 && text.charCodeAt(group.start) === dot ? single + 1 : 0
    if (single >= 3) return true
  }

  return false
}

/** The white space to keep when marks between two words are repaired: a line break if there is one. */
function spaceWithin(text: string, from: number, to: number): string {
  let chosen = ''
  let index = from
  while (index < to) {
    if (!isSpace(text.charCodeAt(index))) {
      index++
      continue
    }

    const start = index
    while (index < to && isSpace(text.charCodeAt(index))) index++
    const run = text.slice(start, index)
    if (run.includes('\n') || run.includes('\r')) return run
    chosen = run
  }

  return chosen || ' '
}
