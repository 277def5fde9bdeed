import type {MarkdownComment} from './markdown-comments.js'
import {lineStarts} from './text-points.js'

/** What a directive does. */
export type ControlVerb = 'disable' | 'enable' | 'ignore-next'

/**
 * One inline control directive, such as `<!-- copydesk-disable scrape-residue -->`
 * or, in plain text, a line `copydesk-ignore-next garbled-punctuation`.
 */
export interface ControlDirective {
  /** The verb as written after `copydesk-`; directives with another verb are reported and do nothing. */
  verb: string
  /** Rule ids as written, with their offsets (none: every rule). */
  ruleIds: ControlRuleId[]
  /** Offset of the directive (the comment, or the whole line in plain text). */
  start: number
  /** Offset just after it. */
  end: number
  /** For `ignore-next`: the span of the block it covers, if there is one. */
  scope?: {start: number; end: number} | undefined
  /** Whether the directive is a line of plain text (findings on it are not about the copy). */
  line: boolean
}

/** A rule id named in a directive. */
export interface ControlRuleId {
  id: string
  start: number
  end: number
}

export const controlVerbs: ReadonlyArray<ControlVerb> = ['disable', 'enable', 'ignore-next']

const directiveBody = /^(\s*)copydesk-([A-Za-z][\w-]*)(?=\s|$)/
const ruleIdToken = /[^\s,]+/g
/** Only words that start like a verb are taken as (possibly misspelt) directives, so a mention of `copydesk-cli` is left alone. */
const verbLike = /^(?:disable|enable|ignore)/i
const blankLine = /^[ \t]*$/

/**
 * The directives of a document: for Markdown, those in the HTML comments
 * the parser found (`comments`); for plain text (`comments` undefined),
 * those on lines of their own in `text`, bare or inside `<!-- -->`.
 */
export function findDirectives(text: string, comments: ReadonlyArray<MarkdownComment> | undefined): ControlDirective[] {
  return comments ? fromComments(comments) : fromText(text)
}

function fromComments(comments: ReadonlyArray<MarkdownComment>): ControlDirective[] {
  const result: ControlDirective[] = []
  for (const node of comments) {
    for (const found of htmlComments(node.value)) {
      const start = node.start + found.start
      const parsed = parseBody(found.body, start + 4)
      if (!parsed || !verbLike.test(parsed.verb)) continue
      const directive: ControlDirective = {...parsed, start, end: node.start + found.end, line: false}
      if (node.next) directive.scope = {...node.next}
      result.push(directive)
    }
  }
  return result
}

/**
 * The `<!-- … -->` comments in `value`, found with `indexOf` so that many
 * unclosed openers cost linear time (a lazy regex would rescan to the end
 * from each one).
 */
function htmlComments(value: string): Array<{start: number; end: number; body: string}> {
  const result: Array<{start: number; end: number; body: string}> = []
  let from = 0
  for (;;) {
    const start = value.indexOf('<!--', from)
    if (start === -1) break
    const close = value.indexOf('-->', start + 4)
    if (close === -1) break
    result.push({start, end: close + 3, body: value.slice(start + 4, close)})
    from = close + 3
  }
  return result
}

function fromText(text: string): ControlDirective[] {
  if (!text.includes('copydesk-')) return []
  const starts = lineStarts(text)
  const lines = starts.map((start, index) => {
    const next = starts[index + 1]
    const raw = text.slice(start, next ?? text.length)
    const content = raw.replace(/\r?\n$|\r$/, '')
    return {start, end: start + content.length, content}
  })

  const found: Array<{index: number; directive: ControlDirective}> = []
  lines.forEach((line, index) => {
    const parsed = parseLine(line.content, line.start)
    if (parsed) found.push({index, directive: {...parsed, start: line.start, end: line.end, line: true}})
  })
  const directiveLines = new Set(found.map((item) => item.index))

  for (const {index, directive} of found) {
    if (directive.verb !== 'ignore-next') continue
    // The next paragraph: from the first line after the directive that is
    // neither blank nor a directive, to the line before the next blank one.
    let first = index + 1
    while (first < lines.length && (blankLine.test(lines[first]!.content) || directiveLines.has(first))) first++
    if (first >= lines.length) continue
    let last = first
    while (last + 1 < lines.length && !blankLine.test(lines[last + 1]!.content)) last++
    directive.scope = {start: lines[first]!.start, end: lines[last]!.end}
  }
  return found.map((item) => item.directive)
}

/**
 * Whether a line of plain text (without its line break) is a directive,
 * known or not. The text parser makes such a line a paragraph of its own,
 * so it does not read as part of the copy around it.
 */
export function isDirectiveLine(content: string): boolean {
  return content.includes('copydesk-') && parseLine(content, 0) !== undefined
}

function parseLine(content: string, offset: number): {verb: string; ruleIds: ControlRuleId[]} | undefined {
  const line = content.trim()
  let body = content
  let base = offset
  if (line.startsWith('<!--')) {
    if (!line.endsWith('-->') || line.length < 7) return undefined
    const open = content.indexOf('<!--') + 4
    body = content.slice(open, content.lastIndexOf('-->'))
    base = offset + open
  }
  const parsed = parseBody(body, base)
  return parsed && verbLike.test(parsed.verb) ? parsed : undefined
}

/**
 * Read `copydesk-<verb> id id…` from `body`, which starts at `offset` in
 * the document. Ids are separated by white space or commas.
 */
function parseBody(body: string, offset: number): {verb: string; ruleIds: ControlRuleId[]} | undefined {
  const match = directiveBody.exec(body)
  if (!match) return undefined
  const restStart = match[0].length
  const ruleIds: ControlRuleId[] = []
  for (const token of body.slice(restStart).matchAll(ruleIdToken)) {
    const start = offset + restStart + token.index
    ruleIds.push({id: token[0], start, end: start + token[0].length})
  }
  return {verb: match[2]!, ruleIds}
}
