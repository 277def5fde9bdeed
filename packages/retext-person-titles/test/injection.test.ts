import {loadKnowledge, type Person, type Role} from '@copydesk/knowledge'
import {describe, expect, it} from 'vitest'
import {lint} from './support.js'

const knowledge = loadKnowledge()
const day = 86_400_000
const fullDate = /^\d{4}-\d{2}-\d{2}$/
const rank = /^(?:First Deputy|Principal Deputy|Deputy|Under|Vice|Assistant|Acting) /

interface Case {
  person: Person
  date: string
  right: string
  wrong: string[]
}

/**
 * From the bundled knowledge: for each person whose first role has exact
 * dates, a day inside that role, and titles that were not theirs that day:
 * another rank of the same office (“Deputy” added or taken away) and an
 * earlier office they had left by then.
 */
function cases(): Case[] {
  const result: Case[] = []
  for (const person of knowledge.people) {
    const role = person.roles[0]
    if (!role || !fullDate.test(role.start) || (role.end && !fullDate.test(role.end))) continue
    const date = inside(role)
    const held = knowledge.rolesAt(person, date)
    const match = rank.exec(role.title)
    const candidates = [match ? role.title.slice(match[0].length) : 'Deputy ' + role.title]
    const past = person.roles.find((other) => other.end && other.end < date && other.title !== role.title)
    if (past) candidates.push(past.title)
    // Titles that also name an office held that day are right, not wrong.
    const wrong = candidates.filter((title) => !knowledge.rolesMatching(person, title).some((found) => held.includes(found)))
    result.push({person, date, right: role.title, wrong})
  }

  return result
}

function inside(role: Role): string {
  const start = Date.parse(role.start)
  const end = role.end ? Date.parse(role.end) : start + 365 * day
  return new Date(start + Math.min(60, Math.floor((end - start) / day / 2)) * day).toISOString().slice(0, 10)
}

async function findingsFor(title: string, person: Person, date: string) {
  const file = await lint(`${title} ${person.name} said on Tuesday.`, {knowledge, date})
  // Advice on capitals is not a finding about the title's truth.
  return file.messages.filter((message) => message.fatal !== undefined)
}

describe('titles swapped into correct sentences', async () => {
  const all = cases()

  it('covers enough people', () => {
    expect(all.length).toBeGreaterThanOrEqual(50)
    expect(all.filter((item) => item.wrong.length > 0).length).toBeGreaterThanOrEqual(50)
  })

  it('finds nothing in the correct sentences', async () => {
    const flagged: string[] = []
    for (const {person, date, right} of all) {
      const found = await findingsFor(right, person, date)
      if (found.length > 0) flagged.push(`${right} ${person.name} (${date}): ${String(found[0])}`)
    }

    expect(flagged).toEqual([])
  })

  it('catches at least 90% of another rank or a past title', async () => {
    let caught = 0
    let total = 0
    for (const {person, date, wrong} of all) {
      for (const title of wrong) {
        total++
        const found = await findingsFor(title, person, date)
        if (found.some((message) => message.actual?.endsWith(title) || title.endsWith(message.actual ?? '\u0000'))) caught++
      }
    }

    expect(total).toBeGreaterThanOrEqual(100)
    expect(caught / total).toBeGreaterThanOrEqual(0.9)
  })
})
