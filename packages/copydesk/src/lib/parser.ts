import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {parseAfterByteOrderMark} from './byte-order-mark.js'
import {parseMarkdown} from './parse-markdown.js'
import {parseText} from './parse-text.js'
import {ParseEnglishAt} from './tokenizer.js'

/**
 * Input format: plain text or Markdown.
 */
export type Format = 'markdown' | 'text'

/**
 * Configuration of the parser.
 */
export interface ParseOptions {
  /**
   * Format to parse as, whatever the file's extension
   * (default: from `file.extname`: `.md` and `.markdown` are Markdown,
   * anything else, no extension and stdin are text).
   */
  format?: Format | null | undefined
}

const markdownExtensions = new Set(['.md', '.markdown'])

/**
 * The format a file is parsed as, from its extension.
 */
export function formatOf(file: VFile): Format {
  return file.extname && markdownExtensions.has(file.extname.toLowerCase()) ? 'markdown' : 'text'
}

/**
 * unified parser plugin for news copy: English prose as plain text or
 * Markdown, chosen per file, into one nlcst tree with exact positions.
 */
export const copydeskParse: Plugin<[(ParseOptions | null | undefined)?], string, Root> = function (options) {
  const format = options?.format
  if (format !== null && format !== undefined && format !== 'text' && format !== 'markdown') {
    throw new TypeError(`Unexpected \`format\` \`${String(format)}\`, expected \`'text'\` or \`'markdown'\``)
  }

  this.parser = function (doc, file) {
    return parseCopy(doc, file, format ?? undefined)
  }
}

/**
 * Parse `doc` (the value of `file`) as `format`, or as the format of the
 * file's extension: what the `copydeskParse` plugin does, as a function, for
 * callers that wrap the parser (the CLI checks bytes before parsing).
 */
export function parseCopy(doc: string, file: VFile, format?: Format | undefined): Root {
  const parser = new ParseEnglishAt()
  if ((format ?? formatOf(file)) === 'text') return parseAfterByteOrderMark(doc, (text) => parseText(text, parser))
  return parseAfterByteOrderMark(doc, (text) => {
    const tree = parseMarkdown(text, file, parser)
    // Comment offsets, like the tree's, must index into `doc`, mark included.
    if (text.length < doc.length) {
      for (const comment of file.data.copydeskComments ?? []) {
        comment.start++
        comment.end++
        if (comment.next) comment.next = {start: comment.next.start + 1, end: comment.next.end + 1}
      }
    }
    return tree
  })
}
