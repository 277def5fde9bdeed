import {relative, resolve, sep} from 'node:path'
import {pathToFileURL} from 'node:url'
import {rules} from 'copydesk'
import type {ArtifactLocation, Fix, Log, Region, ReportingDescriptor, Result} from 'sarif'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reportedMessages, spanOf, type ReportOptions} from './messages.js'

const levels = {error: 'error', warn: 'warning', off: 'none'} as const

/**
 * A report as a SARIF 2.1.0 log (one run of the `copydesk` tool), the format
 * code-scanning services read. Columns count UTF-16 code units, as copydesk
 * positions do. Each message with replacements carries them as `fixes`.
 */
export function reportSarif(files: ReadonlyArray<VFile>, options: ReportOptions): string {
  const descriptors: ReportingDescriptor[] = rules.map((entry) => ({
    id: entry.id,
    helpUri: entry.url,
    shortDescription: {text: `copydesk rule ${entry.id}`},
    defaultConfiguration: {level: levels[entry.severity]}
  }))
  const ruleIndex = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]))
  const results: Result[] = []

  for (const file of files) {
    const artifactLocation: ArtifactLocation = file.path
      ? {uri: toUri(file.path, options.cwd), uriBaseId: 'SRCROOT'}
      : {uri: 'stdin'}
    for (const message of reportedMessages(file, options.quiet)) {
      if (message.ruleId && !ruleIndex.has(message.ruleId)) {
        ruleIndex.set(message.ruleId, descriptors.length)
        descriptors.push({id: message.ruleId, shortDescription: {text: `${message.source ?? 'copydesk'} check ${message.ruleId}`}})
      }
      const region = regionOf(message)
      const result: Result = {
        level: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note',
        message: {text: message.reason},
        locations: [{physicalLocation: region ? {artifactLocation, region} : {artifactLocation}}]
      }
      if (message.ruleId) {
        result.ruleId = message.ruleId
        result.ruleIndex = ruleIndex.get(message.ruleId)!
      }
      const fixes = region ? fixesOf(message, artifactLocation, region) : []
      if (fixes.length > 0) result.fixes = fixes
      results.push(result)
    }
  }

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copydesk',
            version: options.version,
            informationUri: 'https://github.com/copydesk/copydesk',
            rules: descriptors
          }
        },
        originalUriBaseIds: {SRCROOT: {uri: pathToFileURL(options.cwd).href.replace(/\/?$/, '/')}},
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, undefined, 2) + '\n'
}

function regionOf(message: VFileMessage): Region | undefined {
  const span = spanOf(message)
  if (!span) return undefined
  const region: Region = {startLine: span.start.line, startColumn: span.start.column}
  if (span.end) {
    region.endLine = span.end.line
    region.endColumn = span.end.column
  }
  if (message.actual !== undefined) region.snippet = {text: message.actual}
  return region
}

function fixesOf(message: VFileMessage, artifactLocation: ArtifactLocation, region: Region): Fix[] {
  const deletedRegion: Region = {startLine: region.startLine!, startColumn: region.startColumn!}
  if (region.endLine !== undefined) deletedRegion.endLine = region.endLine
  if (region.endColumn !== undefined) deletedRegion.endColumn = region.endColumn
  return (message.expected ?? []).map((replacement) => ({
    description: {text: replacement === '' ? `Remove \`${message.actual ?? ''}\`` : `Replace with \`${replacement}\``},
    artifactChanges: [{artifactLocation, replacements: [{deletedRegion, insertedContent: {text: replacement}}]}]
  }))
}

/** A path relative to `cwd` as a URI reference with forward slashes. */
function toUri(path: string, cwd: string): string {
  const relativePath = relative(cwd, resolve(cwd, path)) || path
  return relativePath.split(sep).map(encodeURIComponent).join('/')
}
