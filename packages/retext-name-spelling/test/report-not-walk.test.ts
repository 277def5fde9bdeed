import {findMentions} from '@copydesk/mentions'
import type {Nodes, Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {expect, it} from 'vitest'
import retextNameSpelling from '../src/index.js'
import {knowledge} from './sheet.js'

/** Count the reads of every node's `position` from now on. */
function countPositionReads(tree: Root): {reads: number} {
  const counter = {reads: 0}
  const wrap = (node: Nodes) => {
    const position = node.position
    Object.defineProperty(node, 'position', {
      get() {
        counter.reads++
        return position
      }
    })
    if ('children' in node) for (const child of node.children) wrap(child)
  }

  wrap(tree)
  return counter
}

it('finds the sentence and word of a finding without walking the whole tree', async () => {
  const filler = Array.from({length: 1500}, (_, index) => `The council met for the ${index}th time and approved the budget.`)
  const value = [...filler, 'US Secretary of State Anthony Blanken arrived.'].join('\n\n')
  const file = new VFile(value)
  const processor = unified().use(retextEnglish).use(retextNameSpelling, {knowledge})
  const tree = processor.parse(file)
  // The rules share one reading of the mentions, made before the rule runs.
  findMentions(tree, file, knowledge)
  const counter = countPositionReads(tree)
  await processor.run(tree, file)

  expect(file.messages.map(String)).toEqual([
    '3001:23-3001:38: Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20; titled “US Secretary of State” in the text)'
  ])
  const [sentence, word] = file.messages[0]!.ancestors ?? []
  expect(sentence?.type).toBe('SentenceNode')
  expect(word?.type === 'WordNode' && word.children[0]?.type === 'TextNode' ? word.children[0].value : '').toBe('Anthony')
  // A walk reads the position of each of the tree's ~30,000 words; a descent a few per level.
  expect(counter.reads).toBeLessThan(200)
})
