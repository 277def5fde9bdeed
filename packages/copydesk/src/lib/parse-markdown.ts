import type {Blockquote, List, ListItem, Nodes as MdastNodes, Root as MdastRoot, RootContent as MdastContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {toNlcst} from 'mdast-util-to-nlcst'
import {frontmatter} from 'micromark-extension-frontmatter'
import type {Root, RootContent} from 'nlcst'
import type {ParseEnglish} from 'parse-english'
import type {Position} from 'unist'
import {VFile} from 'vfile'
import {parse as parseYaml} from 'yaml'
import {collectComments} from './markdown-comments.js'
import {realignLeaves} from './realign-markdown.js'
import {advance, shiftPositions, type PieceStart} from './shift-positions.js'

declare module 'vfile' {
  interface DataMap {
    /**
     * YAML front matter of a Markdown document, when it has a mapping there
     * (`date`, `byline`, …); set by the copydesk parser.
     */
    frontMatter?: Record<string, unknown>
  }
}

/**
 * Container blocks larger than this are converted child by child, so one huge
 * list or block quote does not become one huge parser input.
 */
const maxUnitLength = 16_384

/** Block types that hold no prose to check. */
const silent = new Set(['code', 'html', 'yaml', 'thematicBreak', 'definition'])

/**
 * Parse Markdown into an nlcst tree whose positions point into the Markdown
 * source. Code, HTML and front matter are left out, inline code becomes
 * `SourceNode`s; YAML front matter is parsed into `file.data.frontMatter`.
 *
 * Blocks are converted one at a time (mdast-util-to-nlcst runs the whole
 * input through the parser as one sentence, which is superlinear), each on its
 * own slice of the source, and joined under one root.
 */
export function parseMarkdown(doc: string, file: VFile, parser: ParseEnglish): Root {
  const mdast = markdownToMdast(doc)
  readFrontMatter(mdast, file)
  file.data.copydeskComments = collectComments(mdast)

  const children: RootContent[] = []
  let previousEnd: PieceStart | undefined

  for (const unit of units(mdast)) {
    const converted = convertUnit(doc, unit, parser)
    const first = converted[0]
    const last = converted.at(-1)
    if (!first?.position || !last?.position) continue
    const start = toPieceStart(first.position.start)
    if (previousEnd && start.offset > previousEnd.offset) {
      // The source between two blocks may hold markers (`>`, `-`); as text it
      // is only a break, so it is kept as white space of the same length.
      const value = doc.slice(previousEnd.offset, start.offset).replace(/[^\r\n]/g, ' ')
      children.push({type: 'WhiteSpaceNode', value, position: {start: {...previousEnd}, end: {...start}}})
    }
    children.push(...converted)
    previousEnd = toPieceStart(last.position.end)
  }

  const root: Root = {type: 'RootNode', children}
  if (doc.length > 0) {
    const begin = {line: 1, column: 1, offset: 0}
    root.position = {start: begin, end: advance(begin, doc)}
  }
  return root
}

/**
 * Documents up to this size are parsed as one piece; larger ones in pieces of
 * about this size (micromark slows down more than linearly on long runs of
 * block quotes and lists).
 */
export const markdownChunkLength = 65_536

const lineBreak = /\r\n|\r|\n/g
const fenceOpen = /^ {0,3}(`{3,}|~{3,})/
const htmlOpen = /^ {0,3}<(?:!--|script|pre|style|textarea)/i
const htmlClose = /-->|<\/(?:script|pre|style|textarea)>/i
const definitionLine = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:[ \t]*\S.*$/

/**
 * Parse Markdown to mdast. A large document is cut at blank lines followed by
 * a line that starts a new top-level block (not inside a fenced code block or
 * an HTML block), each piece is parsed alone with the document's link
 * definitions added after it, and the pieces' nodes, moved to their place in
 * the document, are joined under one root.
 */
function markdownToMdast(doc: string): MdastRoot {
  const withFrontMatter = {extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])]}
  if (doc.length <= markdownChunkLength) return fromMarkdown(doc, withFrontMatter)

  const {starts, definitions} = chunkStarts(doc)
  const suffix = definitions.length > 0 ? '\n\n' + definitions.join('\n') + '\n' : ''
  const children: MdastContent[] = []
  let at: PieceStart = {line: 1, column: 1, offset: 0}
  for (let index = 0; index < starts.length; index++) {
    const text = doc.slice(starts[index], starts[index + 1] ?? doc.length)
    const piece = fromMarkdown(text + suffix, index === 0 ? withFrontMatter : undefined)
    const own = piece.children.filter((node) => (node.position?.start.offset ?? 0) < text.length)
    shiftPositions(own, at)
    children.push(...own)
    at = advance(at, text)
  }
  const begin = {line: 1, column: 1, offset: 0}
  return {type: 'root', children, position: {start: begin, end: advance(begin, doc)}}
}

function chunkStarts(doc: string): {starts: number[]; definitions: string[]} {
  const starts = [0]
  const definitions: string[] = []
  let fence: string | undefined
  let inHtml = false
  let previousBlank = false
  let lineStart = 0
  lineBreak.lastIndex = 0
  while (lineStart <= doc.length) {
    const match = lineBreak.exec(doc)
    const lineEnd = match ? match.index : doc.length
    const line = doc.slice(lineStart, lineEnd)
    const blank = line.trim() === ''

    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = undefined
    } else if (inHtml) {
      if (htmlClose.test(line)) inHtml = false
    } else {
      if (previousBlank && !blank && !/^\s/.test(line) && lineStart - starts.at(-1)! >= markdownChunkLength) {
        starts.push(lineStart)
      }
      const open = fenceOpen.exec(line)
      if (open) fence = open[1]
      else if (htmlOpen.test(line) && !htmlClose.test(line)) inHtml = true
      else if (definitionLine.test(line)) definitions.push(line)
    }

    previousBlank = blank
    if (!match) break
    lineStart = match.index + match[0].length
  }
  return {starts, definitions}
}

function readFrontMatter(mdast: MdastRoot, file: VFile): void {
  const head = mdast.children[0]
  if (!head || head.type !== 'yaml') return
  let value: unknown
  try {
    value = parseYaml(head.value)
  } catch (error) {
    const reason = (error instanceof Error ? error.message.split('\n')[0]! : String(error)).replace(/:$/, '')
    const message = file.message('Cannot read the YAML front matter: ' + reason, {
      place: head.position,
      ruleId: 'front-matter',
      source: 'copydesk'
    })
    message.url = 'https://github.com/copydesk/copydesk/tree/main/packages/copydesk#front-matter'
    return
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    file.data.frontMatter = value as Record<string, unknown>
  }
}

/**
 * Containers nested deeper than this are converted child by child whatever
 * their size: mdast-util-to-nlcst recurses once per level, and thousands of
 * block quotes inside one another overflow the call stack.
 */
const maxUnitDepth = 32

/** The blocks to convert one by one, in document order. */
function units(mdast: MdastRoot): MdastContent[] {
  const result: MdastContent[] = []
  const stack: MdastContent[] = [...mdast.children].reverse()
  let node: MdastContent | undefined
  while ((node = stack.pop())) {
    if (silent.has(node.type) || !node.position) continue
    const length = (node.position.end.offset ?? 0) - (node.position.start.offset ?? 0)
    if (isContainer(node) && (length > maxUnitLength || containerDepth(node) > maxUnitDepth)) {
      const children = node.children as MdastContent[]
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
    } else {
      result.push(node)
    }
  }
  return result
}

/** Blocks that hold other blocks and no text of their own. */
function isContainer(node: MdastNodes): node is List | ListItem | Blockquote {
  return node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote'
}

/**
 * How many containers deep `node` goes, counted without recursion and only
 * up to one past `maxUnitDepth` (enough to decide, and cheap on wide trees).
 */
function containerDepth(node: MdastContent): number {
  let deepest = 0
  const stack: Array<{node: MdastNodes; depth: number}> = [{node, depth: 1}]
  let item: {node: MdastNodes; depth: number} | undefined
  while ((item = stack.pop())) {
    deepest = Math.max(deepest, item.depth)
    if (deepest > maxUnitDepth) break
    if (!('children' in item.node)) continue
    for (const child of item.node.children as MdastNodes[]) {
      if (isContainer(child)) stack.push({node: child, depth: item.depth + 1})
    }
  }
  return deepest
}

/**
 * Convert one block on the slice of source from the start of its first line
 * to its end, then move the positions back into the whole document. Starting
 * the slice at a line start keeps columns right without touching them.
 */
function convertUnit(doc: string, unit: MdastContent, parser: ParseEnglish): RootContent[] {
  const position = unit.position as Position
  const startOffset = position.start.offset ?? 0
  let lineStart = startOffset
  // Walk back to the line start (a search for a missing `\r` would scan the whole document).
  while (lineStart > 0 && doc.charCodeAt(lineStart - 1) !== 10 && doc.charCodeAt(lineStart - 1) !== 13) lineStart--
  const endOffset = position.end.offset ?? doc.length
  const lineDelta = position.start.line - 1

  shiftPositions([unit], {line: 1 - lineDelta, column: 1, offset: -lineStart})
  const tree: MdastNodes = {type: 'root', children: [unit], position: unit.position}
  const text = doc.slice(lineStart, endOffset)
  const nlcst = toNlcst(tree, new VFile(text), parser)
  realignLeaves(nlcst.children, unit, text)
  shiftPositions(nlcst.children, {line: 1 + lineDelta, column: 1, offset: lineStart})
  return nlcst.children
}

function toPieceStart(point: {line: number; column: number; offset?: number | undefined}): PieceStart {
  return {line: point.line, column: point.column, offset: point.offset ?? 0}
}
