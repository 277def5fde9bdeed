import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import retextScrapeResidue from '@copydesk/retext-scrape-residue'
import {lint, report} from './lint.js'

describe('public API', () => {
  test('exposes only the default export', async () => {
    expect(Object.keys(await import('@copydesk/retext-scrape-residue'))).toEqual(['default'])
  })

  test('the plugin is named after its rule', () => {
    expect(retextScrapeResidue.name).toBe('copydesk:scrape-residue')
  })

  test('the README `Use` example prints what the README shows', async () => {
    expect(await report('Talks began on Monday.\n\nALSO READ: How the talks work\n')).toEqual([
      '3:1-3:30: Unexpected related-link line `ALSO READ: How the talks work`, expected no link teaser in the copy'
    ])
  })
})

describe('severity', () => {
  async function run(config: unknown): Promise<VFile> {
    const file = new VFile({value: 'Leave a comment'})
    const processor = unified().use(retextEnglish).use(retextScrapeResidue, config as never)
    await processor.run(processor.parse(file), file)
    return file
  }

  test('`error` makes messages fatal', async () => {
    const file = await run(['error', {headlineRepeats: false}])
    expect(file.messages.map((message) => [String(message), message.fatal])).toEqual([
      ['1:1-1:16: Unexpected comment widget `Leave a comment`, expected no comment box in the copy', true]
    ])
  })

  test('`off` turns the rule off', async () => {
    expect((await run(['off', {allow: ['x']}])).messages).toEqual([])
    expect((await run([0])).messages).toEqual([])
  })

  test('a bare severity is not taken for options', async () => {
    expect((await run('warn')).messages.map((message) => message.fatal)).toEqual([false])
  })
})

describe('options', () => {
  const attach = (options: unknown) => () => unified().use(retextEnglish).use(retextScrapeResidue, options as never).freeze()

  test.each([
    [{phrases: 'Download the app'}, 'Unexpected `"Download the app"` for `phrases`, expected an array of strings'],
    [{phrases: ['ok', 3]}, 'Unexpected `3` for `phrases[1]`, expected a non-empty string'],
    [{allow: ['  ']}, 'Unexpected `"  "` for `allow[0]`, expected a non-empty string'],
    [{allow: {}}, 'Unexpected object for `allow`, expected an array of strings'],
    [{headlineRepeats: 'no'}, 'Unexpected `"no"` for `headlineRepeats`, expected a boolean'],
    [{headlineRepeat: false}, 'Unexpected option `headlineRepeat` for `scrape-residue`, expected `phrases`, `allow` or `headlineRepeats`'],
    [['warn', 'Download the app'], 'Unexpected `"Download the app"` as options of `scrape-residue`, expected an object'],
    [[1, 2], 'Unexpected `2` as options of `scrape-residue`, expected an object'],
    [['a', 'b'], 'Unexpected array as options of `scrape-residue`, expected an object']
  ])('%j throws a TypeError when attached', (options, message) => {
    expect(attach(options)).toThrow(new TypeError(message))
  })

  test('null, undefined and empty options are the defaults', async () => {
    const value = 'Powered by'
    const expected = await report(value)
    expect(expected).toHaveLength(1)
    expect(await report(value, null)).toEqual(expected)
    expect(await report(value, {})).toEqual(expected)
    expect(await report(value, {phrases: null, allow: null, headlineRepeats: null})).toEqual(expected)
  })

  test('`allow` compares whole lines, ignoring case and spaces', async () => {
    const value = 'Home  Explained\n\nHome News'
    expect(await report(value, {allow: ['home explained']})).toEqual([
      '3:1-3:10: Unexpected page navigation `Home News`, expected no navigation bar in the copy'
    ])
    expect(await report(value, {allow: ['HOME EXPLAINED', 'Home News']})).toEqual([])
  })

  test('`phrases` open a line on a word boundary only', async () => {
    const options = {phrases: ['Also watch', 'Get  the APP']}
    expect(await report('Also watching were the ambassadors.\n\nGet the apple harvest in.', options)).toEqual([])
    expect(await report('ALSO WATCH\n\nget the app: free', options)).toEqual([
      '1:1-1:11: Unexpected page debris `ALSO WATCH`, expected no line the newsroom lists as debris: it opens with the newsroom’s phrase `also watch`',
      '3:1-3:18: Unexpected page debris `get the app: free`, expected no line the newsroom lists as debris: it opens with the newsroom’s phrase `get the app`'
    ])
  })

  test('the same options object is reused across files', async () => {
    const options = {phrases: ['Download the app']}
    const first = await lint('Download the app', options)
    const second = await lint('Download the app now', options)
    expect([...first.messages, ...second.messages].map((message) => message.expected)).toEqual([[''], ['']])
  })
})
