import type {Knowledge, NameMatch, Organisation} from '@copydesk/knowledge'
import {foldName, type Mention} from '@copydesk/mentions'
import type {Finding} from './report.js'

/** Last words of the name of a document (a treaty, a charter), not of a body. */
const documentNouns = new Set(['treaty', 'charter', 'pact', 'accord', 'accords', 'convention', 'agreement', 'protocol', 'declaration'])

/** Word edits (missing, misspelt, reordered) allowed between a garbled name and a known one. */
const maxWordEdits = 3

/**
 * Flag organisation names that are a recorded wrong form of a known
 * organisation's name, or a garbled one: its words changed, missing or out of
 * order ("European Organization for Security and Cooperation").
 */
export function checkOrganisations(
  mentions: ReadonlyArray<Mention>,
  knowledge: Knowledge,
  report: (finding: Finding) => void
): void {
  for (const mention of mentions) {
    if (mention.kind !== 'organisation' || !mention.name || mention.organisation) continue
    const name = mention.name
    const match = closest(knowledge, name.text)
    if (!match) continue
    const organisation = match.entry
    const label = organisation.acronym ? 'the ' + organisation.acronym + "'s" : organisation.name + "'s"
    const evidence = match.misspelling
      ? 'a known wrong form of ' + label + ' name'
      : label + ' name with words changed, missing or out of order'
    report({
      reason: 'Unexpected `' + name.text + '`, expected `' + organisation.name + '` (' + evidence + ')',
      place: name.position,
      actual: name.text,
      expected: organisation.name,
      note: organisation.name + (organisation.acronym ? ' (' + organisation.acronym + ')' : '') + '. Source: ' + organisation.source
    })
  }
}

function closest(knowledge: Knowledge, text: string): NameMatch<Organisation> | undefined {
  const recorded = knowledge.organisationByMisspelling?.(text)
  if (recorded) return {entry: recorded, form: recorded.name, distance: 0, phonetic: true, misspelling: true}
  const best = knowledge.similarOrganisations(text)[0]
  if (!best) return undefined
  if (best.misspelling) return best
  const words = foldName(text).split(/\s+/).filter((word) => word.length > 3)
  // "The North Atlantic Treaty" is the document the body is named after, not the body.
  if (documentNouns.has(words.at(-1) ?? '')) return undefined
  // Two-word names differ by one word from too many others ("Soviet Union").
  if (words.length < 3 || best.distance === 0 || best.distance > maxWordEdits) return undefined
  return best
}
