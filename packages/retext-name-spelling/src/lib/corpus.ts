import type {VFile} from 'vfile'
import {clusters, judge, occurrences, type Occurrence} from './consistency.js'
import {resolveOptions, type Options} from './options.js'
import {createReporter, url, type Message} from './report.js'

/** Mentions already flagged in a file by the rule, so a corpus pass does not count them. */
export const flaggedMentions = new WeakMap<VFile, ReadonlySet<number>>()

/**
 * Check a story package (several files about one event) for one name spelt two
 * ways across files ("Ryabkov" in one, "Riabkov" in another). Each file must have
 * been run through the rule (or `findMentions`) first: its mentions are read from
 * `file.data.copydeskMentions`; files without them are skipped. Only files that
 * are consistent on their own are compared (the rule reports the others).
 * Messages are added to the files and returned.
 */
export function corpus(files: ReadonlyArray<VFile>, options?: Readonly<Options> | null): Message[] {
  const settings = resolveOptions(options)
  if (!settings.consistency) return []
  const items: Occurrence[] = []
  for (const file of files) {
    const mentions = file.data.copydeskMentions
    if (!mentions) continue
    items.push(...occurrences(file, mentions, settings.knowledge, flaggedMentions.get(file) ?? new Set()))
  }

  const messages: Message[] = []
  for (const cluster of clusters(items)) {
    // Files that spell the name two ways are the rule's to report.
    const mixed = new Set<VFile>()
    const keysByFile = new Map<VFile, Set<string>>()
    for (const item of cluster) {
      const keys = keysByFile.get(item.file) ?? new Set()
      keys.add(item.key)
      keysByFile.set(item.file, keys)
      if (keys.size > 1) mixed.add(item.file)
    }

    if (keysByFile.size < 2) continue
    const results = judge(cluster, (occurrence, from) =>
      (occurrence.file === from ? '' : 'in `' + name(occurrence.file) + '` ') +
      'at ' + occurrence.place.start.line + ':' + occurrence.place.start.column
    )
    for (const {occurrence, finding} of results) {
      if (mixed.has(occurrence.file)) continue
      const message = createReporter(undefined, occurrence.file)(finding)
      message.ruleId = 'name-spelling'
      message.source = 'copydesk'
      message.url = url
      messages.push(message)
    }
  }

  return messages
}

function name(file: VFile): string {
  return file.basename ?? file.path ?? 'another file'
}
