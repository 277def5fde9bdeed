import {doubleMetaphone} from 'double-metaphone'
import {damerauLevenshtein, deletions} from './distance.js'
import {normaliseName} from './normalise.js'
import {nameWordKeys, nameWords} from './org-words.js'
import type {NameMatch, Organisation} from './types.js'

/** Share of words two names must have in common (Dice coefficient) to count as similar. */
const minimumOverlap = 0.6
/** Word keys this long or longer may match with one typing slip. */
const fuzzyLength = 5

export interface OrganisationIndex {
  byName(name: string): Organisation | undefined
  byMisspelling(name: string): Organisation | undefined
  similar(name: string): Array<NameMatch<Organisation>>
}

/** One correct name of an organisation, as a bag of word keys. */
interface Form {
  organisation: Organisation
  text: string
  keys: string[]
}

function nameKey(name: string): string {
  return normaliseName(name).replace(/^the /, '')
}

/** Acronyms keep their case (`WHO` is not `who`), minus dots (`U.N.`). */
function acronymKey(acronym: string): string {
  return acronym.normalize('NFKC').replace(/\./g, '').trim()
}

export function createOrganisationIndex(
  organisations: ReadonlyArray<Organisation>
): OrganisationIndex {
  const names = new Map<string, Organisation>()
  const acronyms = new Map<string, Organisation>()
  const misspellings = new Map<string, Organisation>()
  const formsByWord = new Map<string, Form[]>()
  // Deletion neighbourhood (depth 1) of each long word key -> the word keys.
  const wordNeighbourhood = new Map<string, Set<string>>()

  for (const organisation of organisations) {
    for (const text of [organisation.name, ...(organisation.variants ?? [])]) {
      const key = nameKey(text)
      if (!names.has(key)) names.set(key, organisation)
      const form: Form = {organisation, text, keys: nameWordKeys(text)}
      for (const word of new Set(form.keys)) {
        const list = formsByWord.get(word)
        if (list) list.push(form)
        else formsByWord.set(word, [form])
      }
    }

    if (organisation.acronym) {
      const key = acronymKey(organisation.acronym)
      if (!acronyms.has(key)) acronyms.set(key, organisation)
    }

    for (const text of organisation.misspellings ?? []) {
      const key = nameKey(text)
      if (!misspellings.has(key)) misspellings.set(key, organisation)
    }
  }

  return {
    byName(name) {
      const found = names.get(nameKey(name))
      if (found) return found
      const acronym = acronymKey(name)
      const exact = acronyms.get(acronym)
      if (exact) return exact
      // British style writes long acronyms as words ("Nato", "Unesco"); short ones
      // in lower or title case are ordinary words ("Who", "un").
      if (acronym.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(acronym)) {
        return acronyms.get(acronym.toUpperCase())
      }

      return undefined
    },
    byMisspelling: (name) => misspellings.get(nameKey(name)),
    similar
  }

  // Built on the first `similar` call, like the people's neighbourhood: most
  // processes that load the knowledge never need it.
  function neighbourhoodOf(): Map<string, Set<string>> {
    if (wordNeighbourhood.size > 0) return wordNeighbourhood
    for (const word of formsByWord.keys()) {
      if (word.length < fuzzyLength) continue
      for (const member of deletions(word, 1)) {
        let set = wordNeighbourhood.get(member)
        if (!set) {
          set = new Set()
          wordNeighbourhood.set(member, set)
        }

        set.add(word)
      }
    }

    return wordNeighbourhood
  }

  function similar(name: string): Array<NameMatch<Organisation>> {
    const query = nameWordKeys(name)
    if (query.length === 0) return []
    const recorded = misspellings.get(nameKey(name))
    const candidates = new Set<Form>()
    const neighbourhood = neighbourhoodOf()

    for (const word of query) {
      for (const form of formsByWord.get(word) ?? []) candidates.add(form)
      if (word.length >= fuzzyLength - 1) {
        for (const member of deletions(word, 1)) {
          for (const near of neighbourhood.get(member) ?? []) {
            for (const form of formsByWord.get(near) ?? []) candidates.add(form)
          }
        }
      }
    }

    if (recorded) {
      for (const text of [recorded.name, ...(recorded.variants ?? [])]) {
        candidates.add({organisation: recorded, text, keys: nameWordKeys(text)})
      }
    }

    const best = new Map<Organisation, {match: NameMatch<Organisation>; overlap: number}>()
    const queryWords = wordsOf(name)
    for (const form of candidates) {
      const compared = compare(query, queryWords, form)
      const misspelling = recorded === form.organisation
      if (compared.overlap < minimumOverlap && !misspelling) continue
      const previous = best.get(form.organisation)
      if (previous && previous.match.distance <= compared.distance) continue
      const match: NameMatch<Organisation> = {
        entry: form.organisation,
        form: form.text,
        distance: compared.distance,
        phonetic: compared.phonetic
      }
      if (misspelling) match.misspelling = true
      best.set(form.organisation, {match, overlap: compared.overlap})
    }

    return [...best.values()]
      .sort(
        (a, b) =>
          Number(Boolean(b.match.misspelling)) - Number(Boolean(a.match.misspelling)) ||
          a.match.distance - b.match.distance ||
          b.overlap - a.overlap ||
          a.match.entry.name.localeCompare(b.match.entry.name)
      )
      .map((item) => item.match)
  }
}

/** The words of a name by key, to tell spelling changes from equal words. */
function wordsOf(name: string): Map<string, string> {
  const result = new Map<string, string>()
  for (const {word, key} of nameWords(name)) {
    if (!result.has(key)) result.set(key, word)
  }

  return result
}

/**
 * Compare word bags. The distance counts word edits, whatever the order: each word
 * missing on one side, each word matched but spelt differently
 * (`Cooperation`/`Co-operation`, `European`/`Europe`), and one more when the shared
 * words stand in another order.
 */
function compare(
  query: ReadonlyArray<string>,
  queryWords: ReadonlyMap<string, string>,
  form: Form
): {overlap: number; distance: number; phonetic: boolean} {
  const free = [...form.keys]
  const pairs: Array<[number, number]> = []
  let spelling = 0
  const pending: number[] = []

  for (const [index, key] of query.entries()) {
    const at = free.indexOf(key)
    if (at === -1) {
      pending.push(index)
      continue
    }

    free[at] = ''
    pairs.push([index, at])
  }

  for (const index of pending) {
    const key = query[index] ?? ''
    if (key.length < fuzzyLength - 1) continue
    const at = free.findIndex((other) => other !== '' && damerauLevenshtein(key, other) <= 1)
    if (at === -1) continue
    free[at] = ''
    pairs.push([index, at])
    spelling++
  }

  const formWords = wordsOf(form.text)
  for (const [index, at] of pairs) {
    const key = query[index] ?? ''
    const other = form.keys[at] ?? ''
    if (key === other && queryWords.get(key) !== formWords.get(other)) spelling++
  }

  pairs.sort((a, b) => a[0] - b[0])
  let reordered = 0
  for (let index = 1; index < pairs.length; index++) {
    if ((pairs[index]?.[1] ?? 0) < (pairs[index - 1]?.[1] ?? 0)) {
      reordered = 1
      break
    }
  }

  const common = pairs.length
  const overlap = (2 * common) / (query.length + form.keys.length)
  const distance = query.length - common + (form.keys.length - common) + spelling + reordered
  const phonetic =
    common === query.length &&
    common === form.keys.length &&
    pairs.every(([index, at]) => sound(query[index] ?? '') === sound(form.keys[at] ?? ''))
  return {overlap, distance, phonetic}
}

function sound(key: string): string {
  return doubleMetaphone(key)[0]
}
