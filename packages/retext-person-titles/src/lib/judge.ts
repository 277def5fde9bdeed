import type {Knowledge, Person, Role} from '@copydesk/knowledge'
import {judgementFor, type Dating, type Judgement} from './dating.js'
import {compareWording, type WordingRelation} from './offices.js'
import {endsBefore, roleDuring, termOf, type Span} from './terms.js'
import type {TitleUse} from './uses.js'
import {replacementTitle} from './wording.js'

/** How a title the person never held relates to one they held, when it cannot also be right. */
const contradicts: ReadonlySet<WordingRelation> = new Set(['rank', 'exclusive'])

/** What the knowledge says of one title at the document's date. */
export interface Verdict {
  use: TitleUse
  /** `wrong`: not the person's title then; `fits`: it was; `unjudged`: no date, or nothing on record to tell. */
  kind: 'wrong' | 'fits' | 'unjudged'
  /** The person's roles the title names. */
  matched: Role[]
  reason?: string
  expected?: string
  note?: string
}

/**
 * Judge every title next to the name of a known person against the date.
 * With the date inferred from roles, two titles that were never held at once
 * each look wrong by the other's date: the one whose office ended before the
 * other's began is the stale one (copy cannot name an office before it is
 * taken up, but often keeps an old title), so only it is reported.
 */
export function judgeUses(uses: ReadonlyArray<TitleUse>, dating: Dating, knowledge: Knowledge): Verdict[] {
  const judgements = new Map<Person, Judgement>()
  const verdicts = uses.map((use): Verdict => {
    const person = use.person
    if (!person) return {use, kind: 'unjudged', matched: []}
    let judgement = judgements.get(person)
    if (!judgement) {
      judgement = judgementFor(dating, person)
      judgements.set(person, judgement)
    }

    if (judgement.kind !== 'span') return {use, kind: 'unjudged', matched: knowledge.rolesMatching(person, use.title.text)}
    return judge(use, person, judgement.span, judgement.describe, judgement.note, knowledge)
  })

  if (dating.kind === 'roles') {
    const wrong = verdicts.filter((verdict) => verdict.kind === 'wrong' && verdict.matched.length > 0)
    const later = wrong.filter((verdict) =>
      wrong.some(
        (other) =>
          other.use.key !== verdict.use.key &&
          other.matched.every((stale) => verdict.matched.every((role) => endsBefore(stale, role)))
      )
    )
    for (const verdict of later) {
      verdict.kind = 'unjudged'
      delete verdict.reason
      delete verdict.expected
      delete verdict.note
    }
  }

  return verdicts
}

function judge(
  use: TitleUse,
  person: Person,
  span: Span,
  describe: string,
  note: string,
  knowledge: Knowledge
): Verdict {
  const text = use.title.text
  const matched = knowledge.rolesMatching(person, text)
  const held = person.roles.filter((role) => roleDuring(role, span))
  if (matched.some((role) => held.includes(role))) return {use, kind: 'fits', matched}

  let right: Role[]
  let evidence: string
  if (matched.length === 0) {
    // A title the person never held counts only as another rank of an office
    // they held then, or as the other office at the head of a government or
    // state (“Prime Minister” for a president): the knowledge may simply not
    // list every post, but no one holds both of those at once.
    right = held.filter((role) =>
      [role.title, ...(role.aliases ?? [])].some((title) => contradicts.has(compareWording(text, title, knowledge)))
    )
    if (right.length === 0) return {use, kind: 'unjudged', matched}
    evidence = `${use.short} held no office of that name on record`
  } else {
    right = held.length === 1 ? held : held.filter((role) => compareWording(text, role.title, knowledge) !== 'unrelated')
    evidence = `${use.short} was ${termsOf(matched)}, but`
  }

  const expected = right.length === 1 ? replacementTitle(text, person, right[0]!, knowledge) : undefined
  const when = held.length === 0 ? 'in no office on record' : held.map((role) => `${role.title} (${termOf(role)})`).join(' and ')
  const verdict: Verdict = {
    use,
    kind: 'wrong',
    matched,
    reason:
      `Unexpected \`${text}\` for ${use.name}${expected === undefined ? '' : `, expected \`${expected}\``}: ` +
      `${evidence}${matched.length === 0 ? ', and' : ''} ${describe}, when ${use.short} was ${when}`
  }
  if (expected !== undefined) verdict.expected = expected
  if (note) verdict.note = note
  return verdict
}

/** `Under Secretary of State for Political Affairs 2011-09-21 to 2015-10-02`; one title with several terms once. */
function termsOf(roles: ReadonlyArray<Role>): string {
  const titles = new Set(roles.map((role) => role.title))
  if (titles.size === 1) return roles[0]!.title + ' ' + roles.map((role) => termOf(role)).join(' and ')
  return roles.map((role) => role.title + ' ' + termOf(role)).join(' and ')
}
