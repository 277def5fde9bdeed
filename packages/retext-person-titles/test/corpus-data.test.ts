import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {corpus, corpusDataFromJSON, corpusDataToJSON} from '../src/index.js'
import {lint} from './support.js'

const names = ['000_f653e7d4b9240d4a.txt', '004_9f9cc69ba27d57d6.txt']
const seed = (name: string): string => readFileSync(new URL('../../../seeds/' + name, import.meta.url), 'utf8')

/** A file holding only what `corpusDataToJSON` kept of `file`, through JSON text. */
function copied(file: VFile): VFile {
  const copy = new VFile({path: file.path})
  const data = corpusDataToJSON(file)
  if (data !== undefined) corpusDataFromJSON(copy, JSON.parse(JSON.stringify(data)))
  return copy
}

describe('corpus data as JSON', () => {
  it('gives the seeds’ story-package finding from copies, naming the other file', async () => {
    const files = await Promise.all(names.map(async (name) => lint(seed(name), undefined, name)))
    const direct = corpus(files).map(String)
    expect(direct).toHaveLength(1)
    expect(direct[0]).toContain('`004_9f9cc69ba27d57d6.txt` line 6 calls Sherman `US deputy secretary of state`')
    // One file linted here, the other known only from its data: the finding is the same.
    expect(corpus([files[0]!, copied(files[1]!)]).map(String)).toEqual(direct)
    expect(corpus(files.map(copied)).map(String)).toEqual(direct)
  })

  it('copies agreeing titles without findings', async () => {
    const files = [
      await lint('Wendy Sherman, the US deputy secretary of state, arrived on Sunday.', undefined, 'a.txt'),
      await lint('US Deputy Secretary of State Wendy Sherman met Sergei Ryabkov.', undefined, 'b.txt')
    ]
    expect(corpusDataToJSON(files[0]!)?.length).toBe(1)
    expect(corpus(files.map(copied))).toEqual([])
    expect(corpusDataToJSON(new VFile('Wendy Sherman'))).toBeUndefined()
  })

  it('refuses data in another shape, saying what is wrong', () => {
    const file = new VFile()
    expect(() => corpusDataFromJSON(file, {})).toThrow('expected a list of titles')
    expect(() => corpusDataFromJSON(file, [{key: 'x', name: 'X', short: 'X', text: 'Mayor', tie: 'name', verdict: 'maybe', position: {start: {line: 1}, end: {line: 1}}}])).toThrow(
      'title 1 is not a stored title'
    )
    expect(file.data.copydeskPersonTitles).toBeUndefined()
  })
})
