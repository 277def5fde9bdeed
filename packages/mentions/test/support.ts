import type {Knowledge} from '@copydesk/knowledge'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {findMentions, type Mention} from '../src/index.js'

/** A mention reduced to what tests compare. */
export interface Seen {
  kind: Mention['kind']
  name?: string
  title?: string
  form?: string
  former?: boolean
  possessor?: string
  person?: string
  organisation?: string
  antecedent?: string
  surnameOnly?: boolean
}

/** Parse `value` as English and find its mentions. */
export function mentionsIn(value: string, knowledge?: Knowledge): {file: VFile; mentions: Mention[]} {
  const file = new VFile({value})
  const tree = unified().use(retextEnglish).parse(file)
  return {file, mentions: findMentions(tree, file, knowledge)}
}

/** The mentions of `value`, reduced; `antecedent` given as the antecedent's name. */
export function seen(value: string, knowledge?: Knowledge): Seen[] {
  const {mentions} = mentionsIn(value, knowledge)
  return mentions.map((mention) => {
    const result: Seen = {kind: mention.kind}
    if (mention.name) result.name = mention.name.text
    if (mention.title) {
      result.title = mention.title.text
      result.form = mention.title.form
      if (mention.title.former) result.former = true
      if (mention.title.possessor) result.possessor = mention.title.possessor.text
    }

    if (mention.person) result.person = mention.person.id
    if (mention.organisation) result.organisation = mention.organisation.id
    if (mention.antecedent !== undefined) result.antecedent = mentions[mention.antecedent]?.name?.text ?? '?'
    if (mention.surnameOnly) result.surnameOnly = true
    return result
  })
}

/** Names of the person mentions of `value`. */
export function people(value: string, knowledge?: Knowledge): string[] {
  return seen(value, knowledge)
    .filter((mention) => mention.kind === 'person')
    .map((mention) => mention.name ?? '')
}
