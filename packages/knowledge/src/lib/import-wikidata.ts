import {toId} from './normalise.js'
import type {Organisation, Person, Role, StyleSheet} from './types.js'
import {validateStyleSheet} from './validate.js'

/** One bound value in the SPARQL 1.1 JSON results format. */
export interface SparqlTerm {
  type: 'uri' | 'literal' | 'typed-literal' | 'bnode'
  value: string
  'xml:lang'?: string
  datatype?: string
}

/** A SPARQL 1.1 query result in JSON, as the Wikidata Query Service returns it. */
export interface SparqlResults {
  head: {vars: string[]}
  results: {bindings: Array<Record<string, SparqlTerm | undefined>>}
}

/** Options of `importWikidata`. */
export interface ImportOptions {
  /** Called for each row left out, with the reason (no start date, no organisation, no label). */
  onSkip?: ((row: Readonly<Record<string, SparqlTerm | undefined>>, reason: string) => void) | null | undefined
}

const entityPrefix = 'http://www.wikidata.org/entity/'

/** Wikidata time precision -> characters of the ISO date kept (day, month, year). */
const precisionLength: Record<string, number> = {'11': 10, '10': 7, '9': 4}

/**
 * Turn a Wikidata SPARQL export of position holders (one row a person, position
 * and term; see the README for the query) into a validated style sheet. Rows
 * without a start date, an organisation or a label are left out (`onSkip` hears
 * of each). Two people or organisations with the same label get their Wikidata id
 * appended to the id.
 */
export function importWikidata(json: SparqlResults, options?: ImportOptions | null): StyleSheet {
  const people = new Map<string, Person>()
  const organisations = new Map<string, Organisation>()
  const organisationIds = new Map<string, string>()
  const usedPersonIds = new Set<string>()
  const usedOrganisationIds = new Set<string>()
  const seenRoles = new Set<string>()

  for (const row of json.results.bindings) {
    const skip = (reason: string) => options?.onSkip?.(row, reason)
    const personQ = entityId(row['person'])
    const name = label(row['personLabel'], personQ)
    if (!personQ || !name) {
      skip('no person or no label')
      continue
    }

    const start = toDate(row['start'], row['startPrecision'])
    if (!start) {
      skip('no start date')
      continue
    }

    const orgQ = entityId(row['org'])
    const orgName = label(row['orgLabel'], orgQ)
    if (!orgQ || !orgName) {
      skip('no organisation')
      continue
    }

    const positionQ = entityId(row['position'])
    const title = label(row['positionLabel'], positionQ)
    if (!positionQ || !title) {
      skip('no position label')
      continue
    }

    const countryCode = row['countryCode']?.value.toUpperCase()
    let organisationId = organisationIds.get(orgQ)
    if (organisationId === undefined) {
      organisationId = uniqueId(orgName, orgQ, usedOrganisationIds)
      organisationIds.set(orgQ, organisationId)
      const organisation: Organisation = {id: organisationId, name: orgName, source: pageOf(orgQ), wikidata: orgQ}
      const acronym = row['orgAcronym']?.value
      if (acronym) organisation.acronym = acronym
      organisations.set(orgQ, organisation)
    }

    let person = people.get(personQ)
    if (!person) {
      const id = uniqueId(name, personQ, usedPersonIds)
      person = {id, name, surname: surnameOf(name, row['familyLabel']?.value), roles: [], source: pageOf(personQ), wikidata: personQ}
      const given = row['givenLabel']?.value
      if (given && name.includes(given)) person.given = given
      people.set(personQ, person)
    }

    // One term can come back on several rows (one per organisation or country).
    const termKey = personQ + ' ' + positionQ + ' ' + start
    if (seenRoles.has(termKey)) continue
    seenRoles.add(termKey)

    const role: Role = {title, organisation: organisationId, start, source: pageOf(personQ) + '#P39'}
    if (countryCode && /^[A-Z]{2}$/.test(countryCode)) role.country = countryCode
    const end = toDate(row['end'], row['endPrecision'])
    role.end = end ?? null
    person.roles.push(role)
  }

  const sheet: StyleSheet = {
    people: [...people.values()],
    organisations: [...organisations.values()]
  }
  return validateStyleSheet(sheet, {file: '<wikidata import>'})
}

function entityId(term: SparqlTerm | undefined): string | undefined {
  if (term?.type !== 'uri' || !term.value.startsWith(entityPrefix)) return undefined
  const id = term.value.slice(entityPrefix.length)
  return /^Q[1-9]\d*$/.test(id) ? id : undefined
}

/** The label, unless the service fell back to the bare id because none exists in the language asked. */
function label(term: SparqlTerm | undefined, id: string | undefined): string | undefined {
  const value = term?.value.trim()
  if (!value || value === id) return undefined
  return value
}

/** `2021-01-26T00:00:00Z` with precision 10 -> `2021-01`; unknown values (blank nodes) -> undefined. */
function toDate(term: SparqlTerm | undefined, precision: SparqlTerm | undefined): string | undefined {
  if (!term || term.type === 'bnode' || term.type === 'uri') return undefined
  const match = /^\+?(\d{4}-\d{2}-\d{2})/.exec(term.value)
  if (!match?.[1]) return undefined
  const length = precision ? precisionLength[precision.value] : 10
  if (length === undefined) return undefined
  return match[1].slice(0, length)
}

function surnameOf(name: string, family: string | undefined): string {
  if (family && (' ' + name + ' ').includes(' ' + family + ' ')) return family
  return name.trim().split(/\s+/).at(-1) ?? name
}

function uniqueId(name: string, q: string, used: Set<string>): string {
  let id = toId(name) || q.toLowerCase()
  if (used.has(id)) id = id + '-' + q.toLowerCase()
  used.add(id)
  return id
}

function pageOf(q: string): string {
  return 'https://www.wikidata.org/wiki/' + q
}
