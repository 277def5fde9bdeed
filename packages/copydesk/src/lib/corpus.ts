import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {filterControlled} from './message-control.js'
import type {RuleEntry} from './rule-entry.js'
import type {Severity} from './settings.js'

/**
 * One rule, as configured for one file, whose corpus check should run.
 */
export interface CorpusPlanItem {
  entry: RuleEntry
  severity: Exclude<Severity, 'off'>
  options: unknown
  /** Identifies the configuration; files with the same key are checked together. */
  key: string
}

declare module 'vfile' {
  interface DataMap {
    /** Rules whose checks across files apply to this file (set by the copydesk preset when `corpus` is on). */
    copydeskCorpus: CorpusPlanItem[]
  }
}

/**
 * The file set unified-engine hands to plugins, as far as copydesk uses it.
 */
export interface FileSetLike {
  use(completer: Completer): unknown
}

/**
 * A unified-engine completer: runs once, after every file is transformed.
 */
export type Completer = ((set: {valueOf(): VFile[]}) => Promise<void>) & {pluginId?: string}

/**
 * Completer registered by the preset on the engine's file set. It is one
 * module-level function with a `pluginId`, so the file set keeps only one
 * however many files attach the preset.
 */
export const corpusCompleter: Completer = Object.assign(
  async function copydeskCorpus(set: {valueOf(): VFile[]}): Promise<void> {
    await runCorpus(set.valueOf())
  },
  {pluginId: 'copydesk:corpus'}
)

/**
 * Run every planned corpus check once over the files that planned it.
 *
 * Files configured the same way for a rule (same severity and options) are
 * checked together; files linted with other settings (another rc file) form
 * their own group. Messages the checks add are stamped like `unified-lint-rule`
 * stamps messages: rule id, source `copydesk`, url, and `fatal` from severity.
 * Then each file's inline controls (`copydesk-disable` …) filter them.
 */
export async function runCorpus(files: ReadonlyArray<VFile>): Promise<void> {
  const groups = new Map<RuleEntry, Map<string, {item: CorpusPlanItem; files: VFile[]}>>()
  for (const file of files) {
    for (const item of file.data.copydeskCorpus ?? []) {
      let byConfig = groups.get(item.entry)
      if (!byConfig) groups.set(item.entry, (byConfig = new Map()))
      const key = item.severity + '\u0000' + item.key
      let group = byConfig.get(key)
      if (!group) byConfig.set(key, (group = {item, files: []}))
      group.files.push(file)
    }
  }

  for (const [entry, byConfig] of groups) {
    if (!entry.corpus) continue
    for (const {item, files: members} of byConfig.values()) {
      const before = members.map((file) => file.messages.length)
      const returned = await entry.corpus(members, item.options)
      adopt(returned, members)
      members.forEach((file, index) => {
        for (const message of file.messages.slice(before[index])) {
          Object.assign(message, {fatal: item.severity === 'error', ruleId: entry.id, source: 'copydesk', url: entry.url})
        }
      })
    }
  }

  // The checks ran after each file's own controls, so they apply here again.
  for (const file of files) filterControlled(file)
}

/**
 * A check may return the messages it made instead of adding them; those are
 * added to the file they name.
 */
function adopt(returned: unknown, files: ReadonlyArray<VFile>): void {
  if (!Array.isArray(returned) || returned.length === 0) return
  // Indexed once, so a story package of thousands of files is not searched per message.
  const byName = new Map<string, VFile>()
  for (const file of files) {
    if (file.history[0] !== undefined && !byName.has(file.history[0])) byName.set(file.history[0], file)
  }
  for (const file of files) {
    if (file.path !== undefined) byName.set(file.path, file)
  }
  const held = new Map<VFile, Set<VFileMessage>>()
  for (const message of returned) {
    if (!(message instanceof VFileMessage) || message.file === undefined) continue
    const file = byName.get(message.file)
    if (!file) continue
    let messages = held.get(file)
    if (!messages) held.set(file, (messages = new Set(file.messages)))
    if (messages.has(message)) continue
    messages.add(message)
    file.messages.push(message)
  }
}
