import {inferDateFromTerms, type RoleTerm} from '@copydesk/document-date'
import type {Dating} from './dating.js'
import type {Finding} from './report.js'
import {termOf} from './terms.js'
import {offset, type TitleUse} from './uses.js'

/**
 * With no date but the roles, and no title found to be the odd one out: the
 * two stated roles that were never held at once, reported at the later one.
 * The rule says so rather than guessing which is wrong.
 */
export function unresolvedConflict(
  dating: Extract<Dating, {kind: 'roles'}>,
  uses: ReadonlyArray<TitleUse>
): Finding | undefined {
  const inference = inferDateFromTerms(dating.terms)
  if (!inference || !('conflict' in inference)) return undefined
  let latestStart: RoleTerm | undefined
  let earliestEnd: RoleTerm | undefined
  for (const term of inference.terms) {
    if (!latestStart || term.from > latestStart.from) latestStart = term
    if (term.to !== null && (!earliestEnd || term.to < (earliestEnd.to ?? ''))) earliestEnd = term
  }

  // One person's two titles are the consistency check's to report.
  if (!earliestEnd || !latestStart || earliestEnd.person === latestStart.person) return undefined
  const found = [earliestEnd, latestStart].map((term) =>
    uses.find((use) => use.person === term.person && use.title.text === term.title)
  )
  const [first, second] = found.sort((a, b) => (a ? offset(a) : 0) - (b ? offset(b) : 0))
  if (!first || !second) return undefined
  const said = [earliestEnd, latestStart]
    .map((term) => `${term.person.name} was ${term.role.title} ${termOf(term.role)}`)
    .join(' and ')
  return {
    place: second.title.position,
    actual: second.title.text,
    reason:
      `Unexpected \`${second.title.text}\` for ${second.name} beside \`${first.title.text}\` for ${first.name} ` +
      `(line ${first.title.position.start.line}): ${said}, never at the same time, ` +
      'and the other roles this text states do not show which title is wrong',
    cause: {place: first.title.position, reason: `${first.name} is called \`${first.title.text}\` here`}
  }
}
