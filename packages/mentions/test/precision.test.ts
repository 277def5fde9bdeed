import {loadKnowledge} from '@copydesk/knowledge'
import {describe, expect, it} from 'vitest'
import {seen} from './support.js'

// Sentences from the well-edited corpus (tests/fixtures/well-edited), with the
// bundled knowledge: what the rules built on mentions misread there.
const knowledge = loadKnowledge()

describe('findMentions on well-edited copy', () => {
  it('ends an organisation name at a day or month', () => {
    expect(
      seen(
        "Li Keqiang and Wang Yang, the head of the party's top political advisory body, were left off the new Central Committee on Saturday.",
        knowledge
      ).filter((mention) => mention.kind === 'organisation')
    ).toEqual([{kind: 'organisation', name: 'Central Committee'}])
  })

  it('reads a lower-case “under” before a title as the preposition', () => {
    expect(
      seen('The Bank of England, under Governor Andrew Bailey, has raised rates five times since December.', knowledge).filter(
        (mention) => mention.kind === 'person'
      )
    ).toEqual([{kind: 'person', name: 'Andrew Bailey', title: 'Governor', form: 'before', former: true, person: 'andrew-bailey'}])
    // The tenure a title “under” names may be long past: it is read as “former” is.
    expect(
      seen('Mauro Vieira, a career diplomat who held the post under President Dilma Rousseff, is foreign minister.', knowledge).filter(
        (mention) => mention.name?.startsWith('Dilma')
      )
    ).toEqual([{kind: 'person', name: 'Dilma Rousseff', title: 'President', form: 'before', former: true, person: 'dilma-rousseff'}])
    expect(seen('Under Secretary of State Wendy Sherman arrived.', knowledge)).toEqual([
      {kind: 'person', name: 'Wendy Sherman', title: 'Under Secretary of State', form: 'before', person: 'wendy-sherman'}
    ])
  })

  it('reads “May” as a surname after a slip of a known given name, and as a month otherwise', () => {
    expect(seen("Therea May became Britain's prime minister on Wednesday.", knowledge)).toEqual([{kind: 'person', name: 'Therea May'}])
    expect(seen('Talks resumed in May after a pause.', knowledge)).toEqual([])
  })
})
