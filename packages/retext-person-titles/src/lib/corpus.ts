import type {VFile} from 'vfile'
import {relate, type Relation} from './offices.js'
import {settingsFor, type Options} from './options.js'
import {report, ruleId, source, url, type Message} from './report.js'
import type {StoredUse} from './stored.js'

interface Entry {
  file: VFile
  use: StoredUse
}

/**
 * Check a story package (several files about one event) for one person given
 * titles in different files that cannot both be right. Each file must have
 * been run through the rule first: it leaves its titles on
 * `file.data.copydeskPersonTitles` (files without them are skipped).
 *
 * A title the knowledge found wrong at its file's date is reported, naming
 * the other file and line; a title it found right is not. When neither was
 * decided, both are reported, each naming the other. Messages are added to
 * their files and returned.
 */
export function corpus(files: ReadonlyArray<VFile>, options?: Readonly<Options> | null): Message[] {
  const {knowledge} = settingsFor(options)
  const groups = new Map<string, Entry[]>()
  for (const file of files) {
    // One entry per person, title and file: a title repeated in a file is one claim.
    const seen = new Set<string>()
    for (const use of file.data.copydeskPersonTitles ?? []) {
      const id = use.key + '\u0000' + use.text
      if (seen.has(id)) continue
      seen.add(id)
      const group = groups.get(use.key)
      if (group) group.push({file, use})
      else groups.set(use.key, [{file, use}])
    }
  }

  const messages: Message[] = []
  for (const group of groups.values()) {
    // Entries by title as written: a person is mostly given one or two titles,
    // so comparing titles rather than entries keeps this linear in the files.
    const byText = new Map<string, Array<{entry: Entry; index: number}>>()
    group.forEach((entry, index) => {
      const same = byText.get(entry.use.text)
      if (same) same.push({entry, index})
      else byText.set(entry.use.text, [{entry, index}])
    })
    if (byText.size < 2) continue
    const person = group[0]?.use.personId === undefined ? undefined : knowledge.person(group[0].use.personId)
    const relations = new Map<string, Relation>()
    for (const entry of group) {
      // The first entry of the group, in order, from another file with a conflicting title.
      let found: {other: Entry; index: number; why: string} | undefined
      for (const [text, entries] of byText) {
        if (text === entry.use.text) continue
        // A file holds one entry per person and title, so this stops at the first or second.
        const first = entries.find((candidate) => candidate.entry.file !== entry.file)
        if (!first || (found && found.index < first.index)) continue
        const pair = entry.use.text + '\u0000' + text
        let relation = relations.get(pair)
        if (!relation) relations.set(pair, (relation = relate(entry.use.text, text, person, knowledge)))
        if (relation.kind !== 'conflict') continue
        found = {other: first.entry, index: first.index, why: relation.why}
      }
      if (found && reports(entry.use, found.other.use)) messages.push(emit(entry, found.other, found.why))
    }
  }

  return messages
}

/**
 * Whether `use` is the title to report of a clash with `other`: the one the
 * knowledge found wrong, or, when it decided neither, each of them.
 */
function reports(use: StoredUse, other: StoredUse): boolean {
  if (use.verdict === 'wrong') return true
  if (other.verdict === 'wrong' || use.verdict === 'fits') return false
  return true
}

function emit({file, use}: Entry, other: Entry, why: string): Message {
  const name = other.file.basename ?? other.file.path ?? 'another file'
  const expected = use.verdict === 'wrong' ? use.expected : undefined
  const [message] = report(file, undefined, [
    {
      place: use.position,
      actual: use.text,
      expected,
      reason:
        `Unexpected \`${use.text}\` for ${use.name}${expected === undefined ? '' : `, expected \`${expected}\``}: ` +
        `\`${name}\` line ${other.use.position.start.line} calls ${use.short} \`${other.use.text}\`, and ${why}`,
      cause: {
        place: other.use.position,
        reason: `${other.use.name} is called \`${other.use.text}\` here`,
        file: other.file.path
      }
    }
  ])
  return Object.assign(message!, {ruleId, source, url})
}
