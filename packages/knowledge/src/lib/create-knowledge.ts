import {spanIncludes} from './dates.js'
import {remember, rememberMatches} from './memo.js'
import {mergeSheets} from './merge.js'
import {createOrganisationIndex} from './organisation-index.js'
import {createPersonIndex, indexedDistance} from './person-index.js'
import {createTitleParser, titleKeys, type Qualifier} from './titles.js'
import type {Holding, Knowledge, Organisation, Role, StyleSheet} from './types.js'
import {checkReferences, originOf, validateStyleSheet} from './validate.js'

/** Country codes written two ways in the wild; compared as one. */
const sameCountry: Record<string, string> = {UK: 'GB', EL: 'GR'}

/**
 * Build an indexed knowledge base from style sheets, merged in order (later sheets
 * override earlier entries with the same id). Sheets not yet validated are
 * validated here; a sheet that fails, or a role naming an organisation no sheet
 * defines, throws a `StyleSheetError`. Uses no file system: safe in a browser.
 */
export function createKnowledge(sheets: ReadonlyArray<StyleSheet>): Knowledge {
  const checked = sheets.map((sheet, index) =>
    originOf(sheet) ? sheet : validateStyleSheet(sheet, {file: '<sheet ' + (index + 1) + '>'})
  )
  checkReferences(checked)
  const {people, organisations} = mergeSheets(checked)

  const organisationById = new Map(organisations.map((organisation) => [organisation.id, organisation]))
  const personById = new Map(people.map((person) => [person.id, person]))
  const personIndex = createPersonIndex(people)
  const organisationIndex = createOrganisationIndex(organisations)
  // Keyed by the distance asked for, a space, and the name.
  const similarPeople = rememberMatches((key) => {
    const space = key.indexOf(' ')
    return personIndex.similar(key.slice(space + 1), Number(key.slice(0, space)))
  })
  const parser = createTitleParser(organisations)
  const parseTitle = parser.parseTitle
  const readTitle = remember(parser.readTitle)

  // Title key -> every holding of an office found under that key; the holdings whose
  // own title or alias is the key come first, shorter forms of longer titles after.
  const titles = new Map<string, Holding[]>()
  const shortForms = new Map<string, Holding[]>()
  // Role -> its keys, so `rolesMatching` tests a person's few roles without re-parsing.
  const roleKeys = new Map<Role, Set<string>>()
  for (const person of people) {
    for (const role of person.roles) {
      const keys = new Set<string>()
      const own = new Set<string>()
      for (const title of [role.title, ...(role.aliases ?? [])]) {
        const {core} = parseTitle(title)
        if (core === '') continue
        own.add(core)
        for (const key of titleKeys(core)) keys.add(key)
      }

      roleKeys.set(role, keys)
      for (const key of keys) push(own.has(key) ? titles : shortForms, key, {person, role})
    }
  }

  return {
    people,
    organisations,
    person: (id) => personById.get(id),
    organisation: (id) => organisationById.get(id),
    personByName: (name) => personIndex.byName(name),
    personByMisspelling: (name) => personIndex.byMisspelling(name),
    peopleBySurname: (surname) => personIndex.bySurname(surname),
    isKnownNamePart: (word) => personIndex.isNamePart(word),
    similarPeople: (name, options) => similarPeople(`${options?.maxDistance ?? indexedDistance} ${name}`),
    organisationByName: (name) => organisationIndex.byName(name),
    organisationByMisspelling: (name) => organisationIndex.byMisspelling(name),
    similarOrganisations: rememberMatches((name) => organisationIndex.similar(name)),
    rolesAt: (person, date) => person.roles.filter((role) => spanIncludes(role.start, role.end, date)),
    rolesMatching(person, title) {
      const readings = readTitle(title)
      return person.roles.filter((role) =>
        readings.some(
          ({core, qualifiers}) => core !== '' && (roleKeys.get(role)?.has(core) ?? false) && fits(role, qualifiers)
        )
      )
    },
    holdersOf(title, date) {
      // One office can be found under both readings of a title; list it once.
      const found = new Map<Role, Holding>()
      for (const {core, qualifiers} of readTitle(title)) {
        if (core === '') continue
        for (const holding of [...(titles.get(core) ?? []), ...(shortForms.get(core) ?? [])]) {
          if (spanIncludes(holding.role.start, holding.role.end, date) && fits(holding.role, qualifiers)) {
            if (!found.has(holding.role)) found.set(holding.role, holding)
          }
        }
      }

      return [...found.values()]
    },
    titleCores: (title) => readTitle(title).flatMap(({core}) => (core === '' ? [] : [core])),
    isKnownTitle(title) {
      return readTitle(title).some(({core}) => core !== '' && (titles.has(core) || shortForms.has(core)))
    }
  }

  /**
   * Whether the qualifiers written before a title fit the office: "US" needs an
   * American office (or one whose country is not on record), "NATO" or "the EU's"
   * an office in that body or in a body belonging to it.
   */
  function fits(role: Role, qualifiers: ReadonlyArray<Qualifier>): boolean {
    for (const qualifier of qualifiers) {
      if (qualifier.country !== undefined) {
        const country = role.country ?? organisationById.get(role.organisation)?.country
        if (country !== undefined && canonicalCountry(country) !== qualifier.country) return false
      }

      if (qualifier.organisation !== undefined && !belongsTo(role.organisation, qualifier.organisation)) {
        return false
      }
    }

    return true
  }

  function belongsTo(id: string, ancestor: string): boolean {
    const seen = new Set<string>()
    let current: Organisation | undefined = organisationById.get(id)
    while (current && !seen.has(current.id)) {
      if (current.id === ancestor) return true
      seen.add(current.id)
      current = current.parent === undefined ? undefined : organisationById.get(current.parent)
    }

    return false
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function canonicalCountry(code: string): string {
  return sameCountry[code] ?? code
}
