import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/**
 * Options shared by the reporters.
 */
export interface ReportOptions {
  /** Folder the paths are relative to. */
  cwd: string
  /** Show errors only. */
  quiet: boolean
  /** Use ANSI colours (stylish only). */
  color: boolean
  /** Version of copydesk, for reports that name the tool. */
  version: string
}

/**
 * The messages of `file` a report shows, in document order: all, or only
 * errors with `quiet`.
 */
export function reportedMessages(file: VFile, quiet: boolean): VFileMessage[] {
  return file.messages
    .filter((message) => !quiet || message.fatal === true)
    .map((message, index) => ({message, index}))
    .sort((a, b) => (a.message.line ?? 0) - (b.message.line ?? 0) || (a.message.column ?? 0) - (b.message.column ?? 0) || a.index - b.index)
    .map(({message}) => message)
}

/** The start and end of a message's place, when it has one. */
export function spanOf(message: VFileMessage): {start: {line: number; column: number}; end?: {line: number; column: number}} | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) return {start: place.start, end: place.end}
  return {start: place}
}

/** Counts of errors, warnings and infos over files. */
export function countMessages(files: ReadonlyArray<VFile>): {errors: number; warnings: number; infos: number; filesWithFindings: number} {
  let errors = 0
  let warnings = 0
  let infos = 0
  let filesWithFindings = 0
  for (const file of files) {
    let found = false
    for (const message of file.messages) {
      if (message.fatal === true) errors++
      else if (message.fatal === false) warnings++
      else infos++
      if (message.fatal !== undefined && message.fatal !== null) found = true
    }
    if (found) filesWithFindings++
  }
  return {errors, warnings, infos, filesWithFindings}
}
