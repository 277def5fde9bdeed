import type {Role} from '@copydesk/knowledge'
import {firstDayOf, lastDayOf} from '@copydesk/document-date'

/**
 * Days a document may have been written on: one day, or a span inferred from
 * the roles it states (`to: null` while an office in the evidence is still held).
 */
export interface Span {
  from: string
  to: string | null
}

/** Whether a role may have been held on some day of `span` (partial dates count generously). */
export function roleDuring(role: Role, span: Span): boolean {
  if (span.to !== null && span.to < firstDayOf(role.start)) return false
  if (role.end !== null && role.end !== undefined && lastDayOf(role.end) < span.from) return false
  return true
}

/** Whether two terms of office share a day. */
export function rolesOverlap(a: Role, b: Role): boolean {
  return roleDuring(a, {from: firstDayOf(b.start), to: b.end === null || b.end === undefined ? null : lastDayOf(b.end)})
}

/** Whether every day of `a` comes before every day of `b`. */
export function endsBefore(a: Role, b: Role): boolean {
  return a.end !== null && a.end !== undefined && lastDayOf(a.end) < firstDayOf(b.start)
}

/** A role's term as a copy editor reads it: `2011-09-21 to 2015-10-02`, `since 2008`. */
export function termOf(role: Role): string {
  return role.end === null || role.end === undefined ? 'since ' + role.start : role.start + ' to ' + role.end
}

/** A span as a copy editor reads it: `2021-01-20 to 2024-10-01`, or one day. */
export function spanText(span: Span): string {
  if (span.to === span.from) return span.from
  return span.from + ' to ' + (span.to ?? 'now')
}
