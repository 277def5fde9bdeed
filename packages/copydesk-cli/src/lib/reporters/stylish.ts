import {reporter} from 'vfile-reporter'
import type {VFile} from 'vfile'
import {countMessages, type ReportOptions} from './messages.js'

/**
 * The report for people: `vfile-reporter`'s table of messages per file,
 * ending with one summary line of errors, warnings and files.
 */
export function reportStylish(files: ReadonlyArray<VFile>, options: ReportOptions): string {
  const table = files.length > 0 ? withoutByline(reporter([...files], {color: options.color, silent: options.quiet}), files, options) : ''
  return (table ? table + '\n\n' : '') + summaryLine(files, options) + '\n'
}

/**
 * `vfile-reporter` ends with its own count of errors and warnings when there
 * are any; the summary line replaces it.
 */
function withoutByline(table: string, files: ReadonlyArray<VFile>, options: ReportOptions): string {
  const {errors, warnings} = countMessages(files)
  const shown = options.quiet ? errors : errors + warnings
  if (shown === 0) return table.trimEnd()
  const lines = table.trimEnd().split('\n')
  lines.pop()
  while (lines.length > 0 && lines.at(-1) === '') lines.pop()
  return lines.join('\n')
}

/**
 * One line: `✖ 2 errors, ⚠ 3 warnings in 1 of 2 files`, or
 * `✔ no issues in 2 files`.
 */
export function summaryLine(files: ReadonlyArray<VFile>, options: Pick<ReportOptions, 'color'>): string {
  const {errors, warnings, filesWithFindings} = countMessages(files)
  const paint = (code: string, text: string) => (options.color ? `\u001B[${code}m${text}\u001B[39m` : text)
  const total = plural(files.length, 'file')
  if (errors === 0 && warnings === 0) return `${paint('32', '✔')} no issues in ${total}`
  const parts: string[] = []
  if (errors > 0) parts.push(`${paint('31', '✖')} ${plural(errors, 'error')}`)
  if (warnings > 0) parts.push(`${paint('33', '⚠')} ${plural(warnings, 'warning')}`)
  return `${parts.join(', ')} in ${filesWithFindings} of ${total}`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
