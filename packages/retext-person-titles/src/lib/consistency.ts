import type {Knowledge} from '@copydesk/knowledge'
import {relate} from './offices.js'

/** What comparing titles needs of a use, in one file or across files. */
export interface Comparable {
  key: string
  text: string
  personId?: string | undefined
}

/** Two titles given to one person that cannot both be right. */
export interface Clash<T> {
  earlier: T
  later: T
  /** Why not, as the end of a sentence: `they are two ranks of one office`. */
  why: string
}

/**
 * For each title, the first earlier title of the same person it cannot stand
 * beside; a title repeated word for word is reported once. `items` are in
 * reading order.
 */
export function findClashes<T extends Comparable>(items: ReadonlyArray<T>, knowledge: Knowledge): Array<Clash<T>> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const group = groups.get(item.key)
    if (group) group.push(item)
    else groups.set(item.key, [item])
  }

  const clashes: Array<Clash<T>> = []
  for (const group of groups.values()) {
    const person = group[0]?.personId === undefined ? undefined : knowledge.person(group[0].personId)
    // Compared by wording: one person's titles are few however often they recur.
    const first = new Map<string, T>()
    const relations = new Map<string, ReturnType<typeof relate>>()
    const reported = new Set<string>()
    for (const later of group) {
      if (reported.has(later.text)) continue
      for (const [text, earlier] of first) {
        if (text === later.text) continue
        const pair = text + '\u0000' + later.text
        let relation = relations.get(pair)
        if (!relation) relations.set(pair, (relation = relate(text, later.text, person, knowledge)))
        if (relation.kind === 'conflict') {
          clashes.push({earlier, later, why: relation.why})
          reported.add(later.text)
          break
        }
      }

      if (!first.has(later.text)) first.set(later.text, later)
    }
  }

  return clashes
}
