import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {copydesk, copydeskParse, corpusRecordReader, loadSheets, rules, runCorpus, toCorpusRecord, type CorpusRecord} from 'copydesk'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CorpusIndexError, corpusIndexFormat, corpusIndexVersion, readCorpusIndex, writeCorpusIndex} from '../src/index.js'

const names = ['000_f653e7d4b9240d4a.txt', '004_9f9cc69ba27d57d6.txt']
const seed = (name: string): string => readFileSync(new URL('../../../seeds/' + name, import.meta.url), 'utf8')
const read = corpusRecordReader(rules, loadSheets)

let folder: string
let records: CorpusRecord[]

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'copydesk-index-'))
  const processor = unified().use(copydeskParse).use(copydesk, {corpus: true})
  records = []
  for (const name of names) {
    const file = new VFile({path: name, value: seed(name)})
    await processor.run(processor.parse(file), file)
    records.push(toCorpusRecord(file, 'package/' + name)!)
  }
})

afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** The error `readCorpusIndex` throws for an index holding `text`. */
function refusal(text: string): string {
  writeFileSync(join(folder, 'bad.json'), text)
  try {
    readCorpusIndex('bad.json', folder, read)
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusIndexError)
    expect((error as CorpusIndexError).file).toBe('bad.json')
    return (error as Error).message
  }
  throw new Error('expected the index to be refused')
}

describe('corpus index', () => {
  it('writes the records sorted by path, with its format and version, and reads them back as files', async () => {
    writeCorpusIndex('shard-2.json', [records[1]!, records[0]!], folder)
    const index = JSON.parse(readFileSync(join(folder, 'shard-2.json'), 'utf8')) as {format: string; version: number; files: CorpusRecord[]}
    expect([index.format, index.version]).toEqual([corpusIndexFormat, corpusIndexVersion])
    expect(index.files.map((record) => record.path)).toEqual(['package/000_f653e7d4b9240d4a.txt', 'package/004_9f9cc69ba27d57d6.txt'])
    expect(readdirSync(folder)).toEqual(['shard-2.json'])

    const files = readCorpusIndex('shard-2.json', folder, read)
    expect(files.map((file) => [file.path, file.cwd])).toEqual([
      ['package/000_f653e7d4b9240d4a.txt', folder],
      ['package/004_9f9cc69ba27d57d6.txt', folder]
    ])
    // Both files known only from the index still give the story-package finding.
    await runCorpus(files)
    expect(files[0]!.messages.map((message) => [message.line, message.ruleId])).toEqual([[25, 'person-title']])
    expect(files[0]!.messages[0]!.reason).toContain('`004_9f9cc69ba27d57d6.txt` line 6')
  })

  it('replaces an index whole', () => {
    writeFileSync(join(folder, 'again.json'), 'old')
    writeCorpusIndex('again.json', [records[0]!], folder)
    expect((JSON.parse(readFileSync(join(folder, 'again.json'), 'utf8')) as {files: unknown[]}).files).toHaveLength(1)
    expect(readdirSync(folder).filter((name) => name.includes('copydesk-index'))).toEqual([])
  })

  it('names the index it cannot write', () => {
    expect(() => writeCorpusIndex('missing/out.json', records, folder)).toThrow('cannot write corpus index missing/out.json: ENOENT')
  })

  it.each([
    ['{', /^bad corpus index bad\.json: not JSON \(/],
    ['[]', 'bad corpus index bad.json: expected `"format": "copydesk-corpus-index"`: it is not a copydesk corpus index'],
    [JSON.stringify({format: corpusIndexFormat, version: 2, files: []}), 'bad corpus index bad.json: unsupported `version` 2, expected 1 (write the index again with this copydesk)'],
    [JSON.stringify({format: corpusIndexFormat, version: 1}), 'bad corpus index bad.json: expected `files` to be a list'],
    [JSON.stringify({format: corpusIndexFormat, version: 1, files: [{plan: [], data: {}}]}), 'bad corpus index bad.json: file 1: expected a `path`'],
    [
      JSON.stringify({format: corpusIndexFormat, version: 1, files: [{path: 'a.txt', plan: [{rule: 'person-title', severity: 'error', key: '[null,null,[]]'}], data: {'person-title': [{}]}}]}),
      'bad corpus index bad.json: file 1: bad `person-title` data for `a.txt`: title 1 is not a stored title (key, name, short, text, position, tie, verdict)'
    ]
  ])('refuses %s with one line naming the file and what is wrong', (text, message) => {
    const reason = refusal(text)
    expect(reason.includes('\n')).toBe(false)
    if (typeof message === 'string') expect(reason).toBe(message)
    else expect(reason).toMatch(message)
  })

  it('says when the index is not there', () => {
    expect(() => readCorpusIndex('none.json', folder, read)).toThrow('bad corpus index none.json: no such file')
  })
})
