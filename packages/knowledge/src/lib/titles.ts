import {countryWords} from './countries.js'
import {normaliseName, words} from './normalise.js'
import type {Organisation} from './types.js'

/** Who a title was qualified by: "US" (a country) or "NATO" (an organisation). */
export interface Qualifier {
  country?: string
  organisation?: string
}

/** A title reduced to what identifies the office. */
export interface ParsedTitle {
  /** `Deputy Secretary of State` for "the US Deputy Secretary of State". */
  core: string
  qualifiers: Qualifier[]
}

/** Words after which the rest of a title only narrows the office ("… of State", "… for Political Affairs"). */
const narrowing = new Set(['of', 'for', 'to', 'on', 'in', 'at'])

/** The longest qualifier phrase tried, in words ("the united states of america"). */
const longestPhrase = 5

/**
 * The normal form of titles: the name normal form, with hyphens read as spaces
 * ("Secretary-General") and dots of abbreviations joined ("U.S." -> `us`).
 */
export function normaliseTitle(title: string): string {
  return normaliseName(title.replace(/\.(?=\S)/g, '').replace(/\.(?=\s|$)/g, ' '))
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Parses titles against the qualifiers a knowledge base knows: the built-in country
 * names and adjectives, plus every organisation's name, variants and acronym.
 */
export function createTitleParser(organisations: ReadonlyArray<Organisation>) {
  const phrases = new Map<string, Qualifier>()
  for (const [form, country] of countryWords) phrases.set(form, {country})
  for (const organisation of organisations) {
    const forms = [organisation.name, ...(organisation.variants ?? [])]
    if (organisation.acronym) forms.push(organisation.acronym)
    for (const form of forms) {
      const key = normaliseTitle(form).replace(/^the /, '')
      // A country name wins over an organisation spelt the same way.
      if (key && !phrases.has(key)) phrases.set(key, {organisation: organisation.id})
    }
  }

  return {parseTitle, readTitle}

  function parseTitle(title: string): ParsedTitle {
    let rest = words(normaliseTitle(title))
    const qualifiers: Qualifier[] = []

    while (rest.length > 0) {
      if (rest[0] === 'the') {
        rest = rest.slice(1)
        continue
      }

      const found = leadingQualifier(rest)
      if (!found) break
      const after = rest.slice(found.length)
      // Keep the phrase when nothing would be left, or when it is the head of the
      // title itself ("Prime Minister of …" in a sheet naming an office "Prime Minister").
      if (after.length === 0 || narrowing.has(after[0] ?? '')) break
      qualifiers.push(found.qualifier)
      rest = after
    }

    return {core: rest.join(' '), qualifiers}
  }

  /**
   * The readings of a title as copy writes it: as parsed, and, when it ends in
   * "of" and a country or organisation ("president of the United States",
   * "Secretary General of NATO"), also as the office before "of" qualified by it,
   * so it finds an office the knowledge records as "President" of the US.
   */
  function readTitle(title: string): ParsedTitle[] {
    const parsed = parseTitle(title)
    const tokens = words(parsed.core)
    const index = tokens.lastIndexOf('of')
    if (index < 1) return [parsed]
    const tail = tokens.slice(tokens[index + 1] === 'the' ? index + 2 : index + 1)
    const found = tail.length > 0 ? leadingQualifier(tail) : undefined
    if (!found || found.length !== tail.length) return [parsed]
    return [parsed, {core: tokens.slice(0, index).join(' '), qualifiers: [...parsed.qualifiers, found.qualifier]}]
  }

  function leadingQualifier(
    tokens: ReadonlyArray<string>
  ): {length: number; qualifier: Qualifier} | undefined {
    for (let length = Math.min(longestPhrase, tokens.length); length > 0; length--) {
      const phrase = tokens.slice(0, length)
      const last = phrase[length - 1] ?? ''
      // Possessives: "Russia's", "the United States'".
      const base = last.endsWith("'s") ? last.slice(0, -2) : last.endsWith("'") ? last.slice(0, -1) : last
      const qualifier = phrases.get([...phrase.slice(0, -1), base].join(' '))
      if (qualifier) return {length, qualifier}
    }

    return undefined
  }
}

/**
 * The keys under which an office is found: its own core form and every shorter form
 * made of whole leading words that stops before a narrowing word, so "Under Secretary
 * of State" finds "Under Secretary of State for Political Affairs" while "Secretary
 * of State" can never find "Deputy Secretary of State".
 */
export function titleKeys(core: string): string[] {
  const tokens = words(core)
  const keys = [core]
  for (let index = 1; index < tokens.length; index++) {
    if (narrowing.has(tokens[index] ?? '')) keys.push(tokens.slice(0, index).join(' '))
  }

  return keys
}
