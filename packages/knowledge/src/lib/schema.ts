/**
 * The JSON Schema of a style sheet. Each `description` is phrased to complete
 * "expected …" in an error message, so the schema is also the wording of the errors.
 */

const id = {
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  description: 'a kebab-case id (lower-case letters and digits joined by single hyphens)'
} as const

const text = {
  type: 'string',
  minLength: 1,
  pattern: '\\S',
  description: 'a non-empty string'
} as const

const texts = {
  type: 'array',
  items: text,
  description: 'a list of strings'
} as const

const date = {
  type: 'string',
  format: 'partial-date',
  description: 'a date YYYY-MM-DD'
} as const

const country = {
  type: 'string',
  pattern: '^[A-Z]{2}$',
  description: 'an ISO 3166-1 alpha-2 country code such as "US"'
} as const

const wikidata = {
  type: 'string',
  pattern: '^Q[1-9][0-9]*$',
  description: 'a Wikidata item id such as "Q42"'
} as const

const role = {
  type: 'object',
  description: 'a role (title, organisation, start)',
  required: ['title', 'organisation', 'start'],
  additionalProperties: false,
  properties: {
    title: {...text, description: 'a title (non-empty string)'},
    aliases: texts,
    organisation: {...id, description: 'an organisation id (kebab-case)'},
    country,
    start: date,
    end: {
      type: ['string', 'null'],
      format: 'partial-date',
      description: 'a date YYYY-MM-DD, or null while in office'
    },
    source: {...text, description: 'a source (URL or citation)'}
  }
} as const

const person = {
  type: 'object',
  description: 'a person (id, name, surname, roles, source)',
  required: ['id', 'name', 'surname', 'roles', 'source'],
  additionalProperties: false,
  properties: {
    id,
    name: {...text, description: 'a name (non-empty string)'},
    given: {...text, description: 'a given name (non-empty string)'},
    surname: {...text, description: 'a surname (non-empty string)'},
    variants: texts,
    transliterations: texts,
    misspellings: texts,
    roles: {type: 'array', items: role, description: 'a list of roles (may be empty)'},
    source: {...text, description: 'a source (URL or citation)'},
    note: {...text, description: 'a note (non-empty string)'},
    wikidata
  }
} as const

const organisation = {
  type: 'object',
  description: 'an organisation (id, name, source)',
  required: ['id', 'name', 'source'],
  additionalProperties: false,
  properties: {
    id,
    name: {...text, description: 'a name (non-empty string)'},
    acronym: {...text, description: 'an acronym (non-empty string)'},
    variants: texts,
    misspellings: texts,
    country,
    parent: {...id, description: 'an organisation id (kebab-case)'},
    source: {...text, description: 'a source (URL or citation)'},
    wikidata
  }
} as const

/** JSON Schema (draft 7 vocabulary, as ajv 8 reads it) for a whole style sheet. */
export const styleSheetSchema = {
  $id: 'https://github.com/copydesk/copydesk/tree/main/packages/knowledge#schema',
  type: 'object',
  description: 'a style sheet: a mapping with `people` and/or `organisations`',
  additionalProperties: false,
  properties: {
    people: {type: 'array', items: person, description: 'a list of people'},
    organisations: {
      type: 'array',
      items: organisation,
      description: 'a list of organisations'
    }
  }
} as const

const datePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/**
 * Whether `value` is a real calendar date in one of the three precisions
 * (`2021-02-30` and `2021-13` are rejected, not just malformed strings).
 */
export function isPartialDate(value: string): boolean {
  const match = datePattern.exec(value)
  if (!match) return false
  const month = match[2] === undefined ? undefined : Number(match[2])
  const day = match[3] === undefined ? undefined : Number(match[3])
  if (month === undefined) return true
  if (month < 1 || month > 12) return false
  if (day === undefined) return true
  const year = Number(match[1])
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day >= 1 && day <= last
}
