import {findMentions} from '@copydesk/mentions'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {expect, it} from 'vitest'
import retextPersonTitles from '../src/index.js'
import {knowledge} from './sheet.js'

it('finds the sentence and word of a finding without walking the whole tree', async () => {
  const filler = Array.from({length: 1500}, (_, index) => `The council met for the ${index}th time and approved the budget.`)
  const value = [...filler, 'Under Secretary of State Wendy Sherman met Sergei Ryabkov.'].join('\n\n')
  const file = new VFile(value)
  const processor = unified().use(retextEnglish).use(retextPersonTitles, {knowledge, date: '2022-01-10'})
  const tree = processor.parse(file)
  // The rules share one reading of the mentions, made before the rule runs.
  findMentions(tree, file, knowledge)
  // Reads of the paragraphs' positions: walking the tree reads each one.
  let reads = 0
  for (const paragraph of tree.children) {
    const position = paragraph.position
    Object.defineProperty(paragraph, 'position', {
      get() {
        reads++
        return position
      }
    })
  }

  await processor.run(tree, file)

  expect(file.messages.map(String)).toEqual([
    "3001:1-3001:25: Unexpected `Under Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: Sherman was Under Secretary of State for Political Affairs 2011-09-21 to 2015-10-02, but this text is dated 2022-01-10 by the `date` option, when Sherman was Deputy Secretary of State (2021-04-14 to 2023-07-28)"
  ])
  const [sentence, word] = file.messages[0]!.ancestors ?? []
  expect(sentence?.type).toBe('SentenceNode')
  expect(word?.type === 'WordNode' && word.children[0]?.type === 'TextNode' ? word.children[0].value : '').toBe('Under')
  // 3,001 paragraphs and the white space between them: a binary search reads a dozen.
  expect(reads).toBeLessThan(50)
})
