import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {createKnowledge, importWikidata, loadKnowledge, type SparqlResults} from '../src/index.js'

const fixture = JSON.parse(
  readFileSync(new URL('fixtures/wikidata-position-holders.json', import.meta.url), 'utf8')
) as SparqlResults

describe('importWikidata', () => {
  const skipped: string[] = []
  const sheet = importWikidata(fixture, {onSkip: (row, reason) => skipped.push(String(row['personLabel']?.value) + ': ' + reason)})

  test('one person per Wikidata item, one role per term (duplicate rows folded)', () => {
    expect(sheet.people?.map((person) => person.id)).toEqual([
      'jens-stoltenberg',
      'mark-rutte',
      'ban-ki-moon',
      'antonio-guterres',
      'lamberto-zannier'
    ])
    expect(sheet.people?.[0]).toEqual({
      id: 'jens-stoltenberg',
      name: 'Jens Stoltenberg',
      given: 'Jens',
      surname: 'Stoltenberg',
      roles: [
        {
          title: 'Secretary General of NATO',
          organisation: 'nato',
          start: '2014-10-01',
          end: '2024-10-01',
          source: 'https://www.wikidata.org/wiki/Q57286#P39'
        }
      ],
      source: 'https://www.wikidata.org/wiki/Q57286',
      wikidata: 'Q57286'
    })
  })

  test('the family name decides the surname where the label alone would mislead', () => {
    expect(sheet.people?.find((person) => person.id === 'ban-ki-moon')?.surname).toBe('Ban')
  })

  test('open terms and dates known only to the month', () => {
    expect(sheet.people?.find((person) => person.id === 'mark-rutte')?.roles[0]?.end).toBeNull()
    expect(sheet.people?.find((person) => person.id === 'lamberto-zannier')?.roles[0]?.start).toBe('2011-07')
  })

  test('organisations with acronyms, one per item', () => {
    expect(sheet.organisations?.map((organisation) => [organisation.id, organisation.acronym])).toEqual([
      ['nato', 'NATO'],
      ['united-nations', 'UN'],
      ['organization-for-security-and-co-operation-in-europe', 'OSCE']
    ])
  })

  test('rows without a start date or a label are left out and reported', () => {
    expect(skipped).toEqual(['António Guterres: no start date'])
  })

  test('the result loads on its own and over the bundled data', () => {
    expect(createKnowledge([sheet]).holdersOf('Secretary General of NATO', '2020-01-01').map((h) => h.person.id)).toEqual(['jens-stoltenberg'])
    expect(loadKnowledge({sheets: [sheet]}).person('lamberto-zannier')?.wikidata).toBe('Q352009')
  })

  test('labels that fall back to the bare item id are not names', () => {
    const bare: SparqlResults = {
      head: {vars: ['person', 'personLabel']},
      results: {
        bindings: [
          {
            person: {type: 'uri', value: 'http://www.wikidata.org/entity/Q42'},
            personLabel: {type: 'literal', value: 'Q42'}
          }
        ]
      }
    }
    expect(importWikidata(bare)).toEqual({people: [], organisations: []})
  })
})
