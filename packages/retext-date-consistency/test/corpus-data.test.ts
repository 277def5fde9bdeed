import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {corpus, corpusDataFromJSON, corpusDataToJSON} from '../src/index.js'
import {lint} from './lint.js'

/** New files of the same paths, holding what `corpusDataToJSON` kept of each, read back from one JSON text. */
function restore(files: VFile[]): VFile[] {
  const text = JSON.stringify(files.map((file) => [file.path, corpusDataToJSON(file) ?? null]))
  return (JSON.parse(text) as Array<[string, unknown]>).map(([path, data]) => {
    const copy = new VFile({path})
    if (data !== null) corpusDataFromJSON(copy, data)
    return copy
  })
}

describe('corpus data as JSON', () => {
  test('files copied through JSON give the check the same findings', async () => {
    const a = await lint('GENEVA (Reuters) - The talks began on Monday in Geneva.', undefined, 'a.txt')
    const b = await lint('Officials confirmed the delay.\n\nThe talks, which began on Tuesday, were tense.', undefined, 'b.txt')
    const direct = corpus([a, b]).map(String)
    expect(direct).toEqual([
      'b.txt:3:18-3:34: Unexpected `began on Tuesday` for the talks: `a.txt` line 1 has `began on Monday`; one event cannot begin on two different days'
    ])
    expect(corpus(restore([a, b])).map(String)).toEqual(direct)
  })

  test('a file the rule never saw has no data; agreeing files stay clean', async () => {
    expect(corpusDataToJSON(new VFile('The talks began on Monday.'))).toBeUndefined()
    const a = await lint('The talks will begin on Monday.', undefined, 'a.txt')
    const b = await lint('The talks began on Monday.', undefined, 'b.txt')
    expect(corpus(restore([a, b]))).toEqual([])
  })

  test('data in another shape is refused, saying what is wrong', () => {
    const file = new VFile()
    expect(() => corpusDataFromJSON(file, [])).toThrow('expected an object with `events` and `rescheduled` lists')
    expect(() => corpusDataFromJSON(file, {events: [], rescheduled: [3]})).toThrow('expected `rescheduled` to list words')
    expect(() => corpusDataFromJSON(file, {events: [{lemma: 'talks'}], rescheduled: []})).toThrow('event 1 is not a dated event')
    expect(file.data.copydeskDatedEvents).toBeUndefined()
  })
})
