import type {Knowledge, NameMatch, Person, Role} from '@copydesk/knowledge'
import {editDistance, foldName} from '@copydesk/mentions'
import {soundex} from './soundex.js'

/** Score from which a close known name is taken to be the one meant. */
const threshold = 3

/** A title the text gives to (one occurrence of) a name. */
export interface GivenTitle {
  /** As written, possessor included (`EU's foreign policy chief`). */
  text: string
}

/** A known person taken to be the one a misspelt name means. */
export interface Decision {
  match: NameMatch<Person>
  /** The role the text's title matched, if any. */
  role?: Role
  /** The text's title that matched `role`. */
  title?: string
}

/** Words of a folded name. */
function wordsOf(name: string): string[] {
  return foldName(name).split(/\s+/).filter(Boolean)
}

/**
 * The person a name that matches no one exactly most likely means, if the
 * evidence is strong enough: a recorded misspelling, or a close known name whose
 * given name and surname each look like respellings, weighed with the titles the
 * text gives.
 */
export function decidePerson(
  knowledge: Knowledge,
  text: string,
  titles: ReadonlyArray<GivenTitle>,
  maxDistance: number,
  named: (person: Person) => boolean = () => false
): Decision | undefined {
  const recorded = knowledge.personByMisspelling?.(text)
  if (recorded) {
    const decision: Decision = {match: {entry: recorded, form: recorded.name, distance: 0, phonetic: true, misspelling: true}}
    return withRole(knowledge, decision, titles)
  }

  let best: {decision: Decision; score: number} | undefined
  for (const match of knowledge.similarPeople(text, {maxDistance}).slice(0, 8)) {
    if (match.misspelling) return withRole(knowledge, {match}, titles)
    if (match.distance === 0) return undefined
    const scored = score(knowledge, text, match, titles, named(match.entry))
    if (scored && scored.score >= threshold && (!best || scored.score > best.score)) best = scored
  }

  return best?.decision
}

function withRole(knowledge: Knowledge, decision: Decision, titles: ReadonlyArray<GivenTitle>): Decision {
  for (const title of titles) {
    const role = knowledge.rolesMatching(decision.match.entry, title.text)[0]
    if (role) return {...decision, role, title: title.text}
  }

  return decision
}

/** Split a name into surname and given parts, where the person's surname stands in `form`. */
function split(words: string[], person: Person, form: string[]): {given: string[]; surname: string[]} {
  const surname = wordsOf(person.surname)
  const size = Math.min(surname.length, words.length - 1)
  const first = form.slice(0, surname.length).join(' ') === surname.join(' ')
  const last = form.slice(-surname.length).join(' ') === surname.join(' ')
  if (first && !last) return {surname: words.slice(0, size), given: words.slice(size)}
  return {surname: words.slice(words.length - size), given: words.slice(0, words.length - size)}
}

function score(
  knowledge: Knowledge,
  text: string,
  match: NameMatch<Person>,
  titles: ReadonlyArray<GivenTitle>,
  namedElsewhere: boolean
): {decision: Decision; score: number} | undefined {
  const person = match.entry
  const written = wordsOf(text)
  const correct = wordsOf(match.form)
  if (written.length < 2 || correct.length < 2) return undefined

  // Leaving out or adding middle names and initials is a shorter form, not a misspelling.
  if (written[0] === correct[0] && written.at(-1) === correct.at(-1)) return undefined

  const mine = split(written, person, correct)
  const theirs = split(correct, person, correct)
  let total = 0

  const surnameWritten = mine.surname.join(' ')
  const surnameCorrect = theirs.surname.join(' ')
  const surnameDistance = editDistance(surnameWritten, surnameCorrect)
  if (surnameDistance === 0) total += 2
  else if (soundex(surnameWritten) === soundex(surnameCorrect) && surnameDistance <= 2) total += 1.5
  // One letter off and sounding different may be another surname ("Carey", "Carney").
  else if (surnameDistance === 1) total += 0.5
  else total -= 2

  const givenWritten = mine.given[0] ?? ''
  const givenCorrect = theirs.given[0] ?? ''
  if (givenWritten && givenCorrect) {
    const distance = editDistance(givenWritten, givenCorrect)
    if (distance === 0) total += 2
    else if (givenWritten.length === 1 && givenCorrect.startsWith(givenWritten)) total += 1
    else if (soundex(givenWritten) === soundex(givenCorrect)) total += 1
    // One letter dropped, doubled or changed ("Davi", "Theresaa", "Ingela"), the initial kept or one vowel for another.
    else if (distance === 1 && sameInitialSound(givenWritten, givenCorrect)) total -= 1
    // Another given name, even one letter off ("Doris" for "Boris"): a namesake, not a misspelling.
    else total -= 3

    // The text names someone else the knowledge knows by this given name and surname.
    for (const other of knowledge.peopleBySurname(surnameWritten)) {
      if (other !== person && wordsOf(other.given ?? other.name)[0] === givenWritten) total -= 4
    }
  }

  if (match.phonetic) total += 0.5
  // The story spells this person's name right elsewhere: a slip, not a namesake.
  if (namedElsewhere) total += 3

  const decision: Decision = {match}
  if (titles.length > 0) {
    const withTitle = withRole(knowledge, decision, titles)
    if (withTitle.role) {
      total += 3
      return {decision: withTitle, score: total}
    }

    total -= 1
  }

  return {decision, score: total}
}

/** Whether two words start with the same letter, or both with a vowel. */
function sameInitialSound(a: string, b: string): boolean {
  const first = a[0] ?? ''
  const other = b[0] ?? ''
  return first === other || (vowels.has(first) && vowels.has(other))
}

const vowels = new Set(['a', 'e', 'i', 'o', 'u'])
