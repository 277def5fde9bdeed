import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import retextPersonTitles from '../src/index.js'
import {knowledge} from './sheet.js'
import {findings, lint, lintWith} from './support.js'

const sherman2022 =
  "Sherman was Under Secretary of State for Political Affairs 2011-09-21 to 2015-10-02, but this text is dated 2022-01-10 by the `date` option, when Sherman was Deputy Secretary of State (2021-04-14 to 2023-07-28)"

describe('public API', () => {
  it('exposes the rule and the check across files', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['corpus', 'corpusDataFromJSON', 'corpusDataToJSON', 'default'])
  })

  it('names the plugin after its rule', () => {
    expect(retextPersonTitles.name).toBe('copydesk:person-title')
  })
})

describe('a title wrong for the time of the text', () => {
  it('gives the whole message', async () => {
    const file = await lint('Under Secretary of State Wendy Sherman met Sergei Ryabkov.', {knowledge, date: '2022-01-10'})
    const [message] = file.messages
    expect(file.messages).toHaveLength(1)
    expect(JSON.parse(JSON.stringify({...message, ancestors: []}))).toEqual({
      ancestors: [],
      column: 1,
      fatal: false,
      file: '',
      line: 1,
      message: 'Unexpected `Under Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: ' + sherman2022,
      name: '1:1-1:25',
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 25, offset: 24}},
      reason: 'Unexpected `Under Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: ' + sherman2022,
      ruleId: 'person-title',
      source: 'copydesk',
      actual: 'Under Secretary of State',
      expected: ['Deputy Secretary of State'],
      url: 'https://github.com/copydesk/copydesk/tree/main/packages/retext-person-titles#readme'
    })
    expect(message?.ancestors?.map((node) => node.type)).toEqual(['SentenceNode', 'WordNode'])
  })

  it('keeps the text’s qualifiers when they fit, and its lower case after a name', async () => {
    const file = await lint(
      'US Under Secretary of State Wendy Sherman spoke.\n\nWendy Sherman, the US under secretary of state, left.',
      {knowledge, date: '2022-01-10'}
    )
    expect(file.messages.map((message) => [message.actual, message.expected])).toEqual([
      ['US Under Secretary of State', ['US Deputy Secretary of State']],
      ['US under secretary of state', ['US deputy secretary of state']]
    ])
  })

  it('drops qualifiers that do not fit the right office', async () => {
    const file = await lint('NATO Secretary-General Jens Stoltenberg spoke.', {knowledge, date: '2010-05-03'})
    expect(file.messages.map(String)).toEqual([
      '1:1-1:23: Unexpected `NATO Secretary-General` for Jens Stoltenberg, expected `Prime Minister of Norway`: Stoltenberg was Secretary General of NATO 2014-10-01 to 2024-10-01, but this text is dated 2010-05-03 by the `date` option, when Stoltenberg was Prime Minister of Norway (2005-10-17 to 2013-10-16)'
    ])
  })

  it('gives no `expected` when the person held no office on record then', async () => {
    const file = await lint('NATO Secretary-General Jens Stoltenberg spoke.', {knowledge, date: '2026-01-10'})
    expect(file.messages.map(String)).toEqual([
      '1:1-1:23: Unexpected `NATO Secretary-General` for Jens Stoltenberg: Stoltenberg was Secretary General of NATO 2014-10-01 to 2024-10-01, but this text is dated 2026-01-10 by the `date` option, when Stoltenberg was in no office on record'
    ])
    expect(file.messages[0]?.expected).toBeUndefined()
  })

  it('catches another rank of the office held then, never held at all', async () => {
    expect(await findings('Deputy Foreign Minister Sergei Lavrov spoke on Tuesday.', {knowledge, date: '2022-01-10'})).toEqual([
      '1:1-1:24: Unexpected `Deputy Foreign Minister` for Sergei Lavrov, expected `Foreign Minister`: Lavrov held no office of that name on record, and this text is dated 2022-01-10 by the `date` option, when Lavrov was Foreign Minister (since 2004-03-09)'
    ])
    expect(await findings('Secretary of State Wendy Sherman spoke.', {knowledge, date: '2022-01-10'})).toEqual([
      '1:1-1:19: Unexpected `Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: Sherman held no office of that name on record, and this text is dated 2022-01-10 by the `date` option, when Sherman was Deputy Secretary of State (2021-04-14 to 2023-07-28)'
    ])
  })

  it('leaves a title it cannot place: the knowledge may not list every post', async () => {
    expect(await findings('Veteran negotiator Wendy Sherman spoke.', {knowledge, date: '2022-01-10'})).toEqual([])
    expect(await findings('Defence Minister Sergei Lavrov spoke.', {knowledge, date: '2022-01-10'})).toEqual([])
  })

  it('fixes the text to a clean one', async () => {
    const value = 'Under Secretary of State Wendy Sherman met Sergei Ryabkov.'
    const file = await lint(value, {knowledge, date: '2022-01-10'})
    const fixed = value.slice(0, 0) + file.messages[0]!.expected![0] + value.slice(24)
    expect(fixed).toBe('Deputy Secretary of State Wendy Sherman met Sergei Ryabkov.')
    expect(await findings(fixed, {knowledge, date: '2022-01-10'})).toEqual([])
  })
})

describe('where the date comes from', () => {
  const value = 'Under Secretary of State Wendy Sherman met Sergei Ryabkov.'

  it('the `date` option', async () => {
    expect(await findings(value, {knowledge, date: '2022-01-10'})).toEqual([
      '1:1-1:25: Unexpected `Under Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: ' + sherman2022
    ])
    expect(await findings(value, {knowledge, date: '2014-01-10'})).toEqual([])
  })

  it('front matter (`file.data.frontMatter`)', async () => {
    const file = await lint(value, {knowledge}, undefined, {frontMatter: {date: '2022-01-09'}})
    expect(file.messages.map(String)).toEqual([
      '1:1-1:25: Unexpected `Under Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: Sherman was Under Secretary of State for Political Affairs 2011-09-21 to 2015-10-02, but this text is dated 2022-01-09 by its front matter `date: 2022-01-09`, when Sherman was Deputy Secretary of State (2021-04-14 to 2023-07-28)'
    ])
  })

  it('the option wins over front matter', async () => {
    const file = await lint(value, {knowledge, date: '2014-01-10'}, undefined, {frontMatter: {date: '2022-01-09'}})
    expect(file.messages).toEqual([])
  })

  it('a dateline', async () => {
    expect(await findings('GENEVA, Jan. 10, 2022 (Reuters) - ' + value, {knowledge})).toEqual([
      '1:35-1:59: Unexpected `Under Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: Sherman was Under Secretary of State for Political Affairs 2011-09-21 to 2015-10-02, but this text is dated 2022-01-10 by its dateline `GENEVA, Jan. 10, 2022 (Reuters) -`, when Sherman was Deputy Secretary of State (2021-04-14 to 2023-07-28)'
    ])
  })

  it('the roles of the other people the text names', async () => {
    expect(await findings('Under Secretary of State Wendy Sherman met Secretary of State Antony Blinken.', {knowledge})).toEqual([
      '1:1-1:25: Unexpected `Under Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: Sherman was Under Secretary of State for Political Affairs 2011-09-21 to 2015-10-02, but this text dates from 2021-01-26 to 2025-01-20 by the roles it gives Antony Blinken, when Sherman was Deputy Secretary of State (2021-04-14 to 2023-07-28)'
    ])
  })

  it('a dateline without a year counts as dating by roles (its year came from them)', async () => {
    expect(await findings('GENEVA, Jan. 10 (Reuters) - Under Secretary of State Wendy Sherman met President Joe Biden.', {knowledge})).toEqual([
      '1:29-1:53: Unexpected `Under Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: Sherman was Under Secretary of State for Political Affairs 2011-09-21 to 2015-10-02, but this text dates from 2021-01-20 to 2025-01-20 by the roles it gives Joe Biden, when Sherman was Deputy Secretary of State (2021-04-14 to 2023-07-28)'
    ])
  })

  it('puts the roles the date rests on in `note`', async () => {
    const file = await lint('Under Secretary of State Wendy Sherman met Secretary of State Antony Blinken.', {knowledge})
    expect(file.messages[0]?.note).toBe('Dated by Antony Blinken as Secretary of State (2021-01-26 to 2025-01-20).')
  })

  it('two roles never held at once: the odd one out is the one the others disagree with', async () => {
    expect(await findings('Under Secretary of State Wendy Sherman met President Joe Biden and Secretary of State Hillary Clinton.', {knowledge})).toEqual([
      '1:44-1:53: Unexpected `President` for Joe Biden, expected `Vice President`: Biden was President 2021-01-20 to 2025-01-20, but this text dates from 2011-09-21 to 2013-02-01 by the roles it gives Wendy Sherman and Hillary Clinton, when Biden was Vice President (2009-01-20 to 2017-01-20)'
    ])
  })

  it('with one role against one, the stale title is the wrong one (copy cannot name an office before it is taken up)', async () => {
    expect(await findings('President Joe Biden met Under Secretary of State Wendy Sherman.', {knowledge})).toEqual([
      '1:25-1:49: Unexpected `Under Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: Sherman was Under Secretary of State for Political Affairs 2011-09-21 to 2015-10-02, but this text dates from 2021-01-20 to 2025-01-20 by the roles it gives Joe Biden, when Sherman was Deputy Secretary of State (2021-04-14 to 2023-07-28)'
    ])
  })

  it('conflicting evidence: says so instead of guessing', async () => {
    const file = await lint(
      'Secretary of State Hillary Clinton, Foreign Secretary Boris Johnson and President Joe Biden met.',
      {knowledge}
    )
    expect(file.messages.map(String)).toEqual([
      '1:73-1:82: Unexpected `President` for Joe Biden beside `Secretary of State` for Hillary Clinton (line 1): Hillary Clinton was Secretary of State 2009-01-21 to 2013-02-01 and Joe Biden was President 2021-01-20 to 2025-01-20, never at the same time, and the other roles this text states do not show which title is wrong'
    ])
    expect(file.messages[0]?.expected).toBeUndefined()
    expect(String(file.messages[0]?.cause)).toBe('1:1-1:19: Hillary Clinton is called `Secretary of State` here')
  })

  it('no date and nothing to infer it from: only titles that disagree with each other', async () => {
    expect(await findings('Under Secretary of State Wendy Sherman spoke.', {knowledge})).toEqual([])
    expect(await findings('Under Secretary of State Wendy Sherman spoke.\n\nLater, Deputy Secretary of State Wendy Sherman left.', {knowledge})).toEqual([
      '3:8-3:33: Unexpected `Deputy Secretary of State` for Wendy Sherman: line 1 calls Sherman `Under Secretary of State`, and Wendy Sherman was Under Secretary of State for Political Affairs 2011-09-21 to 2015-10-02 and Deputy Secretary of State 2021-04-14 to 2023-07-28, never both at once'
    ])
  })
})

describe('titles that cannot both be right in one text', () => {
  it('two ranks of one office, for someone the knowledge does not know', async () => {
    const file = await lint('Foreign Minister Anna Lindqvist met reporters. Deputy Foreign Minister Anna Lindqvist said nothing.', {knowledge})
    expect(file.messages.map(String)).toEqual([
      '1:48-1:71: Unexpected `Deputy Foreign Minister` for Anna Lindqvist: line 1 calls Lindqvist `Foreign Minister`, and they are two ranks of one office'
    ])
    expect(file.messages[0]?.expected).toBeUndefined()
    const cause = file.messages[0]?.cause as {place: unknown; ruleId: string; source: string}
    expect(cause.place).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 17, offset: 16}})
    expect([cause.ruleId, cause.source]).toEqual(['person-title', 'copydesk'])
  })

  it('President and Prime Minister', async () => {
    expect(await findings('President Joe Biden spoke. Later Prime Minister Joe Biden spoke.', {knowledge})).toEqual([
      '1:34-1:48: Unexpected `Prime Minister` for Joe Biden: line 1 calls Biden `President`, and one person does not hold both offices at once'
    ])
  })

  it('two offices the knowledge says were never held at once', async () => {
    expect(await findings('Prime Minister Boris Johnson spoke. Later Foreign Secretary Boris Johnson spoke.', {knowledge})).toEqual([
      '1:43-1:60: Unexpected `Foreign Secretary` for Boris Johnson: line 1 calls Johnson `Prime Minister`, and Boris Johnson was Prime Minister 2019-07-24 to 2022-09-06 and Foreign Secretary 2016-07-13 to 2018-07-09, never both at once'
    ])
  })

  it('a title alone is tied to its holder at the date, and the date finding names it', async () => {
    const file = await lint(
      'Under Secretary of State Wendy Sherman will lead.\n\nThe talks begin on Sunday when the US Deputy Secretary of State dines with Sergei Ryabkov.',
      {knowledge, date: '2022-01-09'}
    )
    expect(file.messages.map(String)).toEqual([
      '1:1-1:25: Unexpected `Under Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: Sherman was Under Secretary of State for Political Affairs 2011-09-21 to 2015-10-02, but this text is dated 2022-01-09 by the `date` option, when Sherman was Deputy Secretary of State (2021-04-14 to 2023-07-28); line 3 calls Sherman `US Deputy Secretary of State`',
      '3:36-3:64: Unexpected `US Deputy Secretary of State` standing alone, expected `US deputy secretary of state`: AP style writes a formal title in lower case unless it stands directly before a name'
    ])
    expect(String(file.messages[0]?.cause)).toBe('3:36-3:64: Wendy Sherman is called `US Deputy Secretary of State` here')
  })

  it('reports the title the date does not bear out, even when it comes first', async () => {
    expect(await findings('President Boris Johnson spoke.\n\nThe British prime minister left.', {knowledge, date: '2022-01-10'})).toEqual([
      '1:1-1:10: Unexpected `President` for Boris Johnson, expected `Prime Minister`: Johnson held no office of that name on record, and this text is dated 2022-01-10 by the `date` option, when Johnson was Prime Minister (2019-07-24 to 2022-09-06); line 3 calls Johnson `British prime minister`'
    ])
  })

  it('reports a title repeated word for word once', async () => {
    expect(
      await findings(
        'Foreign Minister Anna Lindqvist spoke. Deputy Foreign Minister Anna Lindqvist left. Deputy Foreign Minister Anna Lindqvist returned.',
        {knowledge}
      )
    ).toEqual([
      '1:40-1:63: Unexpected `Deputy Foreign Minister` for Anna Lindqvist: line 1 calls Lindqvist `Foreign Minister`, and they are two ranks of one office'
    ])
  })

  it('not a conflict: a past title, a shorter form, another name of the office, two people of one surname', async () => {
    expect(await findings('Former Foreign Secretary Boris Johnson spoke. Prime Minister Boris Johnson listened.', {knowledge})).toEqual([])
    expect(await findings('Then-Vice President Joe Biden met him in 2014. President Joe Biden met him again.', {knowledge})).toEqual([])
    expect(await findings('Secretary of State Antony Blinken spoke. Blinken, the top diplomat, left. Secretary Blinken returned.', {knowledge, date: '2022-01-10'})).toEqual([])
    expect(await findings('Prime Minister Boris Johnson met Deputy Prime Minister Dominic Johnson.', {knowledge})).toEqual([])
    expect(await findings('Foreign Minister Anna Lindqvist met Deputy Foreign Minister Erik Lindqvist.', {knowledge})).toEqual([])
  })
})

describe('house style (AP)', () => {
  it('capitalises a formal title directly before a name, as advice', async () => {
    const file = await lint('The president of the United States, Joe Biden, met deputy secretary of state Wendy Sherman.', {knowledge, date: '2022-01-10'})
    expect(file.messages.map(String)).toEqual([
      '1:52-1:77: Unexpected `deputy secretary of state` before Wendy Sherman, expected `Deputy Secretary of State`: AP style capitalises a formal title directly before a name'
    ])
    expect(file.messages[0]?.fatal).toBeUndefined()
    expect(file.messages[0]?.expected).toEqual(['Deputy Secretary of State'])
  })

  it('lowers a national title after a name, whatever the rule’s severity', async () => {
    const file = await lintWith('Wendy Sherman, the Deputy Secretary of State, met Sergei Ryabkov.', ['error', {knowledge, date: '2022-01-10'}])
    expect(file.messages.map((message) => [String(message), message.fatal, message.ruleId, message.source])).toEqual([
      [
        '1:20-1:45: Unexpected `Deputy Secretary of State` after the name, expected `deputy secretary of state`: AP style writes a formal title in lower case unless it stands directly before a name',
        undefined,
        'person-title',
        'copydesk'
      ]
    ])
  })

  it('findings keep the rule’s severity', async () => {
    const file = await lintWith('Under Secretary of State Wendy Sherman met Sergei Ryabkov.', ['error', {knowledge, date: '2022-01-10'}])
    expect(file.messages.map((message) => message.fatal)).toEqual([true])
  })

  it('leaves international titles, set-off titles before a name, descriptions and past titles', async () => {
    const options = {knowledge, date: '2022-01-10'}
    expect(await findings('Jens Stoltenberg, the NATO Secretary-General, spoke.', options)).toEqual([])
    expect(await findings('The president of the United States, Joe Biden, spoke.', options)).toEqual([])
    expect(await findings('Antony Blinken, the top diplomat, spoke.', options)).toEqual([])
    expect(await findings('Wendy Sherman, the US deputy secretary of state, spoke.', options)).toEqual([])
  })

  it('is off with `houseStyle: false`', async () => {
    expect(await findings('Wendy Sherman, the Deputy Secretary of State, spoke.', {knowledge, date: '2022-01-10', houseStyle: false})).toEqual([])
  })
})

describe('options', () => {
  it('are checked when the plugin is attached', () => {
    const attach = (options: unknown) => () => unified().use(retextEnglish).use(retextPersonTitles, options as never).freeze()
    expect(attach({houseStyle: 'chicago'})).toThrow(new TypeError("Unexpected value `chicago` for `houseStyle`, expected `'ap'` or `false`"))
    expect(attach({date: '2022-13-01'})).toThrow(
      new TypeError('Unexpected `date` option `2022-13-01`, expected a calendar date written `YYYY-MM-DD` (such as `2022-01-09`)')
    )
    expect(attach({knowledge: {}})).toThrow(new TypeError('Unexpected value for `knowledge`, expected a `Knowledge` from `@copydesk/knowledge`'))
    expect(attach({sheets: []})).toThrow(new TypeError('Unexpected option `sheets`, expected one of `knowledge`, `date`, `houseStyle`'))
    expect(attach([1, 5])).toThrow(new TypeError('Unexpected value `5` for `options`, expected an object'))
  })

  it('default to the bundled knowledge', async () => {
    expect(await findings('Under Secretary of State Wendy Sherman spoke.', {date: '2022-01-10'})).toHaveLength(1)
  })

  it('severity `off` runs nothing', async () => {
    const file = await lintWith('Under Secretary of State Wendy Sherman spoke.', ['off', {knowledge, date: '2022-01-10'}])
    expect(file.messages).toEqual([])
  })
})

describe('edge cases', () => {
  it('gives no messages on empty or title-less text', async () => {
    expect(await findings('', {knowledge})).toEqual([])
    expect(await findings('The talks began on Monday.', {knowledge, date: '2022-01-10'})).toEqual([])
  })

  it('leaves its titles on `file.data` for the check across files', async () => {
    const file = await lint('Under Secretary of State Wendy Sherman met Foreign Minister Anna Lindqvist.', {knowledge, date: '2022-01-10'})
    expect(file.data.copydeskPersonTitles?.map((use) => [use.key, use.text, use.verdict, use.expected])).toEqual([
      ['wendy-sherman', 'Under Secretary of State', 'wrong', 'Deputy Secretary of State'],
      ['name:anna lindqvist', 'Foreign Minister', 'unjudged', undefined]
    ])
  })
})
