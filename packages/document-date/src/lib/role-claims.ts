import type {Knowledge} from '@copydesk/knowledge'
import {findMentions} from '@copydesk/mentions'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {RoleClaim} from './types.js'

/**
 * The (person, title) pairs a text states: every mention of a known person
 * with a title tied to it, through surname back-references too. Titles marked
 * as past (“former”, “ex-”, “then-”) say nothing about when the text was
 * written and are left out.
 */
export function roleClaims(tree: Root, file: VFile, knowledge: Knowledge): RoleClaim[] {
  const mentions = findMentions(tree, file, knowledge)
  const claims: RoleClaim[] = []
  for (const mention of mentions) {
    if (!mention.title || mention.title.former) continue
    const person =
      mention.person ?? (mention.antecedent === undefined ? undefined : mentions[mention.antecedent]?.person)
    if (person) claims.push({person, title: mention.title.text})
  }

  return claims
}
