import {platformNames, platformsByInitial} from './indexes.js'
import type {Line, Token} from './lines.js'
import type {Range} from './line-tools.js'

/** Longest word tried as run-together labels; real runs are far shorter. */
const longestRun = 120

/** Marks that separate link labels on a line of buttons. */
export const labelSeparators: ReadonlySet<string> = new Set([',', '|', '/', '·', '•', '-', '–', '—', '&', '+', '>', '»', '›'])

/**
 * Split a word into two or more platform labels (`FacebookTwitterInstagram`
 * into `Facebook`, `Twitter`, `Instagram`), at least one of them a social
 * platform; `undefined` when the word is anything else.
 */
export function splitLabels(token: Token): string[] | undefined {
  const word = token.normal
  if (token.type !== 'word' || word.length < 4 || word.length > longestRun || word.length !== token.value.length) return undefined
  // Most words do not even open with a platform name: settle them before
  // building the table below.
  if (!opensWithPlatform(word)) return undefined
  if (platformNames.has(word)) return undefined
  // reach[i]: how position i was reached (name length and whether a social
  // name was used on the way), for the first path found.
  const reach: Array<{length: number; social: boolean} | undefined> = [{length: 0, social: false}]
  for (let at = 0; at < word.length; at++) {
    const here = reach[at]
    if (!here) continue
    for (const name of platformsByInitial.get(word.charAt(at)) ?? []) {
      if (!word.startsWith(name, at)) continue
      const social = here.social || platformNames.get(name) === true
      const next = reach[at + name.length]
      if (!next || (social && !next.social)) reach[at + name.length] = {length: name.length, social}
    }
  }
  const end = reach[word.length]
  if (!end?.social) return undefined
  const parts: string[] = []
  let at = word.length
  while (at > 0) {
    const step = reach[at]!
    parts.unshift(token.value.slice(at - step.length, at))
    at -= step.length
  }
  return parts.length >= 2 ? parts : undefined
}

/** Whether a normalised word starts with a platform label name (`facebook`, `twitterx`). */
export function opensWithPlatform(word: string): boolean {
  const initial = platformsByInitial.get(word.charAt(0))
  if (!initial) return false
  for (const name of initial) if (word.startsWith(name)) return true
  return false
}

/** Words that join share buttons into a line (`Share on Facebook`, `Share via WhatsApp`). */
export const labelGlue: ReadonlySet<string> = new Set(['on', 'via', 'this', 'us'])

/**
 * Whether a range is only platform labels (`Facebook Twitter WhatsApp`,
 * `Facebook | Twitter`, `FacebookTwitter`, `Share on Facebook`): two or
 * more, one of them social.
 */
export function isLabelRun(line: Line, range: Range): boolean {
  let count = 0
  let social = false
  for (let index = range.from; index <= range.to; index++) {
    const token = line.tokens[index]!
    if (token.type === 'space') continue
    if (token.type !== 'word') {
      if (!labelSeparators.has(token.normal)) return false
      continue
    }
    if (labelGlue.has(token.normal)) continue
    const name = platformNames.get(token.normal)
    if (name !== undefined) {
      count++
      social ||= name
      continue
    }
    const parts = splitLabels(token)
    if (!parts) return false
    count += parts.length
    social = true
  }
  return count >= 2 && social
}

/** Whether a range names a social platform, alone or in a run of labels. */
export function namesPlatform(line: Line, range: Range): boolean {
  for (let index = range.from; index <= range.to; index++) {
    const token = line.tokens[index]!
    if (token.type !== 'word') continue
    if (platformNames.get(token.normal) === true || splitLabels(token)) return true
  }
  return false
}
