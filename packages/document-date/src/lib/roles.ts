import type {Knowledge} from '@copydesk/knowledge'
import {firstDayOf, lastDayOf} from './calendar.js'
import type {RoleClaim, RoleInference, RoleTerm} from './types.js'

/**
 * Date a text by the roles it states for known people: the days on which every
 * stated role was held at once.
 *
 * Only claims whose title matches exactly one role of the person count (a
 * title that fits two offices says nothing certain). Repeated claims count
 * once. When the terms do not overlap, the result names two claims that
 * cannot both be true instead of guessing which one is wrong.
 *
 * @returns `undefined` when no claim matches exactly one role.
 */
export function inferDateFromRoles(
  claims: ReadonlyArray<RoleClaim>,
  knowledge: Pick<Knowledge, 'rolesMatching'>
): RoleInference | undefined {
  return inferDateFromTerms(roleTerms(claims, knowledge))
}

/**
 * The terms of office the claims state, in the order of their first claims:
 * what `inferDateFromRoles` dates a text by. A claim's term depends on its
 * person and title alone, so the terms of some of the claims are these terms
 * filtered (a check that dates each person by everyone else's roles reads
 * the claims once, not once per person).
 */
export function roleTerms(claims: ReadonlyArray<RoleClaim>, knowledge: Pick<Knowledge, 'rolesMatching'>): RoleTerm[] {
  const terms: RoleTerm[] = []
  const seen = new Set<string>()
  // A story repeats its titles (“Secretary of State Antony Blinken” in every
  // other paragraph); the same claim matches the same roles, so each distinct
  // person and title is matched against the person's roles once.
  const asked = new Set<string>()

  for (const claim of claims) {
    const claimKey = claim.person.id + '\u0000' + claim.title
    if (asked.has(claimKey)) continue
    asked.add(claimKey)
    const roles = knowledge.rolesMatching(claim.person, claim.title)
    const role = roles[0]
    if (roles.length !== 1 || !role) continue
    const key = claim.person.id + '\u0000' + role.title + '\u0000' + role.start
    if (seen.has(key)) continue
    seen.add(key)
    terms.push({
      person: claim.person,
      role,
      title: claim.title,
      from: firstDayOf(role.start),
      to: role.end === null || role.end === undefined ? null : lastDayOf(role.end)
    })
  }

  return terms
}

/**
 * The days on which every one of `terms` was held at once, as
 * `inferDateFromRoles` gives them.
 *
 * @returns `undefined` when there are no terms.
 */
export function inferDateFromTerms(terms: ReadonlyArray<RoleTerm>): RoleInference | undefined {
  if (terms.length === 0) return undefined

  // The intersection runs from the latest start to the earliest end; the two
  // terms that set those bounds are the ones that disagree when it is empty.
  let latestStart = terms[0]!
  let earliestEnd: RoleTerm | undefined
  for (const term of terms) {
    if (term.from > latestStart.from) latestStart = term
    if (term.to !== null && (earliestEnd === undefined || term.to < (earliestEnd.to ?? ''))) {
      earliestEnd = term
    }
  }

  if (earliestEnd?.to && earliestEnd.to < latestStart.from) {
    return {
      conflict: `${listTerms([earliestEnd, latestStart])} were never held at the same time`,
      terms: [...terms]
    }
  }

  return {from: latestStart.from, to: earliestEnd?.to ?? null, evidence: listTerms(terms), terms: [...terms]}
}

/**
 * `Antony Blinken as Secretary of State (2021-01-26 to 2025-01-20) and Joe
 * Biden as President (2021-01-20 to 2025-01-20)`.
 */
export function listTerms(terms: ReadonlyArray<RoleTerm>): string {
  const parts = terms.map(
    (term) =>
      `${term.person.name} as ${term.role.title} (${term.to === null ? 'from ' + term.from : term.from + ' to ' + term.to})`
  )
  if (parts.length < 2) return parts.join('')
  return parts.slice(0, -1).join(', ') + ' and ' + parts.at(-1)
}
