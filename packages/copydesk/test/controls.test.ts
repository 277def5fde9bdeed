import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {copydeskControl, copydeskParse, createPreset, findDirectives, lintCorpus, lintText, runCorpus} from '../src/index.js'
import {fakeRules} from './fake-rules.js'

// The fake `double-stop` rule flags `. .`; `shared-word` is a check across files.
const preset = createPreset(fakeRules)

async function lint(value: string, path = 'story.txt', settings?: Record<string, unknown>): Promise<VFile> {
  const file = new VFile({path, value})
  const processor = unified().use(copydeskParse).use(preset, settings)
  await processor.run(processor.parse(file) as Root, file)
  return file
}

const unknownRule = (id: string, verb: string) =>
  `Unexpected rule \`${id}\` in \`copydesk-${verb}\`, expected one of \`double-stop\`, \`recorder\`, \`shared-word\``

describe('inline controls in plain text', () => {
  it('disable and enable every rule', async () => {
    const file = await lint('A . . B\n\ncopydesk-disable\n\nC . . D\n\ncopydesk-enable\n\nE . . F\n')
    expect(file.messages.map(String)).toEqual(['story.txt:1:3-1:6: Unexpected `. .`, expected `.`', 'story.txt:9:3-9:6: Unexpected `. .`, expected `.`'])
  })

  it('disable one rule by id; another id leaves it on', async () => {
    expect((await lint('copydesk-disable double-stop\nA . . B\n')).messages).toEqual([])
    expect((await lint('copydesk-disable recorder\nA . . B\n')).messages.map(String)).toEqual(['story.txt:2:3-2:6: Unexpected `. .`, expected `.`'])
  })

  it('takes several ids, separated by spaces (or commas)', async () => {
    expect((await lint('copydesk-disable recorder double-stop\nA . . B\n')).messages).toEqual([])
    expect((await lint('copydesk-disable recorder,double-stop\nA . . B\n')).messages).toEqual([])
  })

  it('enable one rule after disabling all', async () => {
    const file = await lint('copydesk-disable\nA . . B\ncopydesk-enable double-stop\nC . . D\n')
    expect(file.messages.map(String)).toEqual(['story.txt:4:3-4:6: Unexpected `. .`, expected `.`'])
  })

  it('ignore-next covers the next paragraph only, past blank lines and other directives', async () => {
    const file = await lint('copydesk-ignore-next\n\ncopydesk-ignore-next recorder\nA . . B\nC . . D\n\nE . . F\n')
    expect(file.messages.map(String)).toEqual(['story.txt:7:3-7:6: Unexpected `. .`, expected `.`'])
  })

  it('ignore-next with another rule id leaves the finding', async () => {
    const file = await lint('copydesk-ignore-next shared-word\nA . . B\n')
    expect(file.messages.map(String)).toEqual(['story.txt:2:3-2:6: Unexpected `. .`, expected `.`'])
  })

  it('accepts the directive inside `<!-- -->` and with spaces around it', async () => {
    expect((await lint('  <!-- copydesk-disable double-stop -->  \nA . . B\n')).messages).toEqual([])
  })

  it('warns about an unknown rule id at its place, naming the valid ids, and does not turn every rule off', async () => {
    const file = await lint('copydesk-disable double-stpo\nA . . B\n')
    expect(file.messages.map(String)).toEqual([
      'story.txt:2:3-2:6: Unexpected `. .`, expected `.`',
      `story.txt:1:18-1:29: ${unknownRule('double-stpo', 'disable')}`
    ])
    const warning = file.messages[1]!
    expect(JSON.parse(JSON.stringify({...warning, ancestors: []}))).toEqual({
      ancestors: [],
      column: 18,
      fatal: false,
      file: 'story.txt',
      line: 1,
      message: unknownRule('double-stpo', 'disable'),
      name: 'story.txt:1:18-1:29',
      place: {start: {line: 1, column: 18, offset: 17}, end: {line: 1, column: 29, offset: 28}},
      reason: unknownRule('double-stpo', 'disable'),
      ruleId: 'control',
      source: 'copydesk',
      actual: 'double-stpo',
      url: 'https://github.com/copydesk/copydesk/tree/main/packages/copydesk#inline-controls'
    })
  })

  it('acts on the known ids of a directive that also names unknown ones', async () => {
    const file = await lint('copydesk-disable nope double-stop\nA . . B\n')
    expect(file.messages.map(String)).toEqual([`story.txt:1:18-1:22: ${unknownRule('nope', 'disable')}`])
  })

  it('warns about an unknown verb', async () => {
    const file = await lint('copydesk-ignore double-stop\nA . . B\n')
    expect(file.messages.map(String)).toEqual([
      'story.txt:2:3-2:6: Unexpected `. .`, expected `.`',
      'story.txt:1:1-1:28: Unexpected directive `copydesk-ignore`, expected `copydesk-disable`, `copydesk-enable` or `copydesk-ignore-next`'
    ])
  })

  it('does not read a directive line as part of the copy around it', async () => {
    const text = 'The US issued strong warnings and Europe agreed.\ncopydesk-ignore-next scrape-residue\nALSO READ: How many Covid variants are there? Explained\n'
    expect((await lintText(text)).messages.map(String)).toEqual([])
  })

  it('leaves copy alone that only mentions a directive or the tool', async () => {
    const texts = [
      'The desk added copydesk-disable to its style guide last year. A . . B',
      'copydesk-cli is the command the newsroom runs before publication.\nA . . B',
      'Editors wrote <!-- copydesk-disable --> in the middle of a sentence. A . . B'
    ]
    for (const text of texts) {
      const file = await lint(text)
      expect(file.messages.map((message) => message.ruleId)).toEqual(['double-stop'])
    }
  })

  it('changes nothing in real copy without directives', async () => {
    const text =
      'Russian Deputy Foreign Minister Sergei Ryabkov ruled out concessions on Monday.\n\n' +
      'Wendy Sherman, the US deputy secretary of state, said the talks had been frank.\n\n' +
      'ALSO READ: How many Covid variants are there? Explained\n'
    expect((await lintText(text)).messages.map((message) => message.ruleId)).toEqual(['scrape-residue'])
    expect(findDirectives(text, undefined)).toEqual([])
  })
})

describe('inline controls in Markdown', () => {
  it('reads HTML comments', async () => {
    const file = await lint('<!-- copydesk-disable double-stop -->\n\nA . . B\n\n<!--copydesk-enable-->\n\nC . . D\n', 'story.md')
    expect(file.messages.map(String)).toEqual(['story.md:7:3-7:6: Unexpected `. .`, expected `.`'])
  })

  it('ignore-next covers the next block, past stacked comments', async () => {
    const doc = '# Talks\n\n<!-- copydesk-ignore-next recorder -->\n<!-- copydesk-ignore-next double-stop -->\nA . .\nB . . C\n\nD . . E\n'
    const file = await lint(doc, 'story.md')
    expect(file.messages.map(String)).toEqual(['story.md:8:3-8:6: Unexpected `. .`, expected `.`'])
  })

  it('ignore-next in a list item covers the next item', async () => {
    const doc = '- A . . B\n  <!-- copydesk-ignore-next -->\n- C . . D\n- E . . F\n'
    const file = await lint(doc, 'story.md')
    expect(file.messages.map((message) => message.line)).toEqual([1, 4])
  })

  it('does not take a comment in a code block, or a bare directive line, as a directive', async () => {
    const doc = '```\n<!-- copydesk-disable -->\n```\n\ncopydesk-disable\n\nA . . B\n'
    const file = await lint(doc, 'story.md')
    expect(file.messages.map(String)).toEqual(['story.md:7:3-7:6: Unexpected `. .`, expected `.`'])
  })

  it('warns about unknown ids in a comment', async () => {
    const file = await lint('<!-- copydesk-ignore-next scrape -->\nA . . B\n', 'story.md')
    expect(file.messages.map(String)).toEqual([
      'story.md:2:3-2:6: Unexpected `. .`, expected `.`',
      `story.md:1:27-1:33: ${unknownRule('scrape', 'ignore-next')}`
    ])
  })
})

describe('inline controls and checks across files', () => {
  it('filter the corpus findings too', async () => {
    const files = [
      new VFile({path: 'a.txt', value: 'Wendy Sherman arrived.'}),
      new VFile({path: 'b.txt', value: 'copydesk-disable shared-word\nSherman spoke.'}),
      new VFile({path: 'c.txt', value: 'Then Sherman left.'})
    ]
    for (const file of files) {
      const processor = unified().use(copydeskParse).use(preset, {corpus: true})
      await processor.run(processor.parse(file) as Root, file)
    }
    await runCorpus(files)
    expect(files.map((file) => file.messages.map(String))).toEqual([[], [], ['c.txt:1:6: `Sherman` also appears in `a.txt`']])
  })

  it('work in lintCorpus with the real rules', async () => {
    const text = 'copydesk-ignore-next scrape-residue\nALSO READ: How many Covid variants are there? Explained\n'
    const files = await lintCorpus([{path: 'a.txt', value: text}, {path: 'b.txt', value: 'Talks began on Monday.'}])
    expect(files.map((file) => file.messages.length)).toEqual([0, 0])
  })
})

describe('copydeskControl', () => {
  it('rejects bad options', () => {
    expect(() => unified().use(copydeskControl, {ruleIds: 'all'} as never).freeze()).toThrow('Unexpected value for `ruleIds`, expected a list of rule ids')
  })

  it('hides only messages of the rules it knows', async () => {
    const file = new VFile({value: 'copydesk-disable\nA . . B'})
    file.message('From another tool', {place: {line: 2, column: 1}, ruleId: 'other', source: 'elsewhere'})
    file.message('Known', {place: {line: 2, column: 1}, ruleId: 'known', source: 'copydesk'})
    const processor = unified().use(copydeskParse).use(copydeskControl, {ruleIds: ['known']})
    await processor.run(processor.parse(file) as Root, file)
    expect(file.messages.map((message) => message.reason)).toEqual(['From another tool'])
  })
})
