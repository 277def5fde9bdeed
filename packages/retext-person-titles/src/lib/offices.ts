import {normaliseTitle, type Knowledge, type Person} from '@copydesk/knowledge'
import {exclusiveOffices, fusedRanks, narrowingWords, rankWords} from './lexicon.js'
import {rolesOverlap, termOf} from './terms.js'

/** An office as a title words it: the rank words before it and the office they rank. */
interface Wording {
  /** Rank words in a fixed order: `deputy`, `first deputy`, or `` for none. */
  ranks: string
  base: string[]
}

/** How two titles given to one person relate. */
export type Relation =
  | {kind: 'same'}
  | {kind: 'conflict'; why: string}
  | {kind: 'unknown'}

/** How the wording of two titles relates, knowing nothing of who holds them. */
export type WordingRelation = 'same' | 'rank' | 'exclusive' | 'unrelated'

/**
 * Compare two titles the way a copy editor does: the same office (also a
 * shorter form, “Secretary” for “Secretary of State”), another rank of it
 * (“Under” or “Deputy Secretary of State”), two offices at the head of a
 * government (“President” and “Prime Minister”), or nothing known.
 */
export function compareWording(a: string, b: string, knowledge: Knowledge): WordingRelation {
  let result: WordingRelation = 'unrelated'
  for (const x of wordings(a, knowledge)) {
    for (const y of wordings(b, knowledge)) {
      if (sameBase(x.base, y.base)) {
        if (x.ranks === y.ranks) return 'same'
        result = 'rank'
      } else if (
        result === 'unrelated' &&
        x.ranks === '' &&
        y.ranks === '' &&
        exclusiveOffices.has(x.base.join(' ')) &&
        exclusiveOffices.has(y.base.join(' '))
      ) {
        result = 'exclusive'
      }
    }
  }

  return result
}

/**
 * Whether two titles given to the same person can both be right. With the
 * person known, the knowledge decides first: titles of one office agree, and
 * titles of two offices agree when the terms overlap (a minister who is also
 * deputy prime minister). Otherwise the wording decides.
 */
export function relate(a: string, b: string, person: Person | undefined, knowledge: Knowledge): Relation {
  const wording = compareWording(a, b, knowledge)
  if (wording === 'same') return {kind: 'same'}

  if (person) {
    const first = knowledge.rolesMatching(person, a)
    const second = knowledge.rolesMatching(person, b)
    if (first.some((role) => second.includes(role))) return {kind: 'same'}
    if (first.length > 0 && second.length > 0) {
      if (first.some((x) => second.some((y) => rolesOverlap(x, y)))) return {kind: 'same'}
      const x = first[0]!
      const y = second[0]!
      return {
        kind: 'conflict',
        why: `${person.name} was ${x.title} ${termOf(x)} and ${y.title} ${termOf(y)}, never both at once`
      }
    }
  }

  if (wording === 'rank') return {kind: 'conflict', why: 'they are two ranks of one office'}
  if (wording === 'exclusive') return {kind: 'conflict', why: 'one person does not hold both offices at once'}
  return {kind: 'unknown'}
}

function wordings(title: string, knowledge: Knowledge): Wording[] {
  const cores = knowledge.titleCores?.(title) ?? [normaliseTitle(title)]
  return cores.map((core) => {
    const tokens = core.split(' ').flatMap((token) => fusedRanks.get(token) ?? [token])
    let index = 0
    while (index < tokens.length - 1 && rankWords.has(tokens[index]!)) index++
    const rest = tokens.slice(index).join(' ')
    // Qualifiers may follow the rank (“Deputy Kremlin Spokesman”): read them off again.
    const base = index === 0 ? rest : (knowledge.titleCores?.(rest).at(-1) ?? rest)
    return {ranks: tokens.slice(0, index).sort().join(' '), base: base.split(' ')}
  })
}

/** The same office, or one a shorter form of the other (“secretary” of “secretary of state”). */
function sameBase(a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length === 0) return false
  for (const [index, token] of short.entries()) if (long[index] !== token) return false
  return short.length === long.length || narrowingWords.has(long[short.length]!)
}
