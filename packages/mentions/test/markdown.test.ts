import {fromMarkdown} from 'mdast-util-from-markdown'
import {toNlcst} from 'mdast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {expect, it} from 'vitest'
import {findMentions} from '../src/index.js'
import {knowledge} from './sheet.js'

it('reads Markdown in source positions, never joining words across markup', () => {
  const value = '# Talks\n\nUS Secretary of State *Antony Blinken* met [Sergei Ryabkov](https://mid.ru).\n\n**Joe** Biden left.\n'
  const file = new VFile(value)
  const tree = toNlcst(fromMarkdown(value), file, ParseEnglish)
  const mentions = findMentions(tree, file, knowledge)
  // Markup between a title and a name keeps them apart: the title stands alone.
  expect(mentions.map((mention) => [mention.kind, mention.name?.text, mention.title?.text])).toEqual([
    ['title', undefined, 'US Secretary of State'],
    ['person', 'Antony Blinken', undefined],
    ['person', 'Sergei Ryabkov', undefined],
    ['person', 'Biden', undefined]
  ])
  for (const mention of mentions) {
    const span = mention.name ?? mention.title!
    expect(value.slice(span.position.start.offset, span.position.end.offset)).toBe(span.text)
  }
})
