import type {Knowledge} from '../../packages/knowledge/src/index.js'
import type {Article} from './fixtures.js'
import {findNameOccurrences, type Mutation} from './mutations.js'

const vowels = ['a', 'e', 'i', 'o', 'u']

/**
 * Spellings that one name takes in different romanisations: the ones a
 * writer copying from another outlet brings in (Zelensky, Zelenskyy,
 * Zelenskiy). Each is tried on a name only when the knowledge does not list
 * the result as accepted.
 */
const transliterations: ReadonlyArray<[RegExp, string]> = [
  [/yy$/, 'y'],
  [/y$/, 'yy'],
  [/y$/, 'iy'],
  [/iy$/, 'y'],
  [/ii$/, 'y'],
  [/y$/, 'i'],
  [/ov$/, 'off'],
  [/ev$/, 'eff'],
  [/kh/, 'h'],
  [/sh/, 'ch'],
  [/ch/, 'tch'],
  [/zh/, 'j'],
  [/ts/, 'tz'],
  [/ya/, 'ia'],
  [/yu/, 'iu'],
  [/ei/, 'ey'],
  [/ey/, 'ei'],
  [/ai/, 'ay'],
  [/j/, 'dj'],
  [/ph/, 'f'],
  [/th/, 't'],
  [/ck/, 'k'],
  [/k/, 'ck'],
  [/c/, 'k']
]

/** Words shorter than this are left alone: a slip in “Yi” or “Li” changes the name, not its spelling. */
const shortestWord = 4

/** Misspellings of one word: a vowel swapped, a letter dropped, a letter doubled, another romanisation. */
export function misspellingsOf(word: string): Array<{kind: string; value: string}> {
  const result: Array<{kind: string; value: string}> = []
  if ([...word].length < shortestWord || !/^[A-Za-z'-]+$/.test(word)) return result
  for (let index = 0; index < word.length; index++) {
    const character = word.charAt(index)
    const lower = character.toLowerCase()
    const rest = word.slice(index + 1)
    const before = word.slice(0, index)
    if (vowels.includes(lower)) {
      for (const other of vowels) {
        if (other === lower) continue
        const replacement = character === lower ? other : other.toUpperCase()
        result.push({kind: 'vowel', value: before + replacement + rest})
      }
    }
    // The initial is what a reader looks the name up by; slips happen inside the word.
    if (index > 0 && /[a-z]/.test(character)) {
      result.push({kind: 'drop', value: before + rest})
      result.push({kind: 'double', value: before + character + character + rest})
    }
  }
  for (const [pattern, replacement] of transliterations) {
    if (pattern.test(word.slice(1))) {
      result.push({kind: 'transliteration', value: word.charAt(0) + word.slice(1).replace(pattern, replacement)})
    }
  }
  const seen = new Set<string>([word])
  return result.filter((item) => !seen.has(item.value) && seen.add(item.value))
}

/**
 * Every misspelling of a known person's full name in `article`, one word of
 * the name changed at a time, grouped by name occurrence. Leaves out a
 * misspelling that gives another known person's name, an accepted form of
 * this one, or a known surname.
 */
export function nameMutations(article: Article, knowledge: Knowledge): Mutation[][] {
  const groups: Mutation[][] = []
  for (const occurrence of findNameOccurrences(article.value, knowledge)) {
    const {person} = occurrence
    const name = article.value.slice(occurrence.start, occurrence.end)
    const group: Mutation[] = []
    let offset = 0
    for (const word of name.split(' ')) {
      for (const item of misspellingsOf(word)) {
        const wordStart = occurrence.start + offset
        const mutatedName = name.slice(0, offset) + item.value + name.slice(offset + word.length)
        if (knowledge.personByName(mutatedName)) continue
        if (knowledge.peopleBySurname(item.value).length > 0) continue
        if (knowledge.isKnownNamePart(item.value) && knowledge.similarPeople(mutatedName).some((match) => match.distance === 0)) continue
        group.push({
          article,
          kind: item.kind,
          start: wordStart,
          end: wordStart + word.length,
          replacement: item.value,
          fault: [occurrence.start, occurrence.start + mutatedName.length],
          canonical: person.name,
          subject: `${person.name} → ${mutatedName}`
        })
      }
      offset += word.length + 1
    }
    groups.push(group)
  }
  return groups
}
