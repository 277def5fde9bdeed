import type {Knowledge} from '@copydesk/knowledge'

/** Entries kept per lookup before the memo starts afresh (bounds memory on huge inputs). */
const limit = 20_000

/** The knowledge lookups mention finding makes, each remembered by its argument. */
export type Lookups = Pick<
  Knowledge,
  | 'personByName'
  | 'peopleBySurname'
  | 'isKnownNamePart'
  | 'similarPeople'
  | 'organisationByName'
  | 'similarOrganisations'
  | 'isKnownTitle'
>

const memos = new WeakMap<Knowledge, Lookups>()

/**
 * The same phrases come up again and again in copy (titles, organisations), so
 * lookups are remembered per knowledge, across files.
 */
export function lookupsFor(knowledge: Knowledge): Lookups {
  let lookups = memos.get(knowledge)
  if (!lookups) {
    lookups = {
      personByName: remember((name) => knowledge.personByName(name)),
      peopleBySurname: remember((surname) => knowledge.peopleBySurname(surname)),
      isKnownNamePart: remember((word) => knowledge.isKnownNamePart(word)),
      similarPeople: remember((name) => knowledge.similarPeople(name, {maxDistance: 2})),
      organisationByName: remember((name) => knowledge.organisationByName(name)),
      similarOrganisations: remember((name) => knowledge.similarOrganisations(name)),
      isKnownTitle: remember((title) => knowledge.isKnownTitle(title))
    }
    memos.set(knowledge, lookups)
  }

  return lookups
}

function remember<T>(lookup: (value: string) => T): (value: string) => T {
  let memo = new Map<string, T>()
  return function (value) {
    if (memo.has(value)) return memo.get(value) as T
    if (memo.size >= limit) memo = new Map()
    const result = lookup(value)
    memo.set(value, result)
    return result
  }
}
