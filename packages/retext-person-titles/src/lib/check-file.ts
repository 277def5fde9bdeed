import {inferDateFromRoles, type RoleClaim} from '@copydesk/document-date'
import type {Knowledge} from '@copydesk/knowledge'
import {findMentions} from '@copydesk/mentions'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {findClashes} from './consistency.js'
import {datingOf, type Dating} from './dating.js'
import {houseStyleFindings} from './house-style.js'
import {judgeUses, type Verdict} from './judge.js'
import type {Settings} from './options.js'
import type {Finding} from './report.js'
import {storeUses} from './stored.js'
import type {Span} from './terms.js'
import {tieLoneTitles} from './tie.js'
import {unresolvedConflict} from './unresolved.js'
import {collectUses, namedPeople, offset, type TitleUse} from './uses.js'

/** What one file gives: findings, and house-style advice reported apart at a lower severity. */
export interface FileResult {
  findings: Finding[]
  advice: Finding[]
}

/**
 * Check the titles of one file: each against the knowledge at the document's
 * date, and against the person's other titles in the file. Leaves what a
 * check across files needs on `file.data.copydeskPersonTitles`.
 */
export function checkFile(tree: Root, file: VFile, settings: Settings): FileResult {
  const {knowledge} = settings
  const mentions = findMentions(tree, file, knowledge)
  const {named, lone} = collectUses(mentions)
  const current = named.filter((use) => !use.title.former)
  const claims = claimsOf(current)
  const dating = datingOf(tree, file, settings.date, knowledge, claims)
  const verdicts = judgeUses(current, dating, knowledge)
  const span = agreedSpan(dating, verdicts, knowledge)
  const tied = span ? tieLoneTitles(lone, span, namedPeople(mentions), knowledge) : []
  const uses = [...current, ...tied].sort((a, b) => offset(a) - offset(b))
  const verdictOf = new Map<TitleUse, Verdict>(verdicts.map((verdict) => [verdict.use, verdict]))

  const dated = new Map<TitleUse, Finding>()
  for (const verdict of verdicts) {
    if (verdict.kind !== 'wrong' || verdict.reason === undefined) continue
    dated.set(verdict.use, {
      place: verdict.use.title.position,
      actual: verdict.use.title.text,
      reason: verdict.reason,
      expected: verdict.expected,
      note: verdict.note
    })
  }

  const fits = (use: TitleUse) => use.tie === 'holder' || verdictOf.get(use)?.kind === 'fits'
  const findings: Finding[] = []
  const clashes = findClashes(
    uses.map((use) => ({use, key: use.key, text: use.title.text, personId: use.person?.id})),
    knowledge
  )
  for (const {earlier, later, why} of clashes) {
    const pairs: Array<[TitleUse, TitleUse]> = [
      [earlier.use, later.use],
      [later.use, earlier.use]
    ]
    const wrong = pairs.filter(([use]) => dated.has(use))
    // When the date shows which title is wrong, that finding names the other
    // title; otherwise the later title is reported and a person decides.
    for (const [use, other] of wrong) {
      const finding = dated.get(use)!
      if (finding.cause) continue
      finding.reason += `; line ${other.title.position.start.line} calls ${other.short} \`${other.title.text}\``
      finding.cause = {place: other.title.position, reason: `${other.name} is called \`${other.title.text}\` here`}
    }

    if (wrong.length > 0) continue
    // The later title is reported, unless it is the one the date bears out.
    const [use, other] = fits(later.use) && !fits(earlier.use) ? [earlier.use, later.use] : [later.use, earlier.use]
    findings.push({
      place: use.title.position,
      actual: use.title.text,
      reason:
        `Unexpected \`${use.title.text}\` for ${use.name}${use.tie === 'holder' ? ' (its holder at the time)' : ''}: ` +
        `line ${other.title.position.start.line} calls ${use.short} \`${other.title.text}\`, and ${why}`,
      cause: {place: other.title.position, reason: `${other.name} is called \`${other.title.text}\` here`}
    })
  }

  findings.push(...dated.values())
  if (dating.kind === 'roles' && dated.size === 0) {
    const conflict = unresolvedConflict(dating, current)
    if (conflict) findings.push(conflict)
  }

  const flagged = new Set(findings.map((finding) => finding.place.start.offset))
  const advice =
    settings.houseStyle === 'ap'
      ? houseStyleFindings(uses, String(file), knowledge).filter((finding) => !flagged.has(finding.place.start.offset))
      : []

  storeUses(file, uses, (use) => {
    const verdict = verdictOf.get(use)
    if (use.tie === 'holder') return {kind: 'fits'}
    return verdict?.kind === 'wrong' && dated.has(use) ? {kind: 'wrong', expected: verdict.expected} : {kind: verdict?.kind ?? 'unjudged'}
  })

  return {findings, advice}
}

/**
 * The days the text's titles agree on, once the titles found wrong are left
 * out: what titles standing alone are tied by.
 */
function agreedSpan(dating: Dating, verdicts: ReadonlyArray<Verdict>, knowledge: Knowledge): Span | undefined {
  if (dating.kind === 'exact') return dating.span
  const wrong = new Set(verdicts.filter((verdict) => verdict.kind === 'wrong').map((verdict) => verdict.use.title.text + '\u0000' + verdict.use.key))
  const claims = dating.claims.filter((claim) => !wrong.has(claim.title + '\u0000' + claim.person.id))
  const inference = claims.length > 0 ? inferDateFromRoles(claims, knowledge) : undefined
  return inference && 'from' in inference ? {from: inference.from, to: inference.to} : undefined
}

/** Each person's titles as role claims, each wording once: long texts repeat them. */
function claimsOf(uses: ReadonlyArray<TitleUse>): RoleClaim[] {
  const seen = new Set<string>()
  const claims: RoleClaim[] = []
  for (const {person, title} of uses) {
    if (!person || seen.has(person.id + '\u0000' + title.text)) continue
    seen.add(person.id + '\u0000' + title.text)
    claims.push({person, title: title.text})
  }

  return claims
}
