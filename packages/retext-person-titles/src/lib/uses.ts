import type {Person} from '@copydesk/knowledge'
import {foldName, type Mention, type TitleSpan} from '@copydesk/mentions'

/**
 * One title given to one person: next to the name, or standing alone and tied
 * to the person who held the office at the time.
 */
export interface TitleUse {
  /** The person, when the knowledge knows them. */
  person?: Person | undefined
  /** Who, for comparing titles: the person's id, or the folded name for people the knowledge does not know. */
  key: string
  /** The full name for messages: the canonical name, or as written. */
  name: string
  /** The surname, for the second mention of someone in a message. */
  short: string
  title: TitleSpan
  /** `name`: the text names the person; `holder`: a title alone, tied to its holder. */
  tie: 'name' | 'holder'
  /** Where the name is, for titles next to a name. */
  nameSpan?: Mention['name']
}

/**
 * Titles next to names, and titles standing alone (kept apart: those are tied
 * to a person only once the document's date is known).
 */
export function collectUses(mentions: ReadonlyArray<Mention>): {named: TitleUse[]; lone: TitleSpan[]} {
  const named: TitleUse[] = []
  const lone: TitleSpan[] = []
  for (const mention of mentions) {
    const title = mention.title
    if (!title) continue
    if (mention.kind === 'title') {
      lone.push(title)
      continue
    }

    if (mention.kind !== 'person' || !mention.name) continue
    const antecedent = mention.antecedent === undefined ? undefined : mentions[mention.antecedent]
    const person = mention.person ?? antecedent?.person
    if (person) {
      named.push({person, key: person.id, name: person.name, short: person.surname, title, tie: 'name', nameSpan: mention.name})
      continue
    }

    // A surname alone could be anyone of that name; only a full name (or the
    // full name it refers back to) says who is meant.
    const full = mention.surnameOnly ? antecedent?.name?.text : mention.name.text
    if (!full) continue
    const words = full.split(/\s+/)
    named.push({
      key: 'name:' + foldName(full),
      name: full,
      short: words.at(-1) ?? full,
      title,
      tie: 'name',
      nameSpan: mention.name
    })
  }

  return {named, lone}
}

/** Known people the text names, in order of first mention. */
export function namedPeople(mentions: ReadonlyArray<Mention>): Person[] {
  const people = new Set<Person>()
  for (const mention of mentions) if (mention.kind === 'person' && mention.person) people.add(mention.person)
  return [...people]
}

/** Where a title starts in the text, to keep titles in reading order. */
export function offset(use: TitleUse): number {
  return use.title.position.start.offset ?? 0
}
