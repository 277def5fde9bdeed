import type {Mention, TextSpan} from '@copydesk/mentions'
import type {VFile} from 'vfile'
import {flaggedMentions} from './corpus.js'
import {resolveOptions, type Options} from './options.js'

/**
 * One mention as the check across files needs it: the knowledge's person
 * is kept as its id, and organisations and titles (not compared across
 * files) are left out.
 */
export interface StoredMention {
  kind: Mention['kind']
  sentence: number
  name?: TextSpan
  personId?: string
  antecedent?: number
  surnameOnly?: boolean
}

/**
 * The rule's data of one file, as JSON: its mentions and the indexes of
 * those it already flagged against the knowledge.
 */
export interface StoredMentions {
  mentions: StoredMention[]
  flagged: number[]
}

const kinds: ReadonlySet<unknown> = new Set(['person', 'organisation', 'title'])

/**
 * What the check across files needs of one linted file, as JSON-ready data,
 * so files linted elsewhere (another worker thread, another shard) can be
 * compared; `undefined` when the rule left nothing. People from the
 * knowledge are kept by id, since the knowledge itself is not copied.
 */
export function corpusDataToJSON(file: VFile): StoredMentions | undefined {
  const mentions = file.data.copydeskMentions
  if (!mentions) return undefined
  return {
    mentions: mentions.map((mention) => {
      const stored: StoredMention = {kind: mention.kind, sentence: mention.sentence}
      if (mention.kind !== 'person') return stored
      if (mention.name) stored.name = {text: mention.name.text, position: mention.name.position}
      if (mention.person) stored.personId = mention.person.id
      if (mention.antecedent !== undefined) stored.antecedent = mention.antecedent
      if (mention.surnameOnly) stored.surnameOnly = true
      return stored
    }),
    flagged: [...(flaggedMentions.get(file) ?? [])]
  }
}

/**
 * Put data made by `corpusDataToJSON` back on `file`, finding people again
 * in the knowledge of `options` (an id it does not hold is dropped, as if
 * the name were unknown). Throws a `TypeError` saying what is wrong when
 * `data` is not in that shape.
 */
export function corpusDataFromJSON(file: VFile, data: unknown, options?: Readonly<Options> | null): void {
  const record = data as {mentions?: unknown; flagged?: unknown} | null
  if (!Array.isArray(record?.mentions) || !Array.isArray(record.flagged)) {
    throw new TypeError('expected an object with `mentions` and `flagged` lists')
  }
  if (!record.flagged.every((index) => Number.isInteger(index))) throw new TypeError('expected `flagged` to list mention numbers')
  const {knowledge} = resolveOptions(options)
  const mentions: Mention[] = (record.mentions as Array<Partial<Record<keyof StoredMention, unknown>> | null>).map((stored, index) => {
    const name = stored?.name as TextSpan | undefined
    const ok =
      kinds.has(stored?.kind) &&
      typeof stored?.sentence === 'number' &&
      (name === undefined || (typeof name.text === 'string' && typeof name.position?.start?.line === 'number')) &&
      (stored.personId === undefined || typeof stored.personId === 'string') &&
      (stored.antecedent === undefined || Number.isInteger(stored.antecedent))
    if (!ok) throw new TypeError(`mention ${index + 1} is not a stored mention (kind, sentence, name)`)
    const mention: Mention = {kind: stored.kind as Mention['kind'], sentence: stored.sentence as number}
    if (name) mention.name = name
    const person = typeof stored.personId === 'string' ? knowledge.person(stored.personId) : undefined
    if (person) mention.person = person
    if (stored.antecedent !== undefined) mention.antecedent = stored.antecedent as number
    if (stored.surnameOnly === true) mention.surnameOnly = true
    return mention
  })
  file.data.copydeskMentions = mentions
  flaggedMentions.set(file, new Set(record.flagged as number[]))
}
