import {loadKnowledge} from '@copydesk/knowledge'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {expect, it} from 'vitest'
import {findMentions} from '../src/index.js'

it('gives the output the README shows under Use (with the bundled knowledge)', () => {
  const file = new VFile('Wendy Sherman, the US deputy secretary of state, met Sergei Ryabkov.')
  const tree = unified().use(retextEnglish).parse(file)
  const lines = findMentions(tree, file, loadKnowledge()).map((mention) =>
    [mention.kind, mention.name?.text, mention.title?.text, mention.person?.id].map(String).join(' ')
  )
  expect(lines).toEqual(['person Wendy Sherman US deputy secretary of state wendy-sherman', 'person Sergei Ryabkov undefined sergei-ryabkov'])
})
