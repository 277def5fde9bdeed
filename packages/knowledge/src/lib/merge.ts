import type {Organisation, Person, StyleSheet} from './types.js'

/**
 * Merge sheets in order: an entry whose id was seen before replaces the fields it
 * gives and keeps the others, so a newsroom's own spelling or roles win over the
 * bundled data. Entries keep the place where their id first appeared.
 */
export function mergeSheets(sheets: ReadonlyArray<StyleSheet>): {
  people: Person[]
  organisations: Organisation[]
} {
  const people = new Map<string, Person>()
  const organisations = new Map<string, Organisation>()
  for (const sheet of sheets) {
    for (const person of sheet.people ?? []) {
      people.set(person.id, {...people.get(person.id), ...person})
    }

    for (const organisation of sheet.organisations ?? []) {
      organisations.set(organisation.id, {...organisations.get(organisation.id), ...organisation})
    }
  }

  return {people: [...people.values()], organisations: [...organisations.values()]}
}
