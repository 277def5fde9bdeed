import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {copydesk, copydeskParse, corpusRecordReader, loadSheets, optionsForKey, rules, runCorpus, toCorpusRecord} from '../src/index.js'

const names = ['000_f653e7d4b9240d4a.txt', '004_9f9cc69ba27d57d6.txt']
const seed = (name: string): string => readFileSync(new URL('../../../seeds/' + name, import.meta.url), 'utf8')

/** Lint a seed on its own, with corpus checks planned but not run. */
async function lintSeed(name: string, corpus = true): Promise<VFile> {
  const processor = unified().use(copydeskParse).use(copydesk, {corpus})
  const file = new VFile({path: name, value: seed(name)})
  await processor.run(processor.parse(file), file)
  return file
}

const corpusFindings = (file: VFile, before: number): string[] => file.messages.slice(before).map(String)

describe('corpus records', () => {
  it('a seed known only from its record gives the story-package finding of both linted together', async () => {
    const together = await Promise.all(names.map((name) => lintSeed(name)))
    const before = together.map((file) => file.messages.length)
    await runCorpus(together)
    const expected = together.map((file, index) => corpusFindings(file, before[index]!))
    expect(expected[0]).toHaveLength(1)
    expect(expected[0]![0]).toContain('`004_9f9cc69ba27d57d6.txt` line 6 calls Sherman `US deputy secretary of state`')
    expect(expected[1]).toEqual([])

    const here = await lintSeed(names[0]!)
    const record = JSON.parse(JSON.stringify(toCorpusRecord(await lintSeed(names[1]!), names[1]!))) as unknown
    const elsewhere = new VFile({path: names[1]!})
    corpusRecordReader(rules, loadSheets)(elsewhere, record)
    const start = here.messages.length
    await runCorpus([here, elsewhere])
    expect(corpusFindings(here, start)).toEqual(expected[0])
    expect(here.messages.at(-1)?.fatal).toBe(true)
  })

  it('records which checks were planned, under which configuration', async () => {
    const record = toCorpusRecord(await lintSeed(names[1]!), 'story/004.txt')
    expect(record?.path).toBe('story/004.txt')
    expect(record?.plan).toEqual([
      {rule: 'name-spelling', severity: 'error', key: '[null,null,[]]'},
      {rule: 'person-title', severity: 'error', key: '[null,null,[]]'},
      {rule: 'date-consistency', severity: 'error', key: '[null,null,[]]'}
    ])
    expect(Object.keys(record?.data ?? {}).sort()).toEqual(['date-consistency', 'name-spelling', 'person-title'])
    expect(toCorpusRecord(await lintSeed(names[1]!, false), names[1]!)).toBeUndefined()
  })

  it('rebuilds options from a configuration key', () => {
    const entry = rules.find((rule) => rule.id === 'person-title')!
    const options = optionsForKey(entry, '[{"house":"ap"},"2022-01-10",[]]', loadSheets) as Record<string, unknown>
    expect(options['house']).toBe('ap')
    expect(options['date']).toBe('2022-01-10')
    expect(options['knowledge']).toBe(loadSheets([]))
    expect(optionsForKey(entry, '[null,null,[]]')).toBeUndefined()
    expect(() => optionsForKey(entry, '{"a":1}')).toThrow('expected a configuration key `[options, date, style sheets]`')
  })

  it('refuses a record in another shape, naming the part that is wrong', () => {
    const read = corpusRecordReader(rules, loadSheets)
    const file = new VFile()
    expect(() => read(file, [])).toThrow('expected an object with `path`, `plan` and `data`')
    expect(() => read(file, {path: 'a.txt', plan: {}, data: {}})).toThrow('expected `plan` (a list) and `data` (an object) for `a.txt`')
    expect(() => read(file, {path: 'a.txt', plan: [{rule: 'scrape-residue', severity: 'error', key: '[]'}], data: {}})).toThrow(
      'unknown rule `scrape-residue` in the plan of `a.txt`, expected one of `name-spelling`, `person-title`, `date-consistency`'
    )
    expect(() => read(file, {path: 'a.txt', plan: [{rule: 'person-title', severity: 'loud', key: '[null,null,[]]'}], data: {}})).toThrow(
      'expected a `severity` (`warn` or `error`) and a `key` for `person-title` in `a.txt`'
    )
    expect(() => read(file, {path: 'a.txt', plan: [{rule: 'person-title', severity: 'warn', key: 'x'}], data: {}})).toThrow(
      'bad `key` for `person-title` in `a.txt`: expected a configuration key'
    )
    expect(() => read(file, {path: 'a.txt', plan: [{rule: 'person-title', severity: 'warn', key: '[null,null,[]]'}], data: {'person-title': 3}})).toThrow(
      'bad `person-title` data for `a.txt`: expected a list of titles'
    )
    expect(file.data.copydeskCorpus).toBeUndefined()
  })
})
