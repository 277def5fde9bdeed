import type {Knowledge, Role} from '@copydesk/knowledge'
import {titleWords} from './lexicon.js'
import {compareWording} from './offices.js'
import type {Finding} from './report.js'
import type {TitleUse} from './uses.js'
import {capitaliseTitle, lowerCaseTitle, splitQualifiers} from './wording.js'

/**
 * How one person's title as written reads, with the house-style forms worked
 * out once: long texts repeat the same titles of the same people.
 */
interface Reading {
  role: Role | undefined
  prefix: string
  office: string
  /** Whether the office holds a title word (only formal titles are checked). */
  formal?: boolean
  capitalised?: string
  lowerCase?: string
}

/**
 * AP style: a formal title is capitalised directly before a name (“Deputy
 * Secretary of State Wendy Sherman”) and lower case after it, set off by
 * commas, or standing alone (“Wendy Sherman, the deputy secretary of state”).
 *
 * Only formal titles are checked: the person's recorded title or a shorter form
 * of it, not descriptions such as “top diplomat”. Titles in international
 * bodies (NATO, the UN, the EU) are left as written after a name: those bodies
 * capitalise them (“the NATO Secretary-General”) and wire copy follows them.
 */
export function houseStyleFindings(uses: ReadonlyArray<TitleUse>, value: string, knowledge: Knowledge): Finding[] {
  const findings: Finding[] = []
  // Long texts repeat the same titles of the same people: read each once.
  const readings = new Map<string, Reading>()
  for (const use of uses) {
    const {person, title} = use
    if (!person || title.former) continue
    const id = person.id + '\u0000' + title.text
    let reading = readings.get(id)
    if (!reading) {
      const role = knowledge
        .rolesMatching(person, title.text)
        .find((candidate) => compareWording(title.text, candidate.title, knowledge) === 'same')
      reading = {role, ...splitQualifiers(title.text, knowledge)}
      readings.set(id, reading)
    }

    const {role, prefix, office} = reading
    if (!role) continue
    reading.formal ??= hasTitleWord(office)
    if (!reading.formal) continue

    const start = title.position.start.offset
    const end = title.position.end.offset
    const nameStart = use.nameSpan?.position.start.offset
    const attached =
      title.form === 'before' &&
      end !== undefined &&
      nameStart !== undefined &&
      /^\s+$/.test(value.slice(end, nameStart))

    let expected: string | undefined
    let reason: string
    if (attached) {
      reading.capitalised ??= prefix + capitaliseTitle(office)
      expected = reading.capitalised
      reason = `before ${use.name}, expected \`${expected}\`: AP style capitalises a formal title directly before a name`
    } else {
      const national = role.country ?? knowledge.organisation(role.organisation)?.country
      if (national === undefined) continue
      reading.lowerCase ??= prefix + lowerCaseTitle(office)
      expected = reading.lowerCase
      const where = use.tie === 'holder' ? 'standing alone' : title.form === 'before' ? 'set off from the name' : 'after the name'
      reason = `${where}, expected \`${expected}\`: AP style writes a formal title in lower case unless it stands directly before a name`
    }

    if (expected === title.text || start === undefined) continue
    findings.push({place: title.position, actual: title.text, expected, reason: `Unexpected \`${title.text}\` ${reason}`})
  }

  return findings
}

function hasTitleWord(office: string): boolean {
  return (office.match(/\p{L}+/gu) ?? []).some((word) => titleWords.has(word.toLowerCase()))
}
