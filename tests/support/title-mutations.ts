import {datelineIn} from '../../packages/document-date/src/index.js'
import type {Knowledge, Person, Role} from '../../packages/knowledge/src/index.js'
import type {Article} from './fixtures.js'
import {findNameOccurrences, type Mutation} from './mutations.js'

/** The most words a title before a name is taken to have (“Under Secretary of State for Political Affairs”). */
const longestTitle = 8

/** The article's date from its dateline, `YYYY-MM-DD`, when the dateline gives the year. */
export function articleDate(article: Article): string | undefined {
  const dateline = datelineIn(article.value)
  if (!dateline || dateline.year === undefined) return undefined
  return `${dateline.year}-${String(dateline.month).padStart(2, '0')}-${String(dateline.day).padStart(2, '0')}`
}

/** A title written directly before a known person's name, one the knowledge says the person held. */
export interface TitleOccurrence {
  person: Person
  start: number
  end: number
  text: string
}

/** Titles before known people's names in `article`, leaving out those marked as past (“former”, “then-”, “under”). */
export function findTitles(article: Article, knowledge: Knowledge): TitleOccurrence[] {
  const found: TitleOccurrence[] = []
  const text = article.value
  for (const name of findNameOccurrences(text, knowledge)) {
    const before = text.slice(Math.max(0, name.start - 120), name.start)
    const match = /((?:[\p{L}.'’-]+ ){1,8})$/u.exec(before)
    if (!match) continue
    const words = match[1]!.trim().split(' ')
    const wordsStart = name.start - match[1]!.length
    for (let size = Math.min(words.length, longestTitle); size > 0; size--) {
      const candidate = words.slice(-size)
      // A title starts with a capital (“Foreign Minister”), not with “the” or a verb.
      if (!/^\p{Lu}/u.test(candidate[0]!)) continue
      const title = candidate.join(' ')
      if (knowledge.rolesMatching(name.person, title).length === 0) continue
      const start = wordsStart + words.slice(0, words.length - size).join(' ').length + (size < words.length ? 1 : 0)
      const previous = words.at(-size - 1) ?? ''
      // “former”, “then-” and “served under President …” name a tenure that may be past: no date to break.
      if (previous.toLowerCase() === 'former' || previous === 'under' || /^(?:then|ex)-/i.test(candidate[0]!)) break
      found.push({person: name.person, start, end: start + title.length, text: title})
      break
    }
  }

  return found
}

/** The same office one rank up or down, or the other head of government or state. */
function rankSwaps(title: string): string[] {
  const results: string[] = []
  const words = title.split(' ')
  for (const [index, word] of words.entries()) {
    const head = words.slice(0, index).join(' ')
    const tail = words.slice(index).join(' ')
    const join = (inserted: string): string => [head, inserted + tail].filter(Boolean).join(' ')
    if (/^(?:Secretary|Minister|Foreign|Defen[cs]e|Prime|Chancellor|President|Secretary-General|High)$/.test(word)) {
      results.push(join('Deputy '))
    }
    if (word === 'Secretary') results.push(join('Under '))
    if (/^(?:President|Chancellor|Premier)$/.test(word)) results.push(join('Vice '))
  }
  results.push(
    title.replace(/\b(?:Deputy|Under|Vice) /, ''),
    title.replace(/\bPrime Minister\b/, 'President'),
    title.replace(/(?<!Vice )\bPresident\b/, 'Prime Minister')
  )
  return results
}

/**
 * Titles swapped for another rank of the same office or for an office the
 * person held at another time, grouped by title occurrence. A swap that gives
 * a title the person held on the article's date, or a title no one in the
 * knowledge holds, is left out.
 */
export function titleMutations(article: Article, knowledge: Knowledge): Mutation[][] {
  const date = articleDate(article)
  if (!date) return []
  const groups: Mutation[][] = []
  for (const occurrence of findTitles(article, knowledge)) {
    const {person} = occurrence
    const held = new Set<Role>(knowledge.rolesAt(person, date))
    const heldOnDate = (title: string): boolean => knowledge.rolesMatching(person, title).some((role) => held.has(role))
    // Only a title the person held on the day is a fact to be broken.
    if (!heldOnDate(occurrence.text)) continue
    const words = occurrence.text.split(' ')
    // A country or body before the office (“Iranian Foreign Minister”) stays.
    const qualifier = words.length > 1 && knowledge.rolesMatching(person, words.slice(1).join(' ')).length > 0 ? words[0]! : ''
    const candidates = new Map<string, string>()
    for (const swap of rankSwaps(occurrence.text)) candidates.set(swap, 'rank')
    for (const role of person.roles) {
      if (held.has(role)) continue
      candidates.set([qualifier, role.title].filter(Boolean).join(' '), 'past title')
    }
    const group: Mutation[] = []
    for (const [title, kind] of candidates) {
      if (title === occurrence.text || !knowledge.isKnownTitle(title) || heldOnDate(title)) continue
      group.push({
        article,
        kind,
        start: occurrence.start,
        end: occurrence.end,
        replacement: title,
        subject: `${occurrence.text} ${person.name} → ${title}`
      })
    }
    groups.push(group)
  }

  return groups
}
