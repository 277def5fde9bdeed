import type {Knowledge, Organisation, Person, Role} from '@copydesk/knowledge'
import {countryAdjective} from '@copydesk/mentions'

/**
 * An office as a copy editor reads it: `US Secretary of State 2021-01-26 to
 * 2025-01-20`, `Russian Deputy Foreign Minister since 2008-05-26`.
 */
export function describeRole(knowledge: Knowledge, role: Role): string {
  return roleTitle(knowledge, role) + ' ' + roleDates(role)
}

function roleTitle(knowledge: Knowledge, role: Role): string {
  const body: Organisation | undefined = knowledge.organisation(role.organisation)
  const prefix = role.country ? countryAdjective(role.country) : body?.acronym
  if (!prefix) return role.title
  const lower = role.title.toLowerCase()
  if (lower.includes(prefix.toLowerCase())) return role.title
  return prefix + ' ' + role.title
}

function roleDates(role: Role): string {
  return role.end ? role.start + ' to ' + role.end : 'since ' + role.start
}

/** The role to cite for a person: the one the text's title matched, else the latest. */
export function citedRole(person: Person, matched: Role | undefined): Role | undefined {
  if (matched) return matched
  let latest: Role | undefined
  for (const role of person.roles) if (!latest || role.start > latest.start) latest = role
  return latest
}

/** Longer evidence for `message.note`: every office on record and the source. */
export function personNote(knowledge: Knowledge, person: Person): string {
  const roles = person.roles.map((role) => describeRole(knowledge, role))
  const parts = [person.name + (roles.length > 0 ? ': ' + roles.join('; ') : '') + '.']
  if (person.note) parts.push(person.note)
  parts.push('Source: ' + person.source)
  return parts.join(' ')
}
