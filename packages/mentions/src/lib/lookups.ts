import type {Knowledge} from '@copydesk/knowledge'
import {fold} from './tokens.js'

/** Entries kept per lookup before the memo starts afresh (bounds memory on huge inputs). */
const limit = 20_000

/** The knowledge lookups mention finding makes, each remembered by its argument. */
export interface Lookups
  extends Pick<
    Knowledge,
    | 'personByName'
    | 'peopleBySurname'
    | 'isKnownNamePart'
    | 'similarPeople'
    | 'organisationByName'
    | 'similarOrganisations'
    | 'isKnownTitle'
  > {
  /** Whether a folded word occurs in any office title or alias: no known title holds other words. */
  inTitles(key: string): boolean
  /** Whether a folded word opens any organisation's name, variant or acronym. */
  opensOrganisation(key: string): boolean
}

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
      isKnownTitle: remember((title) => knowledge.isKnownTitle(title)),
      ...wordIndexes(knowledge)
    }
    memos.set(knowledge, lookups)
  }

  return lookups
}

function remember<T>(lookup: (value: string) => T): (value: string) => T {
  let memo = new Map<string, T>()
  return function (value) {
    // One lookup for what is remembered; `has` only for remembered `undefined`s.
    const known = memo.get(value)
    if (known !== undefined || memo.has(value)) return known as T
    if (memo.size >= limit) memo = new Map()
    const result = lookup(value)
    memo.set(value, result)
    return result
  }
}

/**
 * Words of office titles and first words of organisation names, gathered once per
 * knowledge, so that phrases which cannot match are never looked up.
 */
function wordIndexes(knowledge: Knowledge): Pick<Lookups, 'inTitles' | 'opensOrganisation'> {
  const titleWords = new Set<string>()
  for (const person of knowledge.people) {
    for (const role of person.roles) {
      for (const title of [role.title, ...(role.aliases ?? [])]) {
        for (const word of words(title)) titleWords.add(word)
      }
    }
  }

  const openers = new Set<string>()
  for (const organisation of knowledge.organisations) {
    const names = [organisation.name, ...(organisation.variants ?? [])]
    if (organisation.acronym) names.push(organisation.acronym)
    for (const name of names) {
      const first = words(name.replace(/^the\s+/i, ''))[0]
      if (first) openers.add(first)
    }
  }

  return {inTitles: (key) => titleWords.has(key), opensOrganisation: (key) => openers.has(key)}
}

/** Folded words of a name or title; hyphenated words also count as their parts. */
function words(value: string): string[] {
  const result: string[] = []
  for (const word of fold(value).split(/\s+/)) {
    if (!word) continue
    result.push(word)
    if (word.includes('-')) result.push(...word.split('-').filter(Boolean))
  }

  return result
}
