import fc from 'fast-check'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {findMentions} from '../src/index.js'
import {knowledge} from './sheet.js'
import {mentionsIn, people, seen} from './support.js'

describe('findMentions: people', () => {
  it('reads a title before a name, with “former”, “ex-” and “then-”', () => {
    expect(
      seen('Former Secretary of State Antony Blinken spoke to ex-president Joe Biden and then-Secretary Wendy Sherman.', knowledge)
    ).toEqual([
      {kind: 'person', name: 'Antony Blinken', title: 'Secretary of State', form: 'before', former: true, person: 'antony-blinken'},
      {kind: 'person', name: 'Joe Biden', title: 'president', form: 'before', former: true, person: 'joe-biden'},
      {kind: 'person', name: 'Wendy Sherman', title: 'Secretary', form: 'before', former: true, person: 'wendy-sherman'}
    ])
  })

  it('reads appositives with a possessive before the title', () => {
    expect(
      seen('Sergei Lavrov, Russia’s foreign minister, met Josep Borrell, the EU’s foreign policy chief, in Vienna.', knowledge)
    ).toEqual([
      {kind: 'person', name: 'Sergei Lavrov', title: 'foreign minister', form: 'appositive', possessor: 'Russia', person: 'sergei-lavrov'},
      {kind: 'person', name: 'Josep Borrell', title: 'foreign policy chief', form: 'appositive', possessor: 'EU', person: 'josep-borrell'},
      {kind: 'organisation', name: 'EU', organisation: 'european-union'}
    ])
  })

  it('reads a lower-case title set off by commas before a name', () => {
    expect(seen('The Russian foreign minister, Sergei Lavrov, said NATO must withdraw.', knowledge)).toEqual([
      {kind: 'person', name: 'Sergei Lavrov', title: 'Russian foreign minister', form: 'before', person: 'sergei-lavrov'},
      {kind: 'organisation', name: 'NATO', organisation: 'nato'}
    ])
  })

  it('does not take a title for a name that is not set off by commas', () => {
    expect(seen('After meeting the foreign minister, Joe Biden said no.', knowledge)).toEqual([
      {kind: 'person', name: 'Joe Biden', person: 'joe-biden'}
    ])
  })

  it('ties surnames back to full names, also when respelt, and leaves `’s` out', () => {
    expect(
      seen('“We will not back down,” said Sergei Lavrov. Lavrov’s deputy, Sergei Ryabkov, agreed; Riabkov left early.', knowledge)
    ).toEqual([
      {kind: 'person', name: 'Sergei Lavrov', person: 'sergei-lavrov'},
      {kind: 'person', name: 'Lavrov', person: 'sergei-lavrov', antecedent: 'Sergei Lavrov', surnameOnly: true},
      {kind: 'person', name: 'Sergei Ryabkov', title: 'deputy', form: 'before', person: 'sergei-ryabkov'},
      {kind: 'person', name: 'Riabkov', antecedent: 'Sergei Ryabkov', surnameOnly: true}
    ])
  })

  it('reads surnames after titles and honorifics, and names after them', () => {
    expect(seen('President Putin met Mr Stoltenberg and Dr. Jane Goodall in Geneva on Monday.', knowledge)).toEqual([
      {kind: 'person', name: 'Putin', title: 'President', form: 'before', surnameOnly: true},
      {kind: 'person', name: 'Stoltenberg', surnameOnly: true},
      {kind: 'person', name: 'Jane Goodall'}
    ])
  })

  it('reads particles, apostrophes, prefixes and initials as parts of names', () => {
    expect(people('Charles de Gaulle, Seán O’Brien, Bashar al-Assad and J. R. R. Tolkien are names.')).toEqual([
      'Charles de Gaulle',
      'Seán O’Brien',
      'Bashar al-Assad',
      'J. R. R. Tolkien'
    ])
    expect(seen('Ursula von der Leyen arrived. Von der Leyen said little; von der Leyen left.')).toEqual([
      {kind: 'person', name: 'Ursula von der Leyen'},
      {kind: 'person', name: 'Von der Leyen', antecedent: 'Ursula von der Leyen', surnameOnly: true},
      {kind: 'person', name: 'von der Leyen', antecedent: 'Ursula von der Leyen', surnameOnly: true}
    ])
  })

  it('reads names the knowledge does not know from cues', () => {
    expect(people('Kremlin spokesman Dmitry Peskov told reporters that Amara Okafor said no.')).toEqual([
      'Dmitry Peskov',
      'Amara Okafor'
    ])
    expect(seen('Okonkwo Adeyemi, the Nigerian finance minister, resigned.')).toEqual([
      {kind: 'person', name: 'Okonkwo Adeyemi', title: 'Nigerian finance minister', form: 'appositive'}
    ])
  })

  it('reads namesakes as separate names', () => {
    expect(people('Boris Johnson met Dustin Johnson; Kim Jong Un met Kim Yo Jong.')).toEqual([
      'Boris Johnson',
      'Dustin Johnson',
      'Kim Jong Un',
      'Kim Yo Jong'
    ])
  })

  it('drops a sentence-initial word before a name, and a thing after it', () => {
    expect(people('Yesterday Joe Biden said the Joe Biden Administration would act.', knowledge)).toEqual(['Joe Biden', 'Joe Biden'])
  })

  it('takes no place, body, day, month or headline for a person', () => {
    const texts = [
      'On Monday, officials in New Delhi said the Cold War was over.',
      'Nord Stream 2 will be suspended, the White House said.',
      'Talks in Geneva ended in June last year, the United States said.',
      'According to Reuters, Human Rights Watch said nothing.',
      'Officials said the Soviet Union had collapsed.',
      'US Russia Tensions over Ukraine',
      'ALSO READ: Dalit Man forced to clean manhole in Gujarat',
      'Blog Business Entertainment Environment Health Latest News World',
      'Central and Eastern Europe and North America joined.',
      'The Kremlin said Moscow would respond, Washington said.',
      'Residents said the Baltic Sea was calm on Friday.',
      'Analysts say the Federal Reserve will act in September.'
    ]
    for (const text of texts) expect(people(text, knowledge), text).toEqual([])
  })
})

describe('findMentions: titles and organisations', () => {
  it('reads titles standing alone, capitalised or with a country after “the”', () => {
    expect(seen('The White House said the US Secretary of State would meet the Russian president.', knowledge)).toEqual([
      {kind: 'organisation', name: 'White House', organisation: 'white-house'},
      {kind: 'title', title: 'US Secretary of State', form: 'alone'},
      {kind: 'title', title: 'Russian president', form: 'alone'}
    ])
    expect(seen('The two presidents and a spokesman met.', knowledge)).toEqual([])
  })

  it('reads organisations: exact, accepted forms, acronyms and garbled names', () => {
    expect(
      seen('The Organization for Security and Cooperation in Europe, NATO and the European Organization for Security and Cooperation met.', knowledge)
    ).toEqual([
      {kind: 'organisation', name: 'Organization for Security and Cooperation in Europe', organisation: 'osce'},
      {kind: 'organisation', name: 'NATO', organisation: 'nato'},
      {kind: 'organisation', name: 'European Organization for Security and Cooperation'}
    ])
  })

  it('reads bodies by their nouns without knowledge', () => {
    expect(seen('The North Atlantic Treaty Organization met the Organisation for Security and Co-operation in Europe in Vienna.')).toEqual([
      {kind: 'organisation', name: 'North Atlantic Treaty Organization'},
      {kind: 'organisation', name: 'Organisation for Security and Co-operation in Europe'}
    ])
  })
})

describe('findMentions: the file', () => {
  it('caches the mentions on `file.data` for the same tree and knowledge', () => {
    const file = new VFile({value: 'Joe Biden met Vladimir Putin.'})
    const tree = unified().use(retextEnglish).parse(file)
    const first = findMentions(tree, file, knowledge)
    expect(file.data.copydeskMentions).toBe(first)
    expect(findMentions(tree, file, knowledge)).toBe(first)
    const other = findMentions(tree, file)
    expect(other).not.toBe(first)
    expect(other.map((mention) => mention.person)).toEqual([undefined, undefined])
  })

  it('gives sentence indices in document order', () => {
    const {mentions} = mentionsIn('Joe Biden spoke.\n\nLater, Putin replied. Biden left.', knowledge)
    expect(mentions.map((mention) => [mention.name?.text, mention.sentence])).toEqual([
      ['Joe Biden', 0],
      ['Putin', 1],
      ['Biden', 2]
    ])
  })

  it('handles empty files and trees without positions', () => {
    expect(mentionsIn('', knowledge).mentions).toEqual([])
    const tree: Root = {
      type: 'RootNode',
      children: [
        {type: 'ParagraphNode', children: [{type: 'SentenceNode', children: [{type: 'WordNode', children: [{type: 'TextNode', value: 'Biden'}]}]}]}
      ]
    }
    expect(findMentions(tree, new VFile('Biden'), knowledge)).toEqual([])
  })

  it('never throws, and keeps spans inside the text and equal to it', () => {
    const words = ['Joe', 'Biden', 'Sergei', 'Ryabkov’s', 'the', 'US', 'Secretary', 'of', 'State', ',', 'said', 'NATO', 'de', 'J.', 'O’Brien', '\n', '. ', '“', 'ex-president', 'Monday', 'al-Assad', 'Organization', 'for', 'Security', '🙂', '\u200d', 'é']
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string()), {maxLength: 40}), (parts) => {
        const value = parts.join(' ')
        const {mentions} = mentionsIn(value, knowledge)
        for (const mention of mentions) {
          for (const span of [mention.name, mention.title, mention.title?.possessor]) {
            if (!span) continue
            const start = span.position.start.offset!
            const end = span.position.end.offset!
            expect(start).toBeGreaterThanOrEqual(0)
            expect(end).toBeLessThanOrEqual(value.length)
            expect(value.slice(start, end)).toBe(span.text)
          }

          if (mention.antecedent !== undefined) expect(mentions[mention.antecedent]?.kind).toBe('person')
        }
      }),
      {numRuns: 300}
    )
  })
})
