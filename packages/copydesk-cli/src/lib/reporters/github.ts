import type {VFile} from 'vfile'
import {reportedMessages, spanOf, type ReportOptions} from './messages.js'

/**
 * A report as GitHub Actions workflow commands, which GitHub shows as
 * annotations on the changed lines:
 * `::error file=a.txt,line=1,col=5,endLine=1,endColumn=9,title=copydesk(rule)::reason`.
 */
export function reportGithub(files: ReadonlyArray<VFile>, options: ReportOptions): string {
  const lines: string[] = []
  for (const file of files) {
    for (const message of reportedMessages(file, options.quiet)) {
      const command = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
      const properties: Array<[string, string | number]> = []
      if (file.path) properties.push(['file', file.path])
      const span = spanOf(message)
      if (span) {
        properties.push(['line', span.start.line], ['col', span.start.column])
        if (span.end) properties.push(['endLine', span.end.line], ['endColumn', span.end.column])
      }
      properties.push(['title', message.ruleId ? `copydesk(${message.ruleId})` : 'copydesk'])
      const head = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
      lines.push(`::${command} ${head}::${escapeData(message.reason)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

/** Escape a command's message, as the Actions toolkit does. */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escape a command's property value: also `:` and `,`, which delimit properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
