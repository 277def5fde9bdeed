import {
  documentDate,
  findDateline,
  inferDateFromTerms,
  roleTerms,
  type DocumentDate,
  type RoleClaim,
  type RoleTerm
} from '@copydesk/document-date'
import type {Knowledge, Person} from '@copydesk/knowledge'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {spanText, type Span} from './terms.js'

/**
 * What titles are judged against: one day the text gives (option, front
 * matter, a dateline with a year), or the roles it states, each person's
 * titles judged by the others' roles so that a wrong title never dates the
 * text it is wrong in.
 */
export type Dating =
  | {kind: 'exact'; span: Span; describe: string}
  | {kind: 'roles'; claims: RoleClaim[]; terms: RoleTerm[]}

/** The days one person's titles are judged against, and how they were found. */
export type Judgement =
  | {kind: 'span'; span: Span; describe: string; note: string}
  | {kind: 'conflict'; conflict: string}
  | {kind: 'none'}

/**
 * How the text is dated. A dateline without a year takes its year from the
 * roles in `@copydesk/document-date`, disputed titles included, so it counts
 * as dating by roles here.
 */
export function datingOf(
  tree: Root,
  file: VFile,
  date: string | undefined,
  knowledge: Knowledge,
  claims: RoleClaim[]
): Dating {
  const found = documentDate(tree, file, {date, knowledge})
  if (found.kind === 'exact' && (found.source !== 'dateline' || findDateline(tree)?.year !== undefined)) {
    return {kind: 'exact', span: {from: found.date, to: found.date}, describe: `this text is dated ${found.date} by ${sourceOf(found)}`}
  }

  // Read once: every person is judged by the others' terms, filtered from these.
  return {kind: 'roles', claims, terms: roleTerms(claims, knowledge)}
}

/** The days `person`'s titles are judged against: those all other stated roles share. */
export function judgementFor(dating: Dating, person: Person): Judgement {
  if (dating.kind === 'exact') return {kind: 'span', span: dating.span, describe: dating.describe, note: ''}
  // The others' terms are the terms of the others' claims.
  const inference = inferDateFromTerms(dating.terms.filter((term) => term.person !== person))
  if (!inference) return {kind: 'none'}
  if ('conflict' in inference) return {kind: 'conflict', conflict: inference.conflict}
  const span = {from: inference.from, to: inference.to}
  return {
    kind: 'span',
    span,
    describe: `this text dates from ${spanText(span)} by the roles it gives ${listNames(inference.terms.map((term) => term.person.name))}`,
    note: `Dated by ${inference.evidence}.`
  }
}

/** `A`, `A and B`, `A, B and C`, each name once. */
export function listNames(names: ReadonlyArray<string>): string {
  const unique = [...new Set(names)]
  if (unique.length < 2) return unique.join('')
  return unique.slice(0, -1).join(', ') + ' and ' + unique.at(-1)
}

function sourceOf(date: Extract<DocumentDate, {kind: 'exact'}>): string {
  if (date.source === 'option') return 'the `date` option'
  if (date.source === 'front-matter') return 'its ' + date.evidence
  return 'its dateline `' + date.evidence.trim() + '`'
}
