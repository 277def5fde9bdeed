import type {Person, Organisation} from '@copydesk/knowledge'
import type {Position} from 'unist'

/**
 * A span of the source text with its position.
 */
export interface TextSpan {
  /** The text as written. */
  text: string
  /** Where it is (with `offset`s). */
  position: Position
}

/**
 * A title phrase attached to a mention.
 */
export interface TitleSpan extends TextSpan {
  /** `before`: “US Secretary of State Antony Blinken”; `appositive`: “Wendy Sherman, the US deputy secretary of state,”. */
  form: 'before' | 'appositive' | 'alone'
  /** Marked as a past office: “former”, “ex-”, “then-”. */
  former: boolean
  /**
   * A possessive before the title, left out of `text`: `Russia` in
   * “Russia's Deputy Foreign Minister”, `EU` in “the EU's foreign policy chief”.
   */
  possessor?: TextSpan
}

/**
 * A mention of a person, an organisation, or a title standing alone.
 */
export interface Mention {
  kind: 'person' | 'organisation' | 'title'
  /** The name as written (absent for `title` mentions). */
  name?: TextSpan
  /** The title phrase tied to this mention, if any. */
  title?: TitleSpan
  /** The knowledge entry this name matches exactly (canonical, variant or transliteration). */
  person?: Person
  organisation?: Organisation
  /**
   * For a surname-only mention: index in the mentions array of the full-name mention it refers back to.
   * The surname may be spelt differently there (“Riabkov” after “Sergei Ryabkov”): compare the texts.
   */
  antecedent?: number
  /** The name is a surname standing alone (“Ryabkov”, “von der Leyen”), with or without an antecedent. */
  surnameOnly?: boolean
  /** Index of the sentence (document order, 0-based) the mention is in. */
  sentence: number
}
