import type {Root} from 'nlcst'
import type {ParseEnglish} from 'parse-english'
import type {Processor} from 'unified'
import {VFile} from 'vfile'
import type {MarkdownComment} from './markdown-comments.js'
import {parseMarkdown} from './parse-markdown.js'
import {parseText} from './parse-text.js'
import {ParseEnglishAt} from './tokenizer.js'
import type {Format} from './parser.js'
import {cutSegments} from './segments.js'
import {advance, shiftPositions, type PieceStart} from './shift-positions.js'

/**
 * Lint a long `file` one segment at a time: each segment (cut at paragraph
 * boundaries, see `cutSegments`) is parsed into a tree whose positions are
 * the document's, run through the processor's rules on `file` itself, and
 * dropped before the next is parsed. So memory stays that of one segment,
 * while every message, `actual` and reason points into the whole document.
 *
 * What the file keeps between segments carries over: the document's date
 * (worked out on the first segment: front matter, dateline, roles stated
 * there) and the Markdown directives seen so far. Checks that compare one
 * part of a document with another run within each segment.
 * \`processorFor\` makes the processor, given a date found in the first
 * segment's dateline (\`undefined\` at first).
 */
export async function lintSegments(
  processorFor: (date: string | undefined) => Processor<Root, Root, Root>,
  file: VFile,
  format: Format,
  length: number
): Promise<void> {
  const doc = String(file)
  const parser = new ParseEnglishAt()
  const comments: MarkdownComment[] = []
  let processor = processorFor(undefined)

  for (const [index, segment] of cutSegments(doc, format, length).entries()) {
    const tree = parseSegment(segment.text, segment.start, format, parser, file, comments)
    const before = file.messages.length
    await processor.run(tree, file)
    if (index === 0) {
      // The date is kept on the file, but a rule may look for the dateline in
      // its own tree (the first segment's): a dateline with a year dates the
      // later segments as the \`date\` option would.
      const found = file.data.copydeskDocumentDate
      if (found?.kind === 'exact' && found.source === 'dateline' && /\b\d{4}\b/.test(found.evidence)) {
        processor = processorFor(found.date)
      }
    }
    // Messages keep the nodes above them; dropped, the tree can be freed.
    for (const message of file.messages.slice(before)) message.ancestors = undefined
  }

  // The directive checks ran once per segment, over the whole text: each
  // warning about a bad directive is kept once.
  const seen = new Set<string>()
  file.messages = file.messages.filter((message) => {
    if (message.ruleId !== 'control') return true
    const key = String(message.place && 'start' in message.place ? message.place.start.offset : '') + '\u0000' + message.reason
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function parseSegment(
  text: string,
  start: PieceStart,
  format: Format,
  parser: ParseEnglish,
  file: VFile,
  comments: MarkdownComment[]
): Root {
  let tree: Root
  if (format === 'markdown') {
    // The Markdown parser leaves front matter and directive comments on the
    // file it is given, with offsets into the segment.
    const scratch = new VFile({path: file.path, value: text})
    tree = parseMarkdown(text, scratch, parser)
    if (start.offset === 0 && scratch.data.frontMatter) file.data.frontMatter = scratch.data.frontMatter
    for (const comment of scratch.data.copydeskComments ?? []) {
      const moved: MarkdownComment = {value: comment.value, start: comment.start + start.offset, end: comment.end + start.offset}
      if (comment.next) moved.next = {start: comment.next.start + start.offset, end: comment.next.end + start.offset}
      comments.push(moved)
    }
    file.data.copydeskComments = comments
    shiftPositions(tree.children, start)
  } else {
    // Parsed where it sits: no positions to move.
    tree = parseText(text, parser, start)
  }

  tree.position = {start: {...start}, end: advance(start, text)}
  return tree
}
