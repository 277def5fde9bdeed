import {fromMarkdown} from 'mdast-util-from-markdown'
import {toNlcst} from 'mdast-util-to-nlcst'
import type {Nodes, Root, Sentence, Word} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {wordAt} from '../src/index.js'

/** Every word that is a child of a sentence, by start offset, read with a full walk. */
function allWords(tree: Root): Map<number, [Sentence, Word]> {
  const found = new Map<number, [Sentence, Word]>()
  const walk = (node: Nodes) => {
    if (!('children' in node)) return
    for (const child of node.children) {
      const offset = child.position?.start.offset
      if (node.type === 'SentenceNode' && child.type === 'WordNode' && offset !== undefined) found.set(offset, [node, child])
      walk(child)
    }
  }

  walk(tree)
  return found
}

function parse(value: string): Root {
  return unified().use(retextEnglish).parse(new VFile(value))
}

describe('wordAt', () => {
  it('finds the sentence and word starting at each word’s offset', () => {
    const tree = parse('US Secretary of State Antony Blinken met Sergei Ryabkov.\n\nRyabkov said: “No.”\n')
    const words = allWords(tree)
    expect(words.size).toBe(12)
    for (const [offset, [sentence, word]] of words) {
      const found = wordAt(tree, offset)
      expect(found?.[0]).toBe(sentence)
      expect(found?.[1]).toBe(word)
    }
  })

  it('finds nothing inside a word, at white space, at punctuation or past the end', () => {
    const value = 'Ryabkov said: “No.”'
    const tree = parse(value)
    expect(wordAt(tree, value.indexOf('abkov'))).toBeUndefined()
    expect(wordAt(tree, value.indexOf(' '))).toBeUndefined()
    expect(wordAt(tree, value.indexOf(':'))).toBeUndefined()
    expect(wordAt(tree, value.length + 5)).toBeUndefined()
    expect(wordAt(tree, -1)).toBeUndefined()
  })

  it('reads Markdown trees in source positions', () => {
    const value = '# Talks\n\nUS Secretary of State *Antony Blinken* met [Sergei Ryabkov](https://mid.ru).\n'
    const tree = toNlcst(fromMarkdown(value), new VFile(value), ParseEnglish)
    const offset = value.indexOf('Blinken')
    expect(wordAt(tree, offset)?.[1].position?.start.offset).toBe(offset)
    expect(allWords(tree).get(offset)?.[1]).toBe(wordAt(tree, offset)?.[1])
  })

  it('looks inside children without positions', () => {
    const tree = parse('Sergei Lavrov spoke.')
    const paragraph = tree.children[0]!
    delete paragraph.position
    expect(wordAt(tree, 7)?.[1].position?.start.offset).toBe(7)
  })

  it('reads a few nodes of a long text, not all of them', () => {
    const tree = parse(Array.from({length: 2000}, (_, index) => `Paragraph ${index} names Sergei Ryabkov.`).join('\n\n'))
    let reads = 0
    const count = (node: Nodes) => {
      const position = node.position
      Object.defineProperty(node, 'position', {
        get() {
          reads++
          return position
        }
      })
      if ('children' in node) for (const child of node.children) count(child)
    }

    count(tree)
    const offset = allWords(tree).size > 0 ? [...allWords(tree).keys()].at(-1)! : 0
    reads = 0
    expect(wordAt(tree, offset)?.[1]).toBeDefined()
    // A walk would read every node's position (tens of thousands); a descent reads a few per level.
    expect(reads).toBeLessThan(100)
  })
})
