import type {Knowledge, Person, Role} from '@copydesk/knowledge'

/**
 * How the date of a document was found.
 *
 * * `exact`: one day, from the `date` option, the front matter or a dateline
 *   (a dateline without a year takes the year from the roles when only one
 *   year fits; `evidence` then says so)
 * * `month-day`: a dateline without a year, and no year from elsewhere
 * * `range`: the roles the text states for known people were all held
 *   between `from` and `to` (`to: null`: some still are, with no end on record)
 * * `conflict`: the stated roles were never all held at once; no date is
 *   guessed
 * * `none`: nothing to go on
 */
export type DocumentDate =
  | {kind: 'exact'; date: string; source: 'option' | 'front-matter' | 'dateline'; evidence: string}
  | {kind: 'month-day'; month: number; day: number; source: 'dateline'; evidence: string}
  | {kind: 'range'; from: string; to: string | null; source: 'roles'; evidence: string; terms: RoleTerm[]}
  | {kind: 'conflict'; source: 'roles'; evidence: string; terms: RoleTerm[]}
  | {kind: 'none'}

/**
 * Options for `documentDate`.
 */
export interface DocumentDateOptions {
  /** The document's date as `YYYY-MM-DD`; wins over everything in the text. */
  date?: string | null | undefined
  /** Knowledge used to date the document by the roles it states; without it, roles are not used. */
  knowledge?: Knowledge | null | undefined
}

/**
 * A person the text gives a title, as the text states it.
 */
export interface RoleClaim {
  person: Person
  /** The title as written: `US Secretary of State`. */
  title: string
}

/**
 * A claim that matched exactly one role, with the days that role covers.
 */
export interface RoleTerm {
  person: Person
  role: Role
  /** The title as written in the text. */
  title: string
  /** First day in office (`YYYY-MM-DD`; a partial start date counts from its first day). */
  from: string
  /** Last day in office (a partial end date counts to its last day); `null` while in office. */
  to: string | null
}

/**
 * What the stated roles say about when a text was written: the days all of
 * them were held at once, or the conflict when there are none.
 */
export type RoleInference =
  | {from: string; to: string | null; evidence: string; terms: RoleTerm[]}
  | {conflict: string; terms: RoleTerm[]}

declare module 'vfile' {
  interface DataMap {
    /** The document's date, worked out once by `@copydesk/document-date` and shared by the rules. */
    copydeskDocumentDate: DocumentDate
    /** Markdown front matter, set by the copydesk parser for `.md` files. */
    frontMatter?: Record<string, unknown>
  }
}
