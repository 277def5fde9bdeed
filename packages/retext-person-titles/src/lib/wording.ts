import type {Knowledge, Person, Role} from '@copydesk/knowledge'
import {smallWords, titleWords} from './lexicon.js'

/**
 * A title as written, split into the qualifiers before the office (`US `,
 * `NATO `) and the office itself, as the knowledge reads qualifiers.
 */
export function splitQualifiers(text: string, knowledge: Knowledge): {prefix: string; office: string} {
  const core = knowledge.titleCores?.(text)[0]
  let cut = 0
  if (core !== undefined) {
    // Each word's end with the space after it; `\S+\s+` would rescan a long run without spaces.
    for (const match of text.matchAll(/\s+/g)) {
      if (match.index === 0) continue
      const end = match.index + match[0].length
      if (end < text.length && knowledge.titleCores?.(text.slice(end))[0] === core) cut = end
    }
  }

  return {prefix: text.slice(0, cut), office: text.slice(cut)}
}

/**
 * The title to put in place of `text` for `role`: the role's title as
 * recorded, in lower case when the text writes its office in lower case (after
 * a name, AP style), behind the text's own qualifiers (`US `) when they fit the
 * role, so `US Under Secretary of State` becomes `US Deputy Secretary of State`
 * but `NATO Secretary General` never becomes `NATO Minister of Finance`.
 */
export function replacementTitle(text: string, person: Person, role: Role, knowledge: Knowledge): string {
  const {prefix, office} = splitQualifiers(text, knowledge)
  const title = /^\p{Ll}/u.test(office) ? lowerCaseTitle(role.title) : role.title
  if (prefix !== '' && knowledge.rolesMatching(person, prefix + title).includes(role)) return prefix + title
  return title
}

/** Title words in lower case (`Deputy Secretary of State` -> `deputy secretary of state`); other words as they are. */
export function lowerCaseTitle(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => (titleWords.has(word.toLowerCase()) ? word.toLowerCase() : word))
}

/** Every word but small ones with a capital (`deputy secretary of state` -> `Deputy Secretary of State`). */
export function capitaliseTitle(text: string): string {
  return text.replace(/\p{L}+/gu, (word) =>
    smallWords.has(word.toLowerCase()) ? word : word.charAt(0).toUpperCase() + word.slice(1)
  )
}
