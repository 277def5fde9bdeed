import type {Knowledge} from '@copydesk/knowledge'
import type {Root} from 'nlcst'
import {unified, type Plugin} from 'unified'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import {beforeEach, describe, expect, it} from 'vitest'
import {copydeskParse, createPreset, mergeSettings, resolveRules, runCorpus, validateSettings} from '../src/index.js'
import {fakeRules, seenOptions} from './fake-rules.js'

const loaded: string[][] = []
const preset = createPreset(fakeRules, {
  loadKnowledge(sheets) {
    loaded.push([...sheets])
    return {sheets} as unknown as Knowledge
  }
})
const ids = fakeRules.map((entry) => entry.id)

async function lint(value: string, settings?: Record<string, unknown>, options?: Record<string, unknown>): Promise<VFile> {
  const file = new VFile({path: 'story.txt', value})
  const processor = unified().use(copydeskParse).use(preset, options)
  if (settings) processor.data('settings', settings)
  await processor.run(processor.parse(file) as Root, file)
  return file
}

beforeEach(() => {
  seenOptions.length = 0
  loaded.length = 0
})

describe('preset', () => {
  it('runs each rule at its default severity', async () => {
    const file = await lint('Talks began . . in Geneva.')
    expect(file.messages.map(String)).toEqual(['story.txt:1:13-1:16: Unexpected `. .`, expected `.`'])
    const message = file.messages[0]!
    expect(JSON.parse(JSON.stringify({...message, ancestors: []}))).toEqual({
      ancestors: [],
      column: 13,
      fatal: false,
      file: 'story.txt',
      line: 1,
      message: 'Unexpected `. .`, expected `.`',
      name: 'story.txt:1:13-1:16',
      place: {start: {line: 1, column: 13, offset: 12}, end: {line: 1, column: 16, offset: 15}},
      reason: 'Unexpected `. .`, expected `.`',
      ruleId: 'double-stop',
      source: 'copydesk',
      url: 'https://example.com/double-stop',
      actual: '. .',
      expected: ['.']
    })
  })

  it('takes severities and options from settings, and options over settings', async () => {
    const asError = await lint('A . . B', {rules: {'double-stop': 'error'}})
    expect(asError.messages.map((message) => message.fatal)).toEqual([true])

    seenOptions.length = 0
    const off = await lint('A . . B', {rules: {'double-stop': 'off'}})
    expect(off.messages).toEqual([])
    expect(seenOptions.filter((entry) => entry.rule === 'double-stop')).toEqual([])

    await lint('A . . B', {rules: {'double-stop': ['warn', {strict: true}]}}, {rules: {'double-stop': 'error'}})
    expect(seenOptions.find((entry) => entry.rule === 'double-stop')).toEqual({rule: 'double-stop', options: undefined})

    seenOptions.length = 0
    const warned = await lint('A . . B', {rules: {'double-stop': ['warn', {strict: true}]}})
    expect(warned.messages.map((message) => message.fatal)).toEqual([false])
    expect(seenOptions.find((entry) => entry.rule === 'double-stop')).toEqual({rule: 'double-stop', options: {strict: true}})
  })

  it('passes the date and loaded knowledge only to rules that need them', async () => {
    await lint('Text.', {date: '2022-01-10', knowledge: ['house.yaml'], rules: {recorder: ['error', {extra: 1}]}})
    expect(seenOptions).toEqual([
      {rule: 'double-stop', options: undefined},
      {rule: 'recorder', options: {date: '2022-01-10', knowledge: {sheets: ['house.yaml']}, extra: 1}}
    ])
    expect(loaded).toEqual([['house.yaml']])
    seenOptions.length = 0
    await lint('Text.', {date: '2022-01-10'}, {date: '2021-05-01', rules: {recorder: ['warn', {date: '2020-01-01'}]}})
    expect(seenOptions.find((entry) => entry.rule === 'recorder')).toEqual({rule: 'recorder', options: {date: '2020-01-01', knowledge: {sheets: []}}})
  })

  it('loads no knowledge when the rules that need it are off', async () => {
    await lint('Text.', {knowledge: ['house.yaml'], rules: {recorder: 'off'}})
    expect(loaded).toEqual([])
  })

  it('leaves a well-edited text alone', async () => {
    const file = await lint('Russian Deputy Foreign Minister Sergei Ryabkov met Wendy Sherman in Geneva on Monday.\n\nThe U.S. team left at 3 p.m.')
    expect(file.messages).toEqual([])
  })

  it('rejects bad settings with the key and what was expected', async () => {
    await expect(lint('x', {rules: {'double-stop': 'warning'}})).rejects.toThrow(
      "Unexpected `\"warning\"` for `settings.rules.double-stop`, expected `'off'`, `'warn'`, `'error'` or `[severity, options]`"
    )
    await expect(lint('x', {}, {rules: {nope: 'off'}})).rejects.toThrow(
      'Unexpected rule `nope` in `options.rules`, expected one of `double-stop`, `recorder`, `shared-word`'
    )
  })
})

describe('validateSettings', () => {
  it('accepts every documented form', () => {
    expect(
      validateSettings({rules: {'double-stop': 'off', recorder: ['error'], 'shared-word': ['warn', {word: 'x'}]}, date: '2024-02-29', knowledge: ['a.yaml'], corpus: true, segmentLength: 500_000}, 'settings', ids)
    ).toEqual({rules: {'double-stop': 'off', recorder: ['error'], 'shared-word': ['warn', {word: 'x'}]}, date: '2024-02-29', knowledge: ['a.yaml'], corpus: true, segmentLength: 500_000})
    expect(validateSettings(undefined, 'settings', ids)).toEqual({})
    expect(validateSettings({date: null}, 'settings', ids)).toEqual({})
  })

  it.each([
    [[], 'Unexpected `[]` for `settings`, expected an object'],
    [{rule: {}}, 'Unexpected key `settings.rule`, expected one of `rules`, `date`, `knowledge`, `corpus`, `segmentLength`'],
    [{rules: []}, 'Unexpected `[]` for `settings.rules`, expected an object of rule ids'],
    [{rules: {recorder: ['fatal']}}, 'Unexpected `["fatal"]` for `settings.rules.recorder`, expected'],
    [{rules: {recorder: 2}}, 'Unexpected `2` for `settings.rules.recorder`, expected'],
    [{date: '10/01/2022'}, 'Unexpected `"10/01/2022"` for `settings.date`, expected a date as `YYYY-MM-DD`'],
    [{date: '2023-02-29'}, 'Unexpected `"2023-02-29"` for `settings.date`, expected a date as `YYYY-MM-DD`'],
    [{knowledge: 'a.yaml'}, 'Unexpected `"a.yaml"` for `settings.knowledge`, expected a list of style sheet paths'],
    [{knowledge: ['']}, 'Unexpected `[""]` for `settings.knowledge`, expected a list of style sheet paths'],
    [{corpus: 'yes'}, 'Unexpected `"yes"` for `settings.corpus`, expected `true` or `false`'],
    [{segmentLength: 0}, 'Unexpected `0` for `settings.segmentLength`, expected a positive whole number of characters'],
    [{segmentLength: 1.5}, 'Unexpected `1.5` for `settings.segmentLength`, expected a positive whole number of characters'],
    [{segmentLength: '2 MB'}, 'Unexpected `"2 MB"` for `settings.segmentLength`, expected a positive whole number of characters']
  ])('rejects %j', (value, reason) => {
    expect(() => validateSettings(value, 'settings', ids)).toThrow(TypeError)
    expect(() => validateSettings(value, 'settings', ids)).toThrow(reason)
  })
})

describe('resolveRules and mergeSettings', () => {
  it('merges rules key by key and the rest whole', () => {
    expect(
      mergeSettings({rules: {a: 'off', b: 'warn'}, date: '2022-01-01', knowledge: ['x']}, {rules: {b: 'error'}, knowledge: ['y'], corpus: true, segmentLength: 9})
    ).toEqual({rules: {a: 'off', b: 'error'}, date: '2022-01-01', knowledge: ['y'], corpus: true, segmentLength: 9})
  })

  it('gives each rule its severity and options', () => {
    const resolved = resolveRules(fakeRules, {rules: {'double-stop': 'error', recorder: ['off', {a: 1}]}, date: '2022-01-10'})
    expect(resolved.map(({entry, severity, options, key}) => [entry.id, severity, options, key])).toEqual([
      ['double-stop', 'error', undefined, '[null,null,[]]'],
      ['recorder', 'off', {date: '2022-01-10', a: 1}, '[{"a":1},"2022-01-10",[]]'],
      ['shared-word', 'error', undefined, '[null,null,[]]']
    ])
  })
})

describe('corpus', () => {
  const story = (path: string, value: string) => new VFile({path, cwd: '/newsroom', value})

  it('runs each check once over all files through unified-engine, stamping its messages', async () => {
    const files = [story('a.txt', 'Wendy Sherman met Ryabkov.'), story('b.txt', 'Later, Sherman said so.'), story('c.txt', 'Nothing here.')]
    const result = await new Promise<{code: number | undefined; files: VFile[]}>((resolve, reject) => {
      engine(
        {
          processor: unified().use(copydeskParse),
          files,
          plugins: [[preset as unknown as Plugin<unknown[]>, {corpus: true}]],
          reporter: () => '',
          out: false,
          output: false,
          detectConfig: false,
          detectIgnore: false
        },
        (error, code, context) => (error ? reject(error) : resolve({code, files: context?.files ?? []}))
      )
    })
    expect(result.files.map((file) => file.messages.map(String))).toEqual([[], ['b.txt:1:8: `Sherman` also appears in `a.txt`'], []])
    const message = result.files[1]!.messages[0]!
    expect({ruleId: message.ruleId, source: message.source, url: message.url, fatal: message.fatal}).toEqual({
      ruleId: 'shared-word',
      source: 'copydesk',
      url: 'https://github.com/copydesk/copydesk/tree/main/packages/retext-shared-word#readme',
      fatal: true
    })
    expect(result.code).toBe(1)
  })

  it('does not compare files when corpus is off', async () => {
    const files = [story('a.txt', 'Sherman.'), story('b.txt', 'Sherman.')]
    const processor = unified().use(copydeskParse).use(preset)
    for (const file of files) await processor.run(processor.parse(file) as Root, file)
    await runCorpus(files)
    expect(files.flatMap((file) => file.messages)).toEqual([])
  })

  it('groups files by how the rule is configured for them', async () => {
    const files = [story('a.txt', 'Sherman Blinken.'), story('b.txt', 'Sherman Blinken.'), story('c.txt', 'Blinken.')]
    for (const [index, file] of files.entries()) {
      const rules = {'shared-word': index === 0 ? 'warn' : (['warn', {word: 'Blinken'}] as const)}
      const processor = unified().use(copydeskParse).use(preset, {corpus: true, rules: rules as never})
      await processor.run(processor.parse(file) as Root, file)
    }
    await runCorpus(files)
    expect(files.map((file) => file.messages.map(String))).toEqual([[], [], ['c.txt:1:1: `Blinken` also appears in `b.txt`']])
  })
})
