import type {Knowledge, Person} from '@copydesk/knowledge'
import {foldName, isRespelling, type Mention} from '@copydesk/mentions'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {tail, type Finding} from './report.js'

/**
 * One surname as written in one file.
 */
export interface Occurrence {
  file: VFile
  /** The surname as written. */
  surname: string
  /** Folded surname. */
  key: string
  /** Folded given name, when the mention is a full name. */
  given?: string
  /** For a surname standing alone: the folded surname of the full name it refers back to. */
  refers?: string
  place: Position
  /** Someone the knowledge knows by this surname (exactly, or through the mention's exact match). */
  person?: Person
}

/**
 * Surnames of the person mentions in a file, leaving out those at `skip`
 * (already flagged against the knowledge).
 */
export function occurrences(
  file: VFile,
  mentions: ReadonlyArray<Mention>,
  knowledge: Knowledge,
  skip: ReadonlySet<number>
): Occurrence[] {
  const result: Occurrence[] = []
  for (const [index, mention] of mentions.entries()) {
    const name = mention.name
    if (mention.kind !== 'person' || !name || skip.has(index)) continue
    const words = name.text.split(/\s+/)
    const surname = mention.surnameOnly ? name.text : (words.at(-1) ?? '')
    // “The Trumps”, “the Obamas”: a family by its plural, not a respelling of the surname.
    if (mention.surnameOnly && /s$/.test(surname) && knowledge.peopleBySurname(surname.slice(0, -1)).length > 0) continue
    const occurrence: Occurrence = {
      file,
      surname,
      key: foldName(surname),
      place: mention.surnameOnly ? name.position : tail(name.position, surname.length)
    }
    if (!mention.surnameOnly && words[0]) occurrence.given = foldName(words[0])
    const antecedent = mention.antecedent === undefined ? undefined : mentions[mention.antecedent]?.name
    if (mention.surnameOnly && antecedent) occurrence.refers = foldName(antecedent.text.split(/\s+/).at(-1) ?? '')
    const person = mention.person ?? knowledge.peopleBySurname(surname)[0]
    if (person) occurrence.person = person
    result.push(occurrence)
  }

  return result
}

/**
 * Sets of surname spellings that look like one name spelt two ways
 * ("Ryabkov"/"Riabkov", "Zelensky"/"Zelenskyy"): one edit apart, same first
 * letter, and not set apart by two different given names.
 */
export function clusters(items: ReadonlyArray<Occurrence>): Occurrence[][] {
  const byKey = new Map<string, Occurrence[]>()
  for (const item of items) {
    const list = byKey.get(item.key)
    if (list) list.push(item)
    else byKey.set(item.key, [item])
  }

  // Compare only keys that share a first letter and are close in length.
  const buckets = new Map<string, string[]>()
  for (const key of byKey.keys()) {
    const bucket = buckets.get(key[0] ?? '') ?? []
    bucket.push(key)
    buckets.set(key[0] ?? '', bucket)
  }

  const parent = new Map<string, string>()
  const find = (key: string): string => {
    let root = key
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!
    return root
  }

  for (const bucket of buckets.values()) {
    for (const [position, a] of bucket.entries()) {
      for (const b of bucket.slice(position + 1)) {
        if (Math.abs(a.length - b.length) > 2 || !isRespelling(a, b)) continue
        if (!compatible(byKey.get(a)!, byKey.get(b)!)) continue
        parent.set(find(b), find(a))
      }
    }
  }

  const groups = new Map<string, Occurrence[]>()
  for (const [key, list] of byKey) {
    const root = find(key)
    groups.set(root, [...(groups.get(root) ?? []), ...list])
  }

  return [...groups.values()].filter((group) => new Set(group.map((item) => item.key)).size > 1)
}

/**
 * Whether two spellings can be of one person: full names with given names alike,
 * or a surname standing alone that refers back to the other.
 */
function compatible(a: ReadonlyArray<Occurrence>, b: ReadonlyArray<Occurrence>): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x.given && y.given && (x.given === y.given || isRespelling(x.given, y.given))) return true
      if (x.refers === y.key || y.refers === x.key) return true
    }
  }

  return false
}

/**
 * Decide a cluster: when the knowledge knows some spellings and not others, the
 * unknown ones are wrong; when it knows none, the less frequent spelling is
 * flagged (with the other as `expected` when that one is more frequent).
 * Spellings the knowledge accepts are never flagged against each other.
 */
export function judge(
  cluster: ReadonlyArray<Occurrence>,
  where: (occurrence: Occurrence, from: VFile) => string
): Array<{occurrence: Occurrence; finding: Finding}> {
  const counts = new Map<string, Occurrence[]>()
  for (const item of cluster) counts.set(item.key, [...(counts.get(item.key) ?? []), item])
  const known = [...counts.values()].filter((list) => list.some((item) => item.person))
  const unknown = [...counts.values()].filter((list) => !list.some((item) => item.person))
  if (unknown.length === 0) return []

  const results: Array<{occurrence: Occurrence; finding: Finding}> = []
  if (known.length > 0) {
    const preferred = mostFrequent(known)
    const first = preferred[0]!
    const person = first.person!
    for (const list of unknown) {
      for (const occurrence of list) {
        results.push({
          occurrence,
          finding: {
            reason:
              'Unexpected `' + occurrence.surname + '`, expected `' + first.surname + '` (the knowledge spells ' +
              person.name + "'s name `" + first.surname + '`, as the text does ' + where(first, occurrence.file) + ')',
            place: occurrence.place,
            actual: occurrence.surname,
            expected: first.surname
          }
        })
      }
    }

    return results
  }

  const preferred = mostFrequent(unknown)
  const first = preferred[0]!
  for (const list of unknown) {
    if (list === preferred) continue
    const more = preferred.length > list.length
    for (const occurrence of list) {
      const times = preferred.length === 1 ? 'once, ' : preferred.length + ' times, first '
      results.push({
        occurrence,
        finding: {
          reason:
            'Unexpected `' + occurrence.surname + '`' + (more ? ', expected `' + first.surname + '`' : '') +
            ' (the same name is spelt `' + first.surname + '` ' + times + where(first, occurrence.file) +
            (more ? ')' : '; check which spelling is right)'),
          place: occurrence.place,
          actual: occurrence.surname,
          expected: more ? first.surname : undefined
        }
      })
    }
  }

  return results
}

/** The spelling used most, the earliest on a tie. */
function mostFrequent(lists: ReadonlyArray<Occurrence[]>): Occurrence[] {
  let best = lists[0]!
  for (const list of lists) {
    if (list.length > best.length) best = list
  }

  return best
}
