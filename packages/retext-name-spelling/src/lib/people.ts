import type {Knowledge, Person} from '@copydesk/knowledge'
import {foldName, type Mention} from '@copydesk/mentions'
import {citedRole, describeRole, personNote} from './describe.js'
import type {Finding} from './report.js'
import {decidePerson, type Decision, type GivenTitle} from './score.js'

/**
 * Flag person mentions that match no one exactly but come close to a known
 * person: every occurrence of the wrong full name, and surnames standing alone
 * that refer back to it. Returns the indices of the mentions flagged.
 */
export function checkPeople(
  mentions: ReadonlyArray<Mention>,
  knowledge: Knowledge,
  maxDistance: number,
  report: (finding: Finding) => void
): Set<number> {
  const flagged = new Set<number>()
  const groups = new Map<string, number[]>()
  for (const [index, mention] of mentions.entries()) {
    if (mention.kind !== 'person' || !mention.name || mention.person || mention.surnameOnly) continue
    const key = foldName(mention.name.text)
    const group = groups.get(key)
    if (group) group.push(index)
    else groups.set(key, [index])
  }

  // Titles the text gives a name, also through its back-references ("Secretary Blanken").
  const titles = new Map<number, GivenTitle[]>()
  for (const [index, mention] of mentions.entries()) {
    const owner = mention.surnameOnly && mention.antecedent !== undefined ? mention.antecedent : index
    if (!mention.title) continue
    const possessor = mention.title.possessor
    const text = possessor ? possessor.text + "'s " + mention.title.text : mention.title.text
    const list = titles.get(owner) ?? []
    list.push({text})
    titles.set(owner, list)
  }

  // People the text names correctly somewhere: by a name that matches them, or by their surname alone.
  const namedIds = new Set<string>()
  const namedSurnames = new Set<string>()
  for (const mention of mentions) {
    if (mention.kind !== 'person' || !mention.name) continue
    if (mention.person) namedIds.add(mention.person.id)
    else if (mention.surnameOnly) namedSurnames.add(foldName(mention.name.text))
  }
  const named = (person: Person): boolean => namedIds.has(person.id) || namedSurnames.has(foldName(person.surname))

  const decided = new Map<number, Decision>()
  for (const [key, group] of groups) {
    const text = mentions[group[0]!]!.name!.text
    const given = group.flatMap((index) => titles.get(index) ?? [])
    const decision = decidePerson(knowledge, text, given, maxDistance, named)
    if (!decision || foldName(decision.match.form) === key) continue
    for (const index of group) {
      decided.set(index, decision)
      const name = mentions[index]!.name!
      report({
        reason: reason(knowledge, name.text, decision.match.form, decision),
        place: name.position,
        actual: name.text,
        expected: decision.match.form,
        note: personNote(knowledge, decision.match.entry)
      })
      flagged.add(index)
    }
  }

  for (const [index, mention] of mentions.entries()) {
    if (mention.kind !== 'person' || !mention.name || !mention.surnameOnly) continue
    const antecedent = mention.antecedent
    const decision = antecedent === undefined ? undefined : decided.get(antecedent)
    const name = mention.name
    let expected: string | undefined
    let why: string
    if (decision && antecedent !== undefined) {
      const wrong = mentions[antecedent]!.name!.text
      expected = surnameOf(decision, name.text.split(/\s+/).length)
      // The surname may already be right ("Anthony Blanken … Blinken said").
      if (foldName(name.text) !== foldName(lastWords(wrong, name.text.split(/\s+/).length))) continue
      why = 'refers to `' + wrong + '`, which should be `' + decision.match.form + '`'
    } else if (!mention.person) {
      const recorded = knowledge.personByMisspelling?.(name.text)
      if (!recorded) continue
      expected = recorded.surname
      why = 'a known misspelling of ' + recorded.name + "'s name"
    } else continue

    if (foldName(expected) === foldName(name.text)) continue
    report({
      reason: 'Unexpected `' + name.text + '`, expected `' + expected + '` (' + why + ')',
      place: name.position,
      actual: name.text,
      expected
    })
    flagged.add(index)
  }

  return flagged
}

function reason(knowledge: Knowledge, actual: string, expected: string, decision: Decision): string {
  const evidence: string[] = []
  if (decision.match.misspelling) evidence.push('a known misspelling')
  const role = citedRole(decision.match.entry, decision.role)
  if (role) evidence.push(describeRole(knowledge, role))
  if (decision.title) evidence.push('titled “' + decision.title + '” in the text')
  if (evidence.length === 0) evidence.push('the known spelling of ' + decision.match.entry.name + "'s name")
  return 'Unexpected `' + actual + '`, expected `' + expected + '` (' + evidence.join('; ') + ')'
}

/** The surname in the corrected form, as many words as the text's surname has. */
function surnameOf(decision: Decision, size: number): string {
  const form = decision.match.form.split(/\s+/)
  const surname = foldName(decision.match.entry.surname)
  const leading = foldName(form.slice(0, size).join(' ')) === surname
  const trailing = foldName(form.slice(-size).join(' ')) === surname
  return (leading && !trailing ? form.slice(0, size) : form.slice(-size)).join(' ')
}

function lastWords(text: string, size: number): string {
  return text.split(/\s+/).slice(-size).join(' ')
}
