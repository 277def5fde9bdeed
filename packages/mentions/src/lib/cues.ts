import type {Lookups} from './lookups.js'
import {isCapitalised} from './classify.js'
import {honorifics, sayingVerbs} from './lexicon/words.js'
import {isFree, type BlockState} from './state.js'
import {parseTitle, type ParsedTitle} from './title-parser.js'
import type {WordToken} from './tokens.js'

/** How far back (in words) a title before a name may start. */
const titleReach = 10

const articles = new Set(['the', 'a', 'an'])

/** Whether what follows the word closes a phrase set off by commas. */
export function closesPhrase(word: WordToken): boolean {
  if (word.separator === 'comma' || word.separator === 'end') return true
  return word.separator === 'other' && /^[.;:)!?”"’—–]/.test(word.after)
}

/**
 * The title before the name at words `[start, end)`: directly before it
 * ("US Secretary of State Antony Blinken", "Russia's Deputy Foreign Minister
 * Sergei Ryabkov") or set off by a comma when the name is closed by one too
 * ("the president of Russia, Vladimir Putin,"). Only words still free
 * (`isFree`) may be part of it.
 */
export function titleBefore(
  state: BlockState,
  start: number,
  end: number,
  knowledge: Lookups | undefined
): ParsedTitle | undefined {
  const {words} = state
  const previous = words[start - 1]
  const last = words[end - 1]
  if (!previous || !last) return undefined
  const comma = previous.separator === 'comma'
  if (!comma && previous.separator !== 'space') return undefined
  if (comma && !closesPhrase(last)) return undefined

  let chain = start - 1
  while (
    chain - 1 >= 0 &&
    start - chain < titleReach &&
    words[chain - 1]?.separator === 'space' &&
    isFree(state, chain - 1)
  ) {
    chain--
  }

  for (let from = chain; from < start; from++) {
    if (!isFree(state, from) || articles.has(words[from]?.key ?? '')) continue
    // "the Bank of England, under Governor Andrew Bailey": in lower case, “under” is the preposition, not the rank.
    if (words[from]!.key === 'under' && !isCapitalised(words[from]!)) continue
    const parsed = parseTitle(words, from, start, comma ? 'free' : 'strict', knowledge)
    if (parsed && parsed.end === start) {
      // "held the post under President Dilma Rousseff": the title names the time
      // of that tenure, which may be long past, as “former” does.
      const before = words[from - 1]
      return before?.key === 'under' && !isCapitalised(before) ? {...parsed, former: true} : parsed
    }
  }

  return undefined
}

/**
 * A title set off by commas after the name at words `[start, end)`: "Wendy
 * Sherman, the US deputy secretary of state,".
 */
export function appositiveAfter(
  words: ReadonlyArray<WordToken>,
  end: number,
  knowledge: Lookups | undefined
): ParsedTitle | undefined {
  const last = words[end - 1]
  if (!last || last.separator !== 'comma' || last.possessive) return undefined
  let from = end
  if (articles.has(words[from]?.key ?? '') && words[from]?.separator === 'space') from++
  let close = from
  while (close < words.length && close - from < 12 && words[close]?.separator === 'space') close++
  const closing = words[close]
  if (!closing || !closesPhrase(closing)) return undefined
  const parsed = parseTitle(words, from, close + 1, 'free', knowledge)
  return parsed && parsed.end === close + 1 ? parsed : undefined
}

/** "Mr Ryabkov", "Dr. Fauci". */
export function honorificBefore(words: ReadonlyArray<WordToken>, start: number): boolean {
  const previous = words[start - 1]
  return Boolean(previous && previous.separator === 'space' && honorifics.has(previous.key))
}

/** "Blinken said", "Ryabkov reportedly asserted", "said Anthony Blanken." */
export function sayingAround(words: ReadonlyArray<WordToken>, start: number, end: number): boolean {
  const last = words[end - 1]
  const next = words[end]
  if (last && next && last.separator === 'space' && !isCapitalised(next)) {
    if (sayingVerbs.has(next.key)) return true
    const after = words[end + 1]
    if (next.key.endsWith('ly') && next.separator === 'space' && after && sayingVerbs.has(after.key)) return true
  }

  const previous = words[start - 1]
  return Boolean(
    previous &&
      last &&
      previous.separator === 'space' &&
      sayingVerbs.has(previous.key) &&
      last.separator !== 'space'
  )
}
