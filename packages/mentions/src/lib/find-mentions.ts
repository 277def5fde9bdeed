import type {Knowledge} from '@copydesk/knowledge'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {appositiveAfter, titleBefore} from './cues.js'
import {lookupsFor, type Lookups} from './lookups.js'
import {
  findKnownOrganisations,
  findOtherOrganisations,
  type FoundOrganisation
} from './organisations.js'
import {Antecedents, findFullNames, findSurnames, nameRuns, type FoundName} from './people.js'
import {isFree, type BlockState} from './state.js'
import {parseTitle, type ParsedTitle} from './title-parser.js'
import {readBlocks, type Block, type WordToken} from './tokens.js'
import {capital, titleOpener} from './word-flags.js'
import type {Mention, TextSpan, TitleSpan} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /**
     * Mentions of people, organisations and titles in the file, from
     * `findMentions` of `@copydesk/mentions`; shared by the copydesk rules.
     */
    copydeskMentions: Mention[]
  }
}

interface CacheEntry {
  file: VFile
  knowledge: Knowledge | undefined
  mentions: Mention[]
}

/**
 * What was computed for which file and knowledge, so a stale `file.data` is
 * never reused. Keyed by the tree, which a linter drops once the rules have
 * run: keyed by the file, the entry would keep every tree of a run whose
 * files are kept until the report.
 */
const cache = new WeakMap<Root, CacheEntry>()

/**
 * Find the mentions of people, organisations and titles in a tree, in document
 * order. Computed once per file (and knowledge) and kept on
 * `file.data.copydeskMentions`, so every rule that needs them shares one pass.
 *
 * Without `knowledge`, people are read from cues alone (given names, titles,
 * verbs of saying, appositives) and organisations only from body nouns.
 */
export function findMentions(tree: Root, file: VFile, knowledge?: Knowledge): Mention[] {
  const cached = cache.get(tree)
  if (
    cached &&
    cached.file === file &&
    cached.knowledge === knowledge &&
    file.data.copydeskMentions === cached.mentions
  ) {
    return cached.mentions
  }

  const mentions = computeMentions(tree, String(file), knowledge)
  file.data.copydeskMentions = mentions
  cache.set(tree, {file, knowledge, mentions})
  return mentions
}

interface Pending {
  offset: number
  mention: Mention
  name?: FoundName
}

function computeMentions(tree: Root, value: string, given: Knowledge | undefined): Mention[] {
  const knowledge = given ? lookupsFor(given) : undefined
  return readBlocks(tree, value, (blocks) => mentionsOf(blocks, value, knowledge))
}

/** The mentions in the blocks of a file; they keep the tree's points, never a token. */
function mentionsOf(blocks: Block[], value: string, knowledge: Lookups | undefined): Mention[] {
  const states: BlockState[] = blocks.map((block, index) => ({
    block: index,
    words: block.words,
    flags: block.flags,
    used: block.used,
    value
  }))

  const organisations: FoundOrganisation[] = []
  if (knowledge) for (const state of states) findKnownOrganisations(state, knowledge, organisations)
  const names: FoundName[] = []
  const runs: number[] = []
  for (const state of states) {
    const count = nameRuns(state, runs)
    for (let index = 0; index < count; index += 2) findFullNames(state, runs[index]!, runs[index + 1]!, knowledge, names)
  }
  const antecedents = new Antecedents(names, (name) => states[name.block]!.words[name.start]!.offset)
  for (const state of states) {
    const count = nameRuns(state, runs)
    for (let index = 0; index < count; index += 2) {
      findSurnames(state, runs[index]!, runs[index + 1]!, knowledge, antecedents, names)
    }
  }
  const pending: Pending[] = []
  for (const name of names) {
    const state = states[name.block]!
    const parsed =
      titleBefore(state, name.start, name.end, knowledge) ??
      appositiveAfter(state.words, name.end, knowledge)
    const mention: Mention = {
      kind: 'person',
      name: span(value, state.words, name.start, name.end),
      sentence: state.words[name.start]!.sentence
    }
    if (parsed) {
      const form = parsed.start < name.start ? 'before' : 'appositive'
      mention.title = titleSpan(value, state, parsed, form)
    }

    if (name.person) mention.person = name.person
    if (name.single) mention.surnameOnly = true
    pending.push({offset: state.words[name.start]!.offset, mention, name})
  }
  for (const state of states) findLoneTitles(state, knowledge, pending)
  for (const state of states) findOtherOrganisations(state, knowledge, organisations)
  for (const found of organisations) {
    const state = states[found.block]!
    const mention: Mention = {
      kind: 'organisation',
      name: span(value, state.words, found.start, found.end),
      sentence: state.words[found.start]!.sentence
    }
    if (found.organisation) mention.organisation = found.organisation
    pending.push({offset: state.words[found.start]!.offset, mention})
  }
  pending.sort((a, b) => a.offset - b.offset)
  const indexOfName = new Map<FoundName, number>()
  for (const [index, item] of pending.entries()) if (item.name) indexOfName.set(item.name, index)
  for (const item of pending) {
    const antecedent = item.name?.antecedent
    const index = antecedent ? indexOfName.get(antecedent) : undefined
    if (index !== undefined) item.mention.antecedent = index
  }

  return pending.map((item) => item.mention)
}

/**
 * Titles standing for a person without a name: "the US Deputy Secretary of State
 * dines with", "the Russian president warned". A lower-case title counts only
 * with a country or organisation and “the”, so “the two presidents” does not.
 */
function findLoneTitles(state: BlockState, knowledge: Lookups | undefined, pending: Pending[]): void {
  const {words} = state
  let index = 0
  let limit = 0
  while (index < words.length) {
    // Only a capitalised word, a title word or a former marker can open a title.
    if (!((state.flags[index] ?? 0) & (capital | titleOpener)) || !isFree(state, index)) {
      index++
      continue
    }

    // The free stretch ends at the next word taken for a name or title.
    if (limit <= index) {
      limit = index
      while (limit < words.length && isFree(state, limit)) limit++
    }

    const parsed = parseTitle(words, index, limit, 'strict', knowledge)
    const previous = words[index - 1]
    const specific =
      parsed &&
      !parsed.weak &&
      (parsed.capitalised ||
        (parsed.qualified && previous?.key === 'the' && previous.separator === 'space'))
    if (!parsed || !specific) {
      index++
      continue
    }

    pending.push({
      offset: parsed.startPoint.offset!,
      mention: {
        kind: 'title',
        title: titleSpan(state.value, state, parsed, 'alone'),
        sentence: words[parsed.start]!.sentence
      }
    })
    index = parsed.end
  }
}

function titleSpan(
  value: string,
  state: BlockState,
  parsed: ParsedTitle,
  form: TitleSpan['form']
): TitleSpan {
  const {words} = state
  const last = words[parsed.end - 1]!
  const result: TitleSpan = {
    text: value.slice(parsed.startPoint.offset, last.coreEndOffset),
    position: {start: parsed.startPoint, end: last.coreEnd},
    form,
    former: parsed.former
  }
  if (parsed.possessor !== undefined) {
    result.possessor = span(value, words, parsed.possessor, parsed.possessor + 1)
  }

  for (let index = parsed.from; index < parsed.end; index++) {
    if (isFree(state, index)) state.used[index] = 'title'
  }

  return result
}

function span(value: string, words: ReadonlyArray<WordToken>, start: number, end: number): TextSpan {
  const first = words[start]!
  const last = words[end - 1]!
  return {
    text: value.slice(first.offset, last.coreEndOffset),
    position: {start: first.start, end: last.coreEnd}
  }
}
