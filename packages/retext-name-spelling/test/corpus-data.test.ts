import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {corpus, corpusDataFromJSON, corpusDataToJSON, type Options} from '../src/index.js'
import {knowledge} from './sheet.js'
import {lint} from './support.js'

const none = {bundled: false}

/** A file holding only what `corpusDataToJSON` kept of `file`, through JSON text. */
function copied(file: VFile, options: Options): VFile {
  const copy = new VFile({path: file.path})
  const data = corpusDataToJSON(file)
  if (data !== undefined) corpusDataFromJSON(copy, JSON.parse(JSON.stringify(data)), options)
  return copy
}

describe('corpus data as JSON', () => {
  it('gives the check the same findings from copies', async () => {
    const files = [
      await lint('Amara Okafor said the council would vote on Monday.', none, 'monday.txt'),
      await lint('Councillor Amara Okafur said the vote was lost.', none, 'tuesday.txt'),
      await lint('Amara Okafor conceded. Okafor said she would stand again.', none, 'wednesday.txt')
    ]
    const direct = corpus(files, none).map(String)
    expect(direct).toEqual([
      'tuesday.txt:1:18-1:24: Unexpected `Okafur`, expected `Okafor` (the same name is spelt `Okafor` 3 times, first in `monday.txt` at 1:7)'
    ])
    expect(corpus([files[0]!, copied(files[1]!, none), files[2]!], none).map(String)).toEqual(direct)
    expect(corpus(files.map((file) => copied(file, none)), none).map(String)).toEqual(direct)
  })

  it('keeps people by id and what the rule already flagged', async () => {
    const options = {knowledge}
    const files = [
      await lint('Sergei Ryabkov said Moscow wanted guarantees.', options, 'a.txt'),
      await lint('Sergei Riabkov said Moscow wanted guarantees.', options, 'b.txt')
    ]
    const data = corpusDataToJSON(files[0]!)
    expect(data?.mentions[0]?.personId).toBe(knowledge.peopleBySurname('Ryabkov')[0]?.id)
    expect(corpusDataToJSON(files[1]!)?.flagged).toEqual([0])
    const copies = files.map((file) => copied(file, options))
    expect(copies[0]!.data.copydeskMentions?.[0]?.person).toBe(knowledge.peopleBySurname('Ryabkov')[0])
    expect(corpus(copies, options)).toEqual([])
    expect(corpusDataToJSON(new VFile('Sergei Ryabkov'))).toBeUndefined()
  })

  it('refuses data in another shape, saying what is wrong', () => {
    const file = new VFile()
    expect(() => corpusDataFromJSON(file, [], none)).toThrow('expected an object with `mentions` and `flagged` lists')
    expect(() => corpusDataFromJSON(file, {mentions: [], flagged: ['a']}, none)).toThrow('expected `flagged` to list mention numbers')
    expect(() => corpusDataFromJSON(file, {mentions: [{kind: 'place', sentence: 0}], flagged: []}, none)).toThrow('mention 1 is not a stored mention')
    expect(file.data.copydeskMentions).toBeUndefined()
  })
})
