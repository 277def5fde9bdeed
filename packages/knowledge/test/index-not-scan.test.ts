import {describe, expect, test} from 'vitest'
import {createKnowledge, getBundledSheets, type Organisation, type Person, type StyleSheet} from '../src/index.js'
import {distanceMetrics} from '../src/lib/distance.js'

/** `count` made-up people and organisations, far in spelling and sound from every real one. */
function filler(count: number): StyleSheet {
  const people: Person[] = []
  const organisations: Organisation[] = []
  for (let index = 0; index < count; index++) {
    const code = index.toString(26).replace(/[0-9]/g, (digit) => 'qrstuvwxyz'[Number(digit)] ?? 'q')
    const surname = 'Zzyx' + code
    people.push({id: 'filler-' + index, name: 'Quon ' + surname, surname, roles: [], source: 'generated for a test'})
    organisations.push({id: 'filler-org-' + index, name: 'Zzyx ' + code + ' Qvarn Holding', source: 'generated for a test'})
  }

  return {people, organisations}
}

/** Distance computations one lookup makes. */
function cost(run: () => unknown): number {
  const before = distanceMetrics.computations
  run()
  return distanceMetrics.computations - before
}

describe('lookups are indexed, not scans', () => {
  const small = createKnowledge(getBundledSheets())
  const large = createKnowledge([...getBundledSheets(), filler(5000)])

  test('the large knowledge really is larger', () => {
    expect(large.people.length - small.people.length).toBe(5000)
  })

  test('similarPeople verifies the same few candidates whatever the list size', () => {
    for (const query of ['Anthony Blanken', 'Joseph Borrell', 'Stoltenburg']) {
      const smallCost = cost(() => small.similarPeople(query))
      const largeCost = cost(() => large.similarPeople(query))
      expect(largeCost).toBe(smallCost)
      expect(smallCost).toBeLessThan(30)
    }
  })

  test('similarOrganisations compares only names that share a word', () => {
    const query = 'European Organization for Security and Cooperation'
    expect(cost(() => large.similarOrganisations(query))).toBe(cost(() => small.similarOrganisations(query)))
    expect(large.similarOrganisations(query)[0]?.entry.id).toBe('osce')
  })

  test('a filler name is still found, so the filler is indexed', () => {
    expect(large.similarPeople('Quon Zzyxq')[0]?.entry.id).toBe('filler-0')
  })
})
