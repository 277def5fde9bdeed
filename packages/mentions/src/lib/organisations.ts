import type {Organisation} from '@copydesk/knowledge'
import type {Lookups} from './lookups.js'
import {isAcronym, isCapitalised, isHardStop, placeLength} from './classify.js'
import {calendarWords} from './lexicon/words.js'
import {spanText} from './people.js'
import type {BlockState} from './state.js'
import type {WordToken} from './tokens.js'
import {capital, connector, digit, functionWord, opensSentence} from './word-flags.js'

/** The most words an organisation's name is read to have. */
const longestName = 10

/** Nouns that make a capitalised phrase the name of a body: "… Organization for Security …". */
const bodyNouns = new Set(
  (
    'organization organisation union council agency ministry department commission bank fund ' +
    'court committee alliance office party association institute forum group federation ' +
    'assembly parliament programme program service authority corporation company foundation ' +
    'bureau board tribunal secretariat directorate cooperation co-operation coalition league ' +
    'movement front congress senate'
  ).split(' ')
)

/** Whether a word may join the words of a name (`of`, `and`): the bit of `connectors`. */
function isConnector(word: WordToken | undefined): boolean {
  return word !== undefined && (word.flags & connector) !== 0
}

/** An organisation found in a block. */
export interface FoundOrganisation {
  block: number
  start: number
  end: number
  organisation?: Organisation
}

/**
 * Names of organisations the knowledge knows exactly, longest first: "Organization
 * for Security and Cooperation in Europe", "NATO".
 */
export function findKnownOrganisations(
  state: BlockState,
  knowledge: Lookups,
  found: FoundOrganisation[]
): void {
  const {words, flags} = state
  let index = 0
  while (index < words.length) {
    if (((flags[index] ?? 0) & (capital | functionWord)) !== capital) {
      index++
      continue
    }

    const word = words[index]!

    let match: {end: number; organisation: Organisation} | undefined
    const reach = knowledge.opensOrganisation(word.key) ? windowEnd(state, index) : index
    for (let end = reach; end > index && !match; end--) {
      const last = words[end - 1]!
      if (isConnector(last)) continue
      const organisation = knowledge.organisationByName(spanText(state.value, words, index, end))
      if (!organisation) continue
      match = {end, organisation}
    }

    if (!match) {
      index++
      continue
    }

    found.push({block: state.block, start: index, end: match.end, organisation: match.organisation})
    for (let position = index; position < match.end; position++) state.used[position] = 'organisation'
    index = match.end
  }
}

/** The end of the longest window of capitalised words and connectors from `index`. */
function windowEnd(state: BlockState, index: number): number {
  const {words} = state
  let end = index + 1
  while (end < words.length && end - index < longestName) {
    const previous = words[end - 1]!
    if (previous.separator !== 'space' || previous.possessive) break
    const word = words[end]!
    if (state.used[end] || !(isCapitalised(word) || isConnector(word))) break
    // "the new Central Committee on Saturday": a day or month ends the name.
    if (calendarWords.has(word.key)) break
    // "NATO and the …", "NATO in Brussels": a list or a place, not one name.
    if (isConnector(word) && (isAcronym(previous) || (previous.key === 'and' && word.key === 'the'))) break
    end++
  }

  return end
}

/**
 * Capitalised phrases not otherwise read that name a body ("European Organization
 * for Security and Cooperation") or come close to a known organisation's name.
 */
export function findOtherOrganisations(
  state: BlockState,
  knowledge: Lookups | undefined,
  found: FoundOrganisation[]
): void {
  const {words, flags} = state
  let index = 0
  while (index < words.length) {
    if (((flags[index] ?? 0) & (capital | functionWord | connector | digit)) !== capital || state.used[index]) {
      index++
      continue
    }

    const word = words[index]!

    // "Delegates of the Security …": a word that opens the sentence and is no body
    // noun is not the first word of a name before "of", "for" or "in".
    if (word.flags & opensSentence && !bodyNouns.has(word.key) && isConnector(words[index + 1])) {
      index++
      continue
    }

    let end = windowEnd(state, index)
    // Names hold one "in" at most: "… Co-operation in Europe in Vienna" ends before the second.
    let ins = 0
    for (let position = index; position < end; position++) {
      if (words[position]!.key === 'in' && ++ins === 2) {
        end = position
        break
      }
    }

    while (end > index && isConnector(words[end - 1]!)) end--
    // One word is no body and too short for a fuzzy lookup; most windows are one word.
    if (end - index < 2) {
      index++
      continue
    }

    // Counted in place: this runs for every capitalised word of the text.
    let capitals = 0
    let bodyNoun = false
    for (let position = index; position < end; position++) {
      const word = words[position]!
      if (!isConnector(word)) capitals++
      if (bodyNouns.has(word.key)) bodyNoun = true
    }

    // Without a body noun, only phrases of three words or more are worth a fuzzy lookup.
    const fuzzy = Boolean(knowledge) && capitals >= 3
    const places = (capitals >= 2 && bodyNoun) || fuzzy ? onlyPlaces(state, index, end) : true
    let body = capitals >= 2 && !places && bodyNoun
    if (!body && knowledge && fuzzy && !places) {
      const best = knowledge.similarOrganisations(spanText(state.value, words, index, end))[0]
      body = Boolean(best && best.distance <= 1)
    }

    if (body) {
      found.push({block: state.block, start: index, end})
      for (let position = index; position < end; position++) state.used[position] = 'organisation'
      index = end
    } else {
      index++
    }
  }
}

/** Whether words `[start, end)` are only places, countries and connectors ("United States", "Europe and North America"). */
function onlyPlaces(state: BlockState, start: number, end: number): boolean {
  let index = start
  while (index < end) {
    const word = state.words[index]!
    const place = placeLength(state.words, index, end)
    if (place > 0) index += place
    else if (isConnector(word) || isHardStop(word)) index++
    else return false
  }

  return true
}
