import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {corpusFiles, describeMentions, digest, frozenView, generatedRuns, generatedSeed, mentionText} from './frozen.js'
import {knowledge} from './sheet.js'
import {mentionsIn} from './support.js'

/**
 * `findMentions` is tuned for speed; its findings must not move. These
 * fixtures hold its full output from before the fast paths, on the seeds, the
 * well-edited corpus and texts fast-check made from names, titles, particles,
 * organisations, possessives and initials, with the style sheet of the tests
 * and without knowledge.
 */
function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL('fixtures/' + name, import.meta.url), 'utf8')) as T
}

interface CorpusEntry {
  path: string
  withKnowledge: string[]
  without: string[]
}

interface GeneratedEntry {
  text: string
  withKnowledge: string
  without: string
}

describe('findMentions against its frozen output', () => {
  const corpus = fixture<CorpusEntry[]>('corpus-mentions.json')
  const files = corpusFiles()

  it('covers every file of the seeds and the well-edited corpus', () => {
    expect(corpus.map((entry) => entry.path)).toEqual(files.map((file) => file.path))
  })

  for (const file of files) {
    it('finds the same mentions in ' + file.path, () => {
      const entry = corpus.find((item) => item.path === file.path)
      expect(frozenView(file.value, knowledge)).toEqual({withKnowledge: entry?.withKnowledge, without: entry?.without})
    })
  }

  it('keeps what it found in a file intact while it reads other files (its word objects are reused)', () => {
    const [first, ...others] = files
    const entry = corpus.find((item) => item.path === first?.path)
    const {mentions} = mentionsIn(first!.value, knowledge)
    for (const other of others) mentionsIn(other.value, knowledge)
    expect(describeMentions(mentions)).toEqual(entry?.withKnowledge)
  })

  it('finds the same mentions in 1,200 generated texts', () => {
    const generated = fixture<GeneratedEntry[]>('generated-mentions.json')
    // The texts are stored, not regenerated, so a new fast-check cannot change them;
    // this check only says whether they still come from the generator in `frozen.ts`.
    const texts = fc.sample(mentionText, {seed: generatedSeed, numRuns: generatedRuns})
    expect(generated.map((entry) => entry.text)).toEqual(texts)
    const differing: string[] = []
    for (const entry of generated) {
      const view = frozenView(entry.text, knowledge)
      if (digest(view.withKnowledge) !== entry.withKnowledge || digest(view.without) !== entry.without) {
        differing.push(JSON.stringify(entry.text) + '\n' + view.withKnowledge.join('\n'))
      }
    }

    expect(differing).toEqual([])
  })
})
