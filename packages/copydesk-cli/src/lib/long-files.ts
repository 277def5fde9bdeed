import {formatOf, lintSegments, segmentLength, type CopydeskSettings} from 'copydesk'
import type {VFile} from 'vfile'
import {presetProcessor} from './processors.js'

/**
 * Whether a file is linted in segments rather than as one tree: it is longer
 * than the segment length, and the run does not compare files (the checks
 * across files need each file whole, as the library's `lintCorpus` does).
 */
export function isLong(doc: string, settings: CopydeskSettings): boolean {
  return !settings.corpus && doc.length > (settings.segmentLength ?? segmentLength)
}

/**
 * Lint a long file one segment at a time with the preset, as the library's
 * `lintText` does, so a file of tens of megabytes needs the memory of one
 * segment. A dateline with a year in the first segment dates the rest, unless
 * the settings give a date.
 */
export async function lintInSegments(file: VFile, settings: CopydeskSettings): Promise<void> {
  const processorFor = (date: string | undefined) =>
    presetProcessor(JSON.stringify(settings.date === undefined && date !== undefined ? {...settings, date} : settings))
  await lintSegments(processorFor, file, formatOf(file), settings.segmentLength ?? segmentLength)
}
