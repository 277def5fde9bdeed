import {doubleMetaphone} from 'double-metaphone'
import {damerauLevenshtein, deletions, forEachDeletion} from './distance.js'
import {normaliseName, words} from './normalise.js'
import type {NameMatch, Person} from './types.js'

/** How deep the deletion neighbourhood goes: the largest distance found without a scan. */
export const indexedDistance = 2

/** Name lookups over a fixed list of people, every one answered from a map. */
export interface PersonIndex {
  byName(name: string): Person | undefined
  byMisspelling(name: string): Person | undefined
  bySurname(surname: string): Person[]
  isNamePart(word: string): boolean
  similar(name: string, maxDistance: number): Array<NameMatch<Person>>
}

/** Full-name forms a person is correctly called by, original spelling beside normal form. */
interface Form {
  text: string
  key: string
}

/** Phonetic keys of a surname; the phonetic code works on plain letters only. */
export function phoneticKeys(surname: string): string[] {
  const letters = normaliseName(surname).replace(/[^a-z]/g, '')
  if (letters === '') return []
  const [primary, secondary] = doubleMetaphone(letters)
  return primary === secondary ? [primary] : [primary, secondary]
}

export function createPersonIndex(people: ReadonlyArray<Person>): PersonIndex {
  const names = new Map<string, Person>()
  const misspellings = new Map<string, Person>()
  const surnames = new Map<string, Person[]>()
  const phonetic = new Map<string, Person[]>()
  const nameParts = new Set<string>()
  const fullForms = new Map<Person, Form[]>()
  const surnameForms = new Map<Person, Form[]>()
  // Normal forms of surnames (and last words of full names), each with the people who have it.
  // Full names are not put in the neighbourhood: a full name within distance 2 has a
  // surname within distance 2, and surnames are short, which keeps loading fast.
  const formKeys: string[] = []
  const formOwners: Person[][] = []
  const formIndex = new Map<string, number>()
  // Deletion neighbourhood member -> the forms it came from (one number, or several).
  const neighbourhood = new Map<string, number | number[]>()

  for (const person of people) {
    const surnameKey = normaliseName(person.surname)
    const surnameWordCount = words(surnameKey).length
    const full: Form[] = []
    const short: Form[] = [{text: person.surname, key: surnameKey}]

    for (const text of [person.name, ...(person.variants ?? [])]) {
      full.push({text, key: normaliseName(text)})
    }

    // A one-word transliteration is of the surname; a longer one is a full name whose
    // trailing words are the surname.
    for (const text of person.transliterations ?? []) {
      const key = normaliseName(text)
      const parts = words(key)
      if (parts.length === 1 || parts.length <= surnameWordCount) {
        short.push({text, key})
      } else {
        full.push({text, key})
        const tail = text.trim().split(/\s+/).slice(-surnameWordCount).join(' ')
        short.push({text: tail, key: parts.slice(-surnameWordCount).join(' ')})
      }
    }

    fullForms.set(person, full)
    surnameForms.set(person, short)

    for (const form of full) {
      if (!names.has(form.key)) names.set(form.key, person)
      const parts = words(form.key)
      for (const part of parts) nameParts.add(part)
      // The last word stands in for a full form whose surname differs ("Dr Tedros").
      addForm(parts.at(-1) ?? form.key, person)
    }

    for (const form of short) {
      push(surnames, form.key, person)
      for (const part of words(form.key)) nameParts.add(part)
      for (const key of phoneticKeys(form.key)) push(phonetic, key, person)
      addForm(form.key, person)
    }

    if (person.given) {
      for (const part of words(normaliseName(person.given))) nameParts.add(part)
    }

    for (const text of person.misspellings ?? []) {
      const key = normaliseName(text)
      if (!misspellings.has(key)) misspellings.set(key, person)
    }
  }

  return {
    byName: (name) => names.get(normaliseName(name)),
    byMisspelling: (name) => misspellings.get(normaliseName(name)),
    bySurname: (surname) => [...(surnames.get(normaliseName(surname)) ?? [])],
    isNamePart: (word) => nameParts.has(normaliseName(word)),
    similar
  }

  function addForm(key: string, person: Person): void {
    const known = formIndex.get(key)
    if (known !== undefined) {
      const owners = formOwners[known]
      if (owners && !owners.includes(person)) owners.push(person)
      return
    }

    formIndex.set(key, formKeys.length)
    formKeys.push(key)
    formOwners.push([person])
  }

  // The neighbourhood is most of the index's build time (some hundred thousand
  // members for a few hundred people), and many processes never ask for a
  // similar name (a style sheet check, a file with no unknown names): it is
  // built on the first `similar` call.
  function neighbourhoodOf(): Map<string, number | number[]> {
    if (neighbourhood.size > 0 || formKeys.length === 0) return neighbourhood
    for (const [form, key] of formKeys.entries()) {
      // Plain maps of numbers instead of a set per member: this loop sets the
      // cost of the first lookup.
      forEachDeletion(key, indexedDistance, (member) => {
        const forms = neighbourhood.get(member)
        if (forms === undefined) neighbourhood.set(member, form)
        else if (typeof forms === 'number') {
          if (forms !== form) neighbourhood.set(member, [forms, form])
        } else if (forms.at(-1) !== form) forms.push(form)
      })
    }

    return neighbourhood
  }

  function similar(name: string, maxDistance: number): Array<NameMatch<Person>> {
    const query = normaliseName(name)
    if (query === '') return []
    const queryWords = words(query)
    const single = queryWords.length === 1
    const lastWord = queryWords.at(-1) ?? query
    const depth = Math.max(0, Math.min(indexedDistance, Math.floor(maxDistance)))
    const candidates = new Set<Person>()

    const recorded = misspellings.get(query)
    if (recorded) candidates.add(recorded)

    // The surname is the end of the name: probe the last one to three words, so
    // "Okonjo Iweala" and "von der Layen" reach two- and three-word surnames.
    const probes = single
      ? [query]
      : [1, 2, 3].filter((count) => count <= queryWords.length).map((count) => queryWords.slice(-count).join(' '))
    const members = neighbourhoodOf()
    for (const probe of probes) {
      for (const member of deletions(probe, depth)) {
        const forms = members.get(member)
        if (forms === undefined) continue
        for (const form of typeof forms === 'number' ? [forms] : forms) {
          for (const person of formOwners[form] ?? []) candidates.add(person)
        }
      }
    }

    const queryPhonetic = new Set(phoneticKeys(lastWord))
    for (const key of queryPhonetic) {
      for (const person of phonetic.get(key) ?? []) candidates.add(person)
    }

    const matches: Array<NameMatch<Person>> = []
    for (const person of candidates) {
      // A one-word query is a surname: compare it with surnames, not full names.
      const forms = (single ? surnameForms.get(person) : fullForms.get(person)) ?? []
      let best: Form | undefined
      let bestDistance = Number.POSITIVE_INFINITY
      for (const form of forms) {
        const distance = damerauLevenshtein(query, form.key)
        if (distance < bestDistance) {
          best = form
          bestDistance = distance
        }
      }

      if (!best) continue
      const misspelling = recorded === person
      if (bestDistance > maxDistance && !misspelling) continue
      const agrees = (surnameForms.get(person) ?? []).some((form) =>
        phoneticKeys(form.key).some((key) => queryPhonetic.has(key))
      )
      const match: NameMatch<Person> = {entry: person, form: best.text, distance: bestDistance, phonetic: agrees}
      if (misspelling) match.misspelling = true
      matches.push(match)
    }

    return matches.sort(
      (a, b) =>
        Number(Boolean(b.misspelling)) - Number(Boolean(a.misspelling)) ||
        a.distance - b.distance ||
        Number(b.phonetic) - Number(a.phonetic) ||
        a.entry.name.localeCompare(b.entry.name)
    )
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (!list) map.set(key, [value])
  else if (!list.includes(value)) list.push(value)
}
