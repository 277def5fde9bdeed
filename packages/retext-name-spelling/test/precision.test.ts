import {describe, expect, it} from 'vitest'
import {findings, lint} from './support.js'

// Sentences from the well-edited corpus (tests/fixtures/well-edited), linted
// with the bundled knowledge: each case is a false positive or a missed slip
// that the corpus and its injection test found.

describe('name-spelling: precision on well-edited copy', () => {
  it('reads “the Trumps” as the family, not a respelling of Trump', async () => {
    expect(
      await findings(
        'Donald Trump was sworn in as the 45th president of the United States on Friday. ' +
          'Former President Barack Obama and his wife, Michelle, who had welcomed the Trumps to the White House in the morning, left after the ceremony.'
      )
    ).toEqual([])
  })

  it('leaves a namesake with another given name alone, even beside the famous one', async () => {
    expect(await findings('Prime Minister Boris Johnson thanked Doris Johnson, a nurse from Leeds. Johnson said she had saved his life.')).toEqual([])
    expect(await findings('President Joe Biden and Jill Biden watched the parade. Biden waved.')).toEqual([])
  })

  it('leaves the treaty an organisation is named after, and a body followed by its day', async () => {
    expect(
      await findings(
        'The United States is the depositary of the North Atlantic Treaty, signed in Washington on April 4, 1949, so the ceremony was held there.'
      )
    ).toEqual([])
    expect(
      await findings(
        "Li Keqiang and Wang Yang, the head of the party's top political advisory body, were left off the new Central Committee on Saturday."
      )
    ).toEqual([])
    expect(await findings('The European Organization for Security and Cooperation met in Vienna.')).toEqual([
      "1:5-1:55: Unexpected `European Organization for Security and Cooperation`, expected `Organization for Security and Co-operation in Europe` (a known wrong form of the OSCE's name)"
    ])
  })

  it('keeps the correct names of the corpus clean', async () => {
    expect(
      await findings(
        "LONDON, July 13, 2016 (copydesk) — Theresa May became Britain's prime minister on Wednesday. May, who had served as home secretary for six years, is the second woman to lead a British government."
      )
    ).toEqual([])
    expect(await findings('Biden has nominated Kathleen Hicks, a former senior Pentagon policy official. Hicks said she was honoured.')).toEqual([])
  })
})

describe('name-spelling: slips in a name the story also spells right', () => {
  it('flags a letter dropped from the given name when the surname recurs', async () => {
    const file = await lint('Biden has nominated Kathlee Hicks, a former senior Pentagon policy official. Hicks said she was honoured.')
    expect(file.messages.map(String)).toEqual([
      '1:21-1:34: Unexpected `Kathlee Hicks`, expected `Kathleen Hicks` (US Deputy Secretary of Defense 2021-02-09 to 2025-01-20)'
    ])
    expect(file.messages[0]?.actual).toBe('Kathlee Hicks')
    expect(file.messages[0]?.expected).toEqual(['Kathleen Hicks'])
  })

  it('reads “May” as a surname after a slip of Theresa', async () => {
    expect(
      await findings(
        "LONDON, July 13, 2016 (copydesk) — Therea May became Britain's prime minister on Wednesday. May, who had served as home secretary for six years, is the second woman to lead a British government."
      )
    ).toEqual(['1:36-1:46: Unexpected `Therea May`, expected `Theresa May` (UK Prime Minister 2016-07-13 to 2019-07-24)'])
  })

  it('takes one vowel for another at the start of a given name as a slip', async () => {
    expect(await findings('Ingela Merkel, the German chancellor, welcomed the result. Merkel said Europe had to stand together.')).toEqual([
      '1:1-1:14: Unexpected `Ingela Merkel`, expected `Angela Merkel` (German Chancellor 2005-11-22 to 2021-12-08; titled “German chancellor” in the text)'
    ])
  })

  it('flags a letter dropped from the surname when the story spells it right elsewhere', async () => {
    expect(await findings('Vice President Mike Pence arrived first. Hours later, Mike Pece left the Capitol.')).toEqual([
      '1:55-1:64: Unexpected `Mike Pece`, expected `Mike Pence` (US Vice President 2017-01-20 to 2021-01-20)'
    ])
  })
})
