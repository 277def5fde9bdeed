import type {Knowledge, Person} from '@copydesk/knowledge'
import type {TitleSpan} from '@copydesk/mentions'
import {roleDuring, type Span} from './terms.js'
import type {TitleUse} from './uses.js'

/**
 * Tie titles standing alone (“the US Deputy Secretary of State dines with…”)
 * to the person who held the office at the document's date: the one person the
 * text names who held it then, or else the one holder the knowledge lists
 * throughout `span`. Titles with no single holder stay untied.
 */
export function tieLoneTitles(
  titles: ReadonlyArray<TitleSpan>,
  span: Span,
  named: ReadonlyArray<Person>,
  knowledge: Knowledge
): TitleUse[] {
  const uses: TitleUse[] = []
  // A long text repeats the same few titles: each wording is tied once, not
  // checked against every person the text names at each occurrence.
  const holders = new Map<string, Person | undefined>()
  for (const title of titles) {
    if (title.former) continue
    let person = holders.get(title.text)
    if (person === undefined && !holders.has(title.text)) {
      person = holderAmong(title.text, span, named, knowledge) ?? soleHolder(title.text, span, knowledge)
      holders.set(title.text, person)
    }

    if (person) uses.push({person, key: person.id, name: person.name, short: person.surname, title, tie: 'holder'})
  }

  return uses
}

function holderAmong(title: string, span: Span, named: ReadonlyArray<Person>, knowledge: Knowledge): Person | undefined {
  const holders = named.filter((person) => knowledge.rolesMatching(person, title).some((role) => roleDuring(role, span)))
  return holders.length === 1 ? holders[0] : undefined
}

function soleHolder(title: string, span: Span, knowledge: Knowledge): Person | undefined {
  const days = span.to === null || span.to === span.from ? [span.from] : [span.from, span.to]
  let found: Person | undefined
  for (const day of days) {
    const people = new Set(knowledge.holdersOf(title, day).map((holding) => holding.person))
    const [only] = people
    if (people.size !== 1 || !only || (found && found !== only)) return undefined
    found = only
  }

  return found
}
