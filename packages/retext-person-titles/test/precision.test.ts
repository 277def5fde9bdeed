import {describe, expect, it} from 'vitest'
import {lint} from './support.js'

// Sentences from the well-edited corpus (tests/fixtures/well-edited), with the
// bundled knowledge and the article's date: the right titles stay clean, and
// the other office at the head of a government or state is caught.

const madrid =
  'MADRID, June 28, 2022 (copydesk) — President Joe Biden, who arrived in Madrid on Tuesday, spoke with Erdogan by telephone before the meeting.'
const brussels =
  'BRUSSELS, July 11, 2018 (copydesk) — Prime Minister Theresa May of Britain, President Emmanuel Macron of France and Prime Minister Justin Trudeau of Canada were among the leaders at the dinner on Wednesday evening.'

async function errors(value: string): Promise<string[]> {
  const file = await lint(value)
  return file.messages.filter((message) => message.fatal !== undefined).map(String)
}

describe('person-title: President and Prime Minister', () => {
  it('leaves the right heads of government and state alone', async () => {
    expect(await errors(madrid)).toEqual([])
    expect(await errors(brussels)).toEqual([])
  })

  it('flags a president called prime minister, with the office held that day', async () => {
    expect(await errors(madrid.replace('President Joe Biden', 'Prime Minister Joe Biden'))).toEqual([
      '1:36-1:50: Unexpected `Prime Minister` for Joe Biden, expected `President`: Biden held no office of that name on record, and this text is dated 2022-06-28 by its dateline `MADRID, June 28, 2022 (copydesk) —`, when Biden was President (2021-01-20 to 2025-01-20)'
    ])
  })

  it('flags a prime minister called president', async () => {
    const file = await lint(brussels.replace('Prime Minister Justin Trudeau', 'President Justin Trudeau'))
    const wrong = file.messages.filter((message) => message.fatal !== undefined)
    expect(wrong.map((message) => message.actual)).toEqual(['President'])
    expect(wrong[0]?.expected).toEqual(['Prime Minister'])
  })
})

describe('person-title: prepositions are not ranks', () => {
  it('reads “under Governor Andrew Bailey” as Governor', async () => {
    expect(
      await errors(
        'FRANKFURT, Germany, July 21, 2022 (copydesk) — The Bank of England, under Governor Andrew Bailey, has raised rates five times since December.'
      )
    ).toEqual([])
  })
})

describe('person-title: “under” a past office', () => {
  it('leaves “held the post under President Dilma Rousseff” in a story from 2023', async () => {
    expect(
      await errors(
        'BRASÍLIA, Brazil, Jan. 1, 2023 (copydesk) — His cabinet includes Mauro Vieira, a career diplomat who held the post under President Dilma Rousseff, as foreign minister.'
      )
    ).toEqual([])
  })
})
