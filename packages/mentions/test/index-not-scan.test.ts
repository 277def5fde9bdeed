import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {findMentions} from '../src/index.js'
import {distanceMetrics} from '../src/lib/distance.js'

/** `count` made-up surnames with one first letter, far apart from each other and from `Kowalskiy`. */
function surnames(count: number): string[] {
  return Array.from({length: count}, (_, index) => 'Kab' + index.toString(26).replace(/\d/g, (digit) => 'qrstuvwxyz'[Number(digit)]!) + 'ozzle')
}

function edits(value: string): {computations: number; people: number} {
  const file = new VFile(value)
  const tree = unified().use(retextEnglish).parse(file)
  const before = distanceMetrics.computations
  const mentions = findMentions(tree, file)
  return {computations: distanceMetrics.computations - before, people: mentions.filter((mention) => mention.kind === 'person').length}
}

describe('surnames are compared with earlier names once, not once per occurrence', () => {
  const names = surnames(150)
  const introductions = names.map((surname) => `Anna ${surname} spoke.`).join(' ')

  it('reads every name and every occurrence of the surname', () => {
    const {people} = edits(introductions + '\n\n' + 'No, Kowalskiy said. '.repeat(10))
    expect(people).toBe(160)
  })

  it('compares a recurring surname with each earlier name once', () => {
    const once = edits(introductions + '\n\n' + 'No, Kowalskiy said.').computations
    const often = edits(introductions + '\n\n' + 'No, Kowalskiy said. '.repeat(300)).computations
    // A scan would compare each of the 300 occurrences with the 150 names.
    expect(once).toBeGreaterThan(0)
    expect(often).toBe(once)
  })
})
