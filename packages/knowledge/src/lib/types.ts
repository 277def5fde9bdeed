/**
 * A public office held by a person for a time.
 */
export interface Role {
  /** Formal title as a style guide writes it before a name: `Deputy Secretary of State`. */
  title: string
  /**
   * Other correct ways to refer to the same office (shorter or informal forms):
   * `deputy secretary`, `top diplomat`. Not other ranks.
   */
  aliases?: string[]
  /** Id of the organisation in which the office sits (`us-state-department`). */
  organisation: string
  /** ISO 3166-1 alpha-2 code of the country, where the office is national (`US`). */
  country?: string
  /** First day in office, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when only that is on record). */
  start: string
  /** Last day in office in the same form; absent or `null` while in office. */
  end?: string | null
  /** Where the dates were checked. */
  source?: string
}

/**
 * A person the knowledge knows by name.
 */
export interface Person {
  /** Stable id, kebab-case of the canonical name: `antony-blinken`. */
  id: string
  /** Canonical name as a style guide writes it: `Antony Blinken`. */
  name: string
  /** Given name(s) as in `name`: `Antony`. */
  given?: string
  /** Surname as in `name`, with particles: `Blinken`, `von der Leyen`. */
  surname: string
  /** Other correct forms: `Tony Blinken`, `Antony J. Blinken`. */
  variants?: string[]
  /** Accepted transliterations: `Zelensky` beside `Zelenskyy`. */
  transliterations?: string[]
  /** Known wrong forms seen in copy; always flagged. */
  misspellings?: string[]
  /** Offices held, current and earlier. */
  roles: Role[]
  /** Where the entry was checked (URL or citation). */
  source: string
  /** Editorial note shown with findings. */
  note?: string
  /** Wikidata item id (`Q...`), when the entry came from or was checked against Wikidata. */
  wikidata?: string
}

/**
 * An organisation, ministry or institution.
 */
export interface Organisation {
  /** Stable id, kebab-case: `osce`, `us-state-department`. */
  id: string
  /** Canonical name: `Organization for Security and Co-operation in Europe`. */
  name: string
  /** Acronym: `OSCE`. */
  acronym?: string
  /** Other correct forms: `Organisation for Security and Co-operation in Europe`. */
  variants?: string[]
  /** Known wrong forms; always flagged. */
  misspellings?: string[]
  /** ISO country code for national bodies. */
  country?: string
  /**
   * Id of the body this one belongs to (`european-union` for `european-commission`), so a
   * title qualified by the larger body ("the EU's foreign policy chief") finds the office.
   */
  parent?: string
  /** Where the entry was checked. */
  source: string
  /** Wikidata item id (`Q...`). */
  wikidata?: string
}

/**
 * A style sheet: the bundled knowledge and every newsroom sheet share this shape.
 */
export interface StyleSheet {
  people?: Person[]
  organisations?: Organisation[]
}

/**
 * A candidate returned by a fuzzy name lookup.
 */
export interface NameMatch<T> {
  /** The entry. */
  entry: T
  /** The correct form (canonical, variant or transliteration) that was closest. */
  form: string
  /** Damerau–Levenshtein distance between the normalised query and `form`. */
  distance: number
  /** Whether the phonetic keys agree. */
  phonetic: boolean
  /** Whether the query is one of the entry's recorded wrong forms (`misspellings`). */
  misspelling?: boolean
}

/**
 * A role held by a person, as returned by title lookups.
 */
export interface Holding {
  person: Person
  role: Role
}

/**
 * The loaded, indexed knowledge. Every lookup is by index, never a scan.
 */
export interface Knowledge {
  readonly people: ReadonlyArray<Person>
  readonly organisations: ReadonlyArray<Organisation>
  /** Person by id. */
  person(id: string): Person | undefined
  /** Organisation by id. */
  organisation(id: string): Organisation | undefined
  /** Exact (normalised) match of a full name against canonical names, variants and transliterations. */
  personByName(name: string): Person | undefined
  /** People whose normalised surname (or a transliteration of it) is `surname`. */
  peopleBySurname(surname: string): Person[]
  /** Whether `word` (normalised) is a known given name or surname of anyone; cheap, for mention detection. */
  isKnownNamePart(word: string): boolean
  /** People whose names are close to `name` (edit distance, phonetic key), best first. */
  similarPeople(name: string, options?: {maxDistance?: number}): Array<NameMatch<Person>>
  /** Exact (normalised) match against organisation names, variants and acronyms. */
  organisationByName(name: string): Organisation | undefined
  /** Organisations whose names are close to `name` (word-level comparison), best first. */
  similarOrganisations(name: string): Array<NameMatch<Organisation>>
  /** Roles of `person` that were held on `date` (`YYYY-MM-DD`). */
  rolesAt(person: Person, date: string): Role[]
  /** Roles of `person` whose title or alias matches `title` (normalised: case, hyphens, country adjectives). */
  rolesMatching(person: Person, title: string): Role[]
  /** Who held an office matching `title` on `date`. */
  holdersOf(title: string, date: string): Holding[]
  /** Whether `title` (normalised) is a known title or alias of anyone; for mention detection. */
  isKnownTitle(title: string): boolean
  /**
   * The normal forms of the office `title` names, without the country or organisation
   * that qualifies it, one per reading: `['deputy secretary of state']` for “the US
   * Deputy Secretary of State”, `['president of the united states', 'president']` for
   * “president of the United States”. For rules that compare two titles' wording.
   */
  titleCores?(title: string): string[]
  /** Person whose recorded wrong forms (`misspellings`) include `name` (normalised). */
  personByMisspelling?(name: string): Person | undefined
  /** Organisation whose recorded wrong forms include `name` (normalised). */
  organisationByMisspelling?(name: string): Organisation | undefined
}
