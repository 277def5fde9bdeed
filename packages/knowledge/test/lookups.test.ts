import {describe, expect, test} from 'vitest'
import fc from 'fast-check'
import {loadKnowledge, normaliseName, normaliseTitle} from '../src/index.js'

const knowledge = loadKnowledge()
const names = (list: ReadonlyArray<{person: {name: string}}>) => list.map((holding) => holding.person.name)

describe('normalisation', () => {
  test('names: marks, case, dashes, apostrophes, spaces, dots of initials', () => {
    expect(normaliseName('  António   GUTERRES ')).toBe('antonio guterres')
    expect(normaliseName('Jean‐Claude Juncker')).toBe('jean-claude juncker')
    expect(normaliseName('Feridun Sinirlioğlu')).toBe('feridun sinirlioglu')
    expect(normaliseName('Dominic O’Brien')).toBe("dominic o'brien")
    expect(normaliseName('Henrietta H. Fore')).toBe('henrietta h fore')
    expect(normaliseName('Søren Łukasz Æble')).toBe('soren lukasz aeble')
    expect(normaliseName('Wendy\u200B Sherman')).toBe('wendy sherman')
  })

  test('titles: hyphens read as spaces, dots of abbreviations joined', () => {
    expect(normaliseTitle('Secretary-General')).toBe('secretary general')
    expect(normaliseTitle('U.S. Deputy Secretary of State')).toBe('us deputy secretary of state')
  })
})

describe('people by name', () => {
  test('exact match through the normal form, variants and transliterations', () => {
    expect(knowledge.personByName('Josep Borrell')?.id).toBe('josep-borrell')
    expect(knowledge.personByName('JOSEP BORRELL FONTELLES')?.id).toBe('josep-borrell')
    expect(knowledge.personByName('Antonio Guterres')?.id).toBe('antonio-guterres')
    expect(knowledge.personByName('Feridun Sinirlioglu')?.id).toBe('feridun-sinirlioglu')
  })

  test('a misspelling is not a name, but a recorded one is known as such', () => {
    expect(knowledge.personByName('Joseph Borrell')).toBeUndefined()
    expect(knowledge.personByMisspelling?.('Joseph Borrell')?.id).toBe('josep-borrell')
    expect(knowledge.personByMisspelling?.('Josep Borrell')).toBeUndefined()
  })

  test('surnames, with particles and compound surnames', () => {
    expect(knowledge.peopleBySurname('Stoltenberg').map((p) => p.id)).toEqual(['jens-stoltenberg'])
    expect(knowledge.peopleBySurname('von der Leyen').map((p) => p.id)).toEqual(['ursula-von-der-leyen'])
    expect(knowledge.peopleBySurname('VILLEROY DE GALHAU').map((p) => p.id)).toEqual(['francois-villeroy-de-galhau'])
    expect(knowledge.peopleBySurname('Nobody')).toEqual([])
  })

  test('name parts for mention detection', () => {
    expect(knowledge.isKnownNamePart('Borrell')).toBe(true)
    expect(knowledge.isKnownNamePart('Kristalina')).toBe(true)
    expect(knowledge.isKnownNamePart('Tuesday')).toBe(false)
  })
})

describe('similar people', () => {
  test('"Anthony Blanken" is Antony Blinken first', () => {
    const [first] = knowledge.similarPeople('Anthony Blanken')
    expect(first).toMatchObject({form: 'Antony Blinken', distance: 2, phonetic: true})
    expect(first?.entry.id).toBe('antony-blinken')
  })

  test('"Joseph Borrell" is Josep Borrell first, flagged as a recorded misspelling', () => {
    const [first] = knowledge.similarPeople('Joseph Borrell')
    expect(first).toMatchObject({form: 'Josep Borrell', distance: 1, phonetic: true, misspelling: true})
  })

  test('one typing slip in a surname only, and a swap of two letters', () => {
    expect(knowledge.similarPeople('Stoltenburg')[0]).toMatchObject({form: 'Stoltenberg', distance: 1})
    expect(knowledge.similarPeople('Kristalina Georgiveа'.replace('а', 'a'))[0]).toMatchObject({form: 'Kristalina Georgieva', distance: 1})
  })

  test('multi-word surnames and a dropped hyphen', () => {
    expect(knowledge.similarPeople('Ursula von der Layen')[0]?.entry.id).toBe('ursula-von-der-leyen')
    expect(knowledge.similarPeople('Ngozi Okonjo Iweala')[0]).toMatchObject({form: 'Ngozi Okonjo-Iweala', distance: 1})
  })

  test('the phonetic key agrees for a sound-alike surname', () => {
    const [first] = knowledge.similarPeople('Jens Stoltenbergh')
    expect(first).toMatchObject({form: 'Jens Stoltenberg', distance: 1, phonetic: true})
  })

  test('a correct name is its own best match at distance 0', () => {
    expect(knowledge.similarPeople('Mark Rutte')[0]).toMatchObject({form: 'Mark Rutte', distance: 0})
  })

  test('maxDistance narrows the search', () => {
    expect(knowledge.similarPeople('Anthony Blanken', {maxDistance: 1})).toEqual([])
  })

  test('unrelated words find no one', () => {
    expect(knowledge.similarPeople('Quarterly earnings report')).toEqual([])
    expect(knowledge.similarPeople('')).toEqual([])
  })
})

describe('similar names asked again', () => {
  test('give the same matches, in an array of their own, whatever the caller did with the last one', () => {
    const fresh = loadKnowledge()
    const first = fresh.similarPeople('Anthony Blanken')
    expect(first[0]?.entry.id).toBe('antony-blinken')
    const copy = structuredClone(first)
    first.reverse()
    first.length = 0
    const again = fresh.similarPeople('Anthony Blanken')
    expect(again).not.toBe(first)
    expect(again.map(({entry, form, distance, phonetic}) => ({id: entry.id, form, distance, phonetic}))).toEqual(
      copy.map(({entry, form, distance, phonetic}) => ({id: entry.id, form, distance, phonetic}))
    )
    // The matches are shared between callers: changing one throws rather than changing the next answer.
    expect(() => {
      again[0]!.distance = 0
    }).toThrow(TypeError)
  })

  test('remember the distance asked for with the name', () => {
    const fresh = loadKnowledge()
    expect(fresh.similarPeople('Anthony Blanken')[0]?.entry.id).toBe('antony-blinken')
    expect(fresh.similarPeople('Anthony Blanken', {maxDistance: 1})).toEqual([])
    expect(fresh.similarPeople('Anthony Blanken', {maxDistance: 2})[0]?.entry.id).toBe('antony-blinken')
  })

  test('organisations too', () => {
    const fresh = loadKnowledge()
    const name = 'European Organization for Security and Cooperation'
    const first = fresh.similarOrganisations(name)
    expect(first[0]?.entry.id).toBe('osce')
    first.splice(0)
    expect(fresh.similarOrganisations(name)[0]?.entry.id).toBe('osce')
  })
})

describe('organisations', () => {
  test('names, variants and acronyms', () => {
    expect(knowledge.organisationByName('The World Health Organisation')?.id).toBe('who')
    expect(knowledge.organisationByName('WHO')?.id).toBe('who')
    expect(knowledge.organisationByName('U.N.')?.id).toBe('united-nations')
    expect(knowledge.organisationByName('Nato')?.id).toBe('nato')
    expect(knowledge.organisationByName('Organization for Security and Cooperation in Europe')?.id).toBe('osce')
  })

  test('short acronyms are matched in their own case only', () => {
    expect(knowledge.organisationByName('who')).toBeUndefined()
    expect(knowledge.organisationByName('Who')).toBeUndefined()
  })

  test('a reordered name is the OSCE, as a recorded misspelling', () => {
    const [first] = knowledge.similarOrganisations('European Organization for Security and Cooperation')
    expect(first?.entry.id).toBe('osce')
    expect(first?.misspelling).toBe(true)
    expect(knowledge.organisationByMisspelling?.('European Organization for Security and Cooperation')?.id).toBe('osce')
  })

  test('a reordered name that is not recorded is found by its words', () => {
    const [first] = knowledge.similarOrganisations('Fund, International Monetary')
    expect(first).toMatchObject({form: 'International Monetary Fund', distance: 1})
    const [second] = knowledge.similarOrganisations('European Organisation for Co-operation and Security')
    expect(second?.entry.id).toBe('osce')
  })

  test('a spelling slip inside one word', () => {
    expect(knowledge.similarOrganisations('Internatonal Atomic Energy Agency')[0]?.entry.id).toBe('iaea')
  })

  test('sharing one common word is not enough', () => {
    expect(knowledge.similarOrganisations('Bank of Narnia').map((match) => match.entry.id)).toEqual([])
    expect(knowledge.similarOrganisations('the')).toEqual([])
  })
})

describe('titles', () => {
  const sherman = knowledge.personByName('Wendy Sherman')!
  const blinken = knowledge.personByName('Antony Blinken')!
  const borrell = knowledge.personByName('Josep Borrell')!

  test('"Secretary of State" does not match "Deputy Secretary of State"', () => {
    expect(knowledge.rolesMatching(sherman, 'Secretary of State')).toEqual([])
    expect(knowledge.rolesMatching(blinken, 'Secretary of State').map((role) => role.title)).toEqual(['Secretary of State'])
  })

  test('"Under Secretary of State" matches "Under Secretary of State for Political Affairs"', () => {
    expect(knowledge.rolesMatching(sherman, 'Under Secretary of State').map((role) => role.title)).toEqual([
      'Under Secretary of State for Political Affairs'
    ])
  })

  test('case, hyphens, leading country adjectives and possessives', () => {
    expect(knowledge.rolesMatching(sherman, 'the US deputy secretary of state')).toHaveLength(1)
    expect(knowledge.rolesMatching(sherman, 'U.S. Deputy Secretary of State')).toHaveLength(1)
    expect(knowledge.rolesMatching(borrell, "the EU's foreign policy chief").map((role) => role.start)).toEqual(['2019-12-01'])
    expect(knowledge.rolesMatching(borrell, 'Spanish Foreign Minister').map((role) => role.start)).toEqual(['2018-06-07'])
  })

  test('an office written with "of" and its country or body after it', () => {
    const biden = knowledge.personByName('Joe Biden')!
    const putin = knowledge.personByName('Vladimir Putin')!
    const stoltenberg = knowledge.personByName('Jens Stoltenberg')!
    expect(knowledge.rolesMatching(biden, 'president of the United States').map((role) => role.title)).toEqual(['President'])
    expect(knowledge.rolesMatching(biden, 'US president').map((role) => role.title)).toEqual(['President'])
    expect(knowledge.rolesMatching(biden, 'President').map((role) => role.title)).toEqual(['President'])
    expect(knowledge.rolesMatching(biden, 'president of Russia')).toEqual([])
    expect(knowledge.rolesMatching(putin, 'president of Russia').map((role) => role.start)).toEqual(['2012-05-07', '2000-05-07'])
    expect(knowledge.rolesMatching(stoltenberg, 'Secretary General of NATO').map((role) => role.start)).toEqual(['2014-10-01'])
    const presidents = names(knowledge.holdersOf('President of the United States', '2022-01-10'))
    expect(presidents).toContain('Joe Biden')
    expect(presidents).not.toContain('Vladimir Putin')
    expect(knowledge.isKnownTitle('president of the United States')).toBe(true)
    expect(knowledge.titleCores?.('the US Deputy Secretary of State')).toEqual(['deputy secretary of state'])
    expect(knowledge.titleCores?.("Russia's Deputy Foreign Minister")).toEqual(['deputy foreign minister'])
    expect(knowledge.titleCores?.('president of the United States')).toEqual(['president of the united states', 'president'])
    expect(knowledge.titleCores?.('the US')).toEqual(['us'])
    expect(knowledge.rolesMatching(sherman, 'Secretary of State')).toEqual([])
  })

  test('a qualifier that does not fit the office', () => {
    expect(knowledge.rolesMatching(sherman, 'Russian Deputy Secretary of State')).toEqual([])
    expect(knowledge.rolesMatching(borrell, 'NATO foreign policy chief')).toEqual([])
  })

  test('holders of an office on a date', () => {
    expect(names(knowledge.holdersOf('NATO Secretary-General', '2022-01-10'))).toEqual(['Jens Stoltenberg'])
    expect(names(knowledge.holdersOf('NATO Secretary General', '2025-03-01'))).toEqual(['Mark Rutte'])
    expect(names(knowledge.holdersOf('US Deputy Secretary of State', '2022-01-10'))).toEqual(['Wendy Sherman'])
    expect(names(knowledge.holdersOf('US Secretary of State', '2022-01-10'))).toEqual(['Antony Blinken'])
    expect(names(knowledge.holdersOf("the EU's top diplomat", '2022-01-10'))).toEqual(['Josep Borrell'])
    expect(names(knowledge.holdersOf('UN Secretary-General', '2016-06-01'))).toEqual(['Ban Ki-moon'])
    expect(names(knowledge.holdersOf('Fed chair', '2020-01-01'))).toEqual(['Jerome Powell'])
  })

  test('holders whose own title is the one asked come before those of longer titles', () => {
    const holders = knowledge.holdersOf('Secretary of State', '2022-01-10')
    expect(holders[0]?.person.name).toBe('Antony Blinken')
    expect(holders.every(({person}) => person.name !== 'Wendy Sherman')).toBe(true)
  })

  test('on the day of a handover both holders count', () => {
    expect(names(knowledge.holdersOf('Secretary General of NATO', '2024-10-01'))).toEqual(['Jens Stoltenberg', 'Mark Rutte'])
  })

  test('known titles for mention detection', () => {
    expect(knowledge.isKnownTitle('NATO Secretary-General')).toBe(true)
    expect(knowledge.isKnownTitle('IMF chief')).toBe(true)
    expect(knowledge.isKnownTitle('Under Secretary of State')).toBe(true)
    expect(knowledge.isKnownTitle('Chief Pastry Officer')).toBe(false)
    expect(knowledge.isKnownTitle('US')).toBe(false)
  })
})

describe('roles at a date', () => {
  const stoltenberg = knowledge.personByName('Jens Stoltenberg')!
  const cousin = knowledge.personByName('Ertharin Cousin')!

  test('exact dates, open ends and partial dates', () => {
    expect(knowledge.rolesAt(stoltenberg, '2022-01-10').map((role) => role.title)).toEqual(['Secretary General of NATO'])
    expect(knowledge.rolesAt(stoltenberg, '2026-01-01').map((role) => role.title)).toEqual(['Minister of Finance'])
    expect(knowledge.rolesAt(stoltenberg, '2014').map((role) => role.title)).toEqual(['Secretary General of NATO'])
    expect(knowledge.rolesAt(stoltenberg, '2013-10').map((role) => role.start)).toEqual(['2005-10-17'])
    expect(knowledge.rolesAt(stoltenberg, '2002-06-01')).toEqual([])
  })

  test('an end known only to the month covers the whole month', () => {
    expect(knowledge.rolesAt(cousin, '2017-04-30')).toHaveLength(1)
    expect(knowledge.rolesAt(cousin, '2017-05-01')).toHaveLength(0)
  })
})

describe('any input', () => {
  test('lookups never throw on free text', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 60}), (text) => {
        knowledge.personByName(text)
        knowledge.similarPeople(text)
        knowledge.organisationByName(text)
        knowledge.similarOrganisations(text)
        knowledge.isKnownTitle(text)
        knowledge.holdersOf(text, '2022-01-10')
        knowledge.isKnownNamePart(text)
      }),
      {numRuns: 200}
    )
  })
})
