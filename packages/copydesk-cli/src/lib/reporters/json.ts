import type {VFile} from 'vfile'
import {reportedMessages, type ReportOptions} from './messages.js'

/**
 * A report as JSON, in the shape of `vfile-reporter-json` (one object per
 * file with `path`, `cwd`, `history` and `messages`), without the syntax
 * tree `ancestors`, which would repeat the document in every message.
 */
export function reportJson(files: ReadonlyArray<VFile>, options: ReportOptions): string {
  const data = files.map((file) => ({
    path: file.path,
    cwd: file.cwd,
    history: file.history,
    messages: reportedMessages(file, options.quiet).map((message) => ({
      column: message.column,
      fatal: message.fatal,
      line: message.line,
      place: message.place,
      reason: message.reason,
      ruleId: message.ruleId,
      source: message.source,
      actual: message.actual,
      expected: message.expected,
      note: message.note,
      url: message.url
    }))
  }))
  return JSON.stringify(data) + '\n'
}
