import fc from 'fast-check'
import type {Nodes, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {copydeskParse, formatOf, parseCopy} from '../src/index.js'
import {markdownChunkLength} from '../src/lib/parse-markdown.js'
import {cutPoint, maxPieceLength, parseText} from '../src/lib/parse-text.js'

function parse(value: string, path?: string): {tree: Root; file: VFile} {
  const file = new VFile(path ? {path, value} : {value})
  const tree = unified().use(copydeskParse).parse(file) as Root
  return {tree, file}
}

/** Every leaf whose value is not the source text at its position. */
function misplacedLeaves(tree: Root, doc: string): string[] {
  const wrong: string[] = []
  visit(tree, (node: Nodes) => {
    if (!('value' in node) || !node.position) return
    const {start, end} = node.position
    const slice = doc.slice(start.offset, end.offset)
    if (slice !== node.value) wrong.push(`${node.type} ${JSON.stringify(node.value)} at ${start.line}:${start.column} is ${JSON.stringify(slice)}`)
  })
  return wrong
}

/** Every node whose line/column disagree with its offset. */
function inconsistentPoints(tree: Root, doc: string): string[] {
  const starts = [0]
  for (let index = 0; index < doc.length; index++) {
    const code = doc.charCodeAt(index)
    if (code === 10 || (code === 13 && doc.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }
  const wrong: string[] = []
  visit(tree, (node: Nodes) => {
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      const offset = point.offset ?? -1
      const lineStart = starts[point.line - 1]
      if (lineStart === undefined || lineStart + point.column - 1 !== offset) {
        wrong.push(`${node.type} ${point.line}:${point.column} vs offset ${offset}`)
      }
    }
  })
  return wrong
}

function shape(tree: Root): string[] {
  return tree.children.map((node) => `${node.type}:${JSON.stringify(toString(node))}`)
}

describe('plain text', () => {
  it('keeps every character and splits paragraphs at blank lines', () => {
    const doc = 'Powered by\n\nHome Explained\n\n  Ground Report | New Delhi: talks began.\nA second line.  \n \t\n\nLast.'
    const {tree} = parse(doc, 'a.txt')
    expect(toString(tree)).toBe(doc)
    expect(shape(tree)).toEqual([
      'ParagraphNode:"Powered by"',
      'WhiteSpaceNode:"\\n\\n"',
      'ParagraphNode:"Home Explained"',
      'WhiteSpaceNode:"\\n\\n  "',
      'ParagraphNode:"Ground Report | New Delhi: talks began."',
      'WhiteSpaceNode:"\\n"',
      'ParagraphNode:"A second line."',
      'WhiteSpaceNode:"  \\n \\t\\n\\n"',
      'ParagraphNode:"Last."'
    ])
    expect(misplacedLeaves(tree, doc)).toEqual([])
    expect(inconsistentPoints(tree, doc)).toEqual([])
  })

  it('gives the same paragraphs and sentences as one whole-document parse', () => {
    const doc =
      'US Russia Tensions over Ukraine; High-level talks are scheduled to begin in Geneva on Sunday. Mr. Ryabkov said so.\n\n' +
      'The United States will be represented by Wendy Sherman, who said: "Not viable."\r\n\r\n' +
      'ALSO READ: How many Covid variants are there? Explained\n\n\n' +
      'e.g. this, i.e. that. Dr. Who arrived at 3 p.m. on Jan. 9.\n'
    const whole = new ParseEnglish().parse(doc)
    const {tree} = parse(doc)
    expect(shape(tree)).toEqual(shape(whole))
    const sentences = (root: Root) => root.children.flatMap((node) => ('children' in node ? node.children.filter((d) => d.type === 'SentenceNode').map(toString) : []))
    expect(sentences(tree)).toEqual(sentences(whole))
    expect(JSON.stringify(tree)).toBe(JSON.stringify(whole))
  })

  it('counts CRLF, lone CR and LF each as one line break', () => {
    const doc = 'One.\r\n\r\nTwo.\r\rThree.\n\nFour.'
    const {tree} = parse(doc)
    expect(tree.children.filter((node) => node.type === 'ParagraphNode').map((node) => `${node.position?.start.line}:${node.position?.start.column}`)).toEqual(['1:1', '3:1', '5:1', '7:1'])
    expect(misplacedLeaves(tree, doc)).toEqual([])
    expect(inconsistentPoints(tree, doc)).toEqual([])
  })

  it('keeps a BOM, emoji, zero-width and direction marks in place', () => {
    const doc = '\uFEFFAngela 👩🏽‍💻 said\u200B so.\n\n\u202Bمرحبا\u202C Geneva \u200D talks.'
    const {tree} = parse(doc)
    expect(toString(tree)).toBe(doc)
    expect(misplacedLeaves(tree, doc)).toEqual([])
    expect(inconsistentPoints(tree, doc)).toEqual([])
  })

  it('gives an empty root for empty text and a white-space root for blank text', () => {
    expect(parse('').tree).toEqual({type: 'RootNode', children: []})
    const {tree} = parse('\n\n \n')
    expect(toString(tree)).toBe('\n\n \n')
    expect(tree.children.map((node) => node.type)).toEqual(['WhiteSpaceNode'])
  })

  it('cuts an overlong paragraph at line breaks, then sentence ends, then spaces', () => {
    const line = 'A sentence of news copy that runs on. '
    const hardWrapped = (line.trimEnd() + '\n').repeat(Math.ceil((maxPieceLength * 2) / line.length))
    const cut = cutPoint(hardWrapped)
    expect(cut).toBeLessThanOrEqual(maxPieceLength)
    expect(hardWrapped[cut - 1]).toBe('\n')
    const oneLine = line.repeat(Math.ceil((maxPieceLength * 2) / line.length))
    expect(oneLine.slice(cut - 2, cutPoint(oneLine))).toMatch(/\. $/)
    const noSpaces = 'x'.repeat(maxPieceLength * 2)
    expect(cutPoint(noSpaces)).toBe(maxPieceLength)
    const surrogates = '😀'.repeat(maxPieceLength)
    expect(cutPoint(surrogates) % 2).toBe(0)
  })

  it('keeps every character and position of long paragraphs that are cut', () => {
    for (const doc of [
      'Word '.repeat(10_000),
      'Sentence here. '.repeat(3000) + '\n' + 'Line\r\n'.repeat(5000),
      'x'.repeat(40_000),
      '😀'.repeat(20_000)
    ]) {
      const tree = parseText(doc, new ParseEnglish())
      expect(toString(tree)).toBe(doc)
      expect(misplacedLeaves(tree, doc)).toEqual([])
      expect(inconsistentPoints(tree, doc)).toEqual([])
    }
  })

  it('never loses a character or misplaces a leaf (property)', () => {
    const pieces = fc.constantFrom(
      'word', 'Geneva', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '.', '. .', ',', ';', '"', '’', "'",
      '\uFEFF', '\u200B', '\u200D', '\u200E', '\u200F', '\u202B', '\u202C', '👍', '👩🏽‍💻', '\uD83D', 'é', 'ß', '—', '…', '1949', 'U.S.', 'Mr.'
    )
    const text = fc.oneof(fc.array(pieces, {maxLength: 60}).map((list) => list.join('')), fc.string({unit: 'grapheme', maxLength: 80}), fc.string({unit: 'binary', maxLength: 40}))
    fc.assert(
      fc.property(text, (doc) => {
        const {tree} = parse(doc, 'p.txt')
        expect(toString(tree)).toBe(doc)
        expect(misplacedLeaves(tree, doc)).toEqual([])
        expect(inconsistentPoints(tree, doc)).toEqual([])
      }),
      {numRuns: 400}
    )
  })
})

describe('Markdown', () => {
  const doc = [
    '---',
    'date: 2022-01-10',
    'byline: Ground Report',
    '---',
    '',
    '# Talks *begin* in Geneva',
    '',
    'Wendy Sherman met `Sergei . . Ryabkov` in [Geneva](https://example.com) . . on Monday.',
    '',
    '```',
    'code . . here',
    '```',
    '',
    '> A quote that',
    '> runs on . . two lines.',
    '',
    '- Item one',
    '  continues . . here',
    '- AT&amp;T \\*said\\* so.',
    ''
  ].join('\n')

  it('points every word at the Markdown source and leaves out code', () => {
    const {tree, file} = parse(doc, 'story.md')
    const words: string[] = []
    visit(tree, 'WordNode', (node) => {
      words.push(`${node.position?.start.line}:${node.position?.start.column} ${toString(node)}`)
    })
    expect(words).toContain('6:3 Talks')
    expect(words).toContain('6:10 begin')
    expect(words).toContain('15:3 runs')
    expect(words).toContain('18:3 continues')
    expect(words).toContain('18:17 here')
    expect(words.some((word) => word.endsWith(' code'))).toBe(false)
    expect(words.some((word) => word.endsWith(' date'))).toBe(false)
    const sources: string[] = []
    visit(tree, 'SourceNode', (node) => {
      sources.push(`${node.position?.start.line}:${node.position?.start.column} ${node.value}`)
    })
    expect(sources).toEqual(['8:19 `Sergei . . Ryabkov`'])
    // Only white space standing for markup between blocks differs from the source.
    expect(misplacedLeaves(tree, doc).filter((line) => !line.startsWith('WhiteSpaceNode'))).toEqual([])
    expect(inconsistentPoints(tree, doc)).toEqual([])
    expect(file.data.frontMatter).toEqual({date: '2022-01-10', byline: 'Ground Report'})
    expect(file.messages).toEqual([])
  })

  it('gives the same words as mdast-util-to-nlcst on the whole document', async () => {
    const {fromMarkdown} = await import('mdast-util-from-markdown')
    const {toNlcst} = await import('mdast-util-to-nlcst')
    const plain = doc.split('\n').slice(5).join('\n')
    const whole = toNlcst(fromMarkdown(plain), new VFile(plain), ParseEnglish)
    const {tree} = parse(plain, 'story.md')
    const words = (root: Root) => {
      const list: string[] = []
      visit(root, 'WordNode', (node) => {
        list.push(toString(node))
      })
      return list
    }
    expect(words(tree)).toEqual(words(whole))
  })

  it('reports front matter that is not YAML and goes on', () => {
    const {tree, file} = parse('---\ndate: [2022\n---\n\nText here.\n', 'bad.md')
    expect(file.messages.map(String)).toEqual(['bad.md:1:1-3:4: Cannot read the YAML front matter: Flow sequence in block collection must be sufficiently indented and end with a ] at line 1, column 12'])
    expect(file.messages[0]?.ruleId).toBe('front-matter')
    expect(file.data.frontMatter).toBeUndefined()
    expect(toString(tree)).toBe('Text here.')
  })

  it('ignores front matter that is not a mapping', () => {
    const {file} = parse('---\n- a\n- b\n---\n\nText.\n', 'list.md')
    expect(file.data.frontMatter).toBeUndefined()
    expect(file.messages).toEqual([])
  })

  it('stays correct on large lists and quotes, converted block by block', () => {
    const item = '- An item with a [link](x) and `code` that runs\n  on . . to a second line.\n'
    const big = '# Head\n\n' + item.repeat(800) + '\n> ' + 'Quoted line . . here.\n> '.repeat(800) + 'end.\n'
    const {tree} = parse(big, 'big.md')
    expect(misplacedLeaves(tree, big).filter((line) => !line.startsWith('WhiteSpaceNode'))).toEqual([])
    expect(inconsistentPoints(tree, big)).toEqual([])
  })

  it('parses a large document in pieces as it would whole', async () => {
    const {fromMarkdown} = await import('mdast-util-from-markdown')
    const {toNlcst} = await import('mdast-util-to-nlcst')
    const block = [
      'A paragraph that cites [the report][ref] and **bold** words.',
      '',
      '```',
      'fenced code . . with',
      '',
      'a blank line',
      '```',
      '',
      '<!--',
      '',
      'hidden . . comment',
      '-->',
      '',
      '> A quote',
      '',
      '1. One',
      '',
      '2. Two',
      ''
    ].join('\n')
    const big = block.repeat(Math.ceil((markdownChunkLength * 1.5) / block.length)) + '\n[ref]: https://example.com/report\n'
    const {tree} = parse(big, 'big.md')
    const whole = toNlcst(fromMarkdown(big), new VFile(big), ParseEnglish)
    expect(toString(tree).replace(/\s+/g, ' ').trim()).toBe(toString(whole).replace(/\s+/g, ' ').trim())
    expect(toString(tree)).not.toContain('fenced')
    expect(toString(tree)).not.toContain('hidden')
    expect(toString(tree)).not.toContain('[ref]')
    expect(misplacedLeaves(tree, big).filter((line) => !line.startsWith('WhiteSpaceNode'))).toEqual([])
    expect(inconsistentPoints(tree, big)).toEqual([])
  })

  it('never throws and keeps positions inside the text (property)', () => {
    const pieces = fc.constantFrom('# ', '> ', '- ', '1. ', '*', '_', '`', '```\n', '[a](b)', '![alt](i.png)', '&amp;', '\\*', 'word', ' ', '\n', '\r\n', '\n\n', '---\n', '. .', '👍', '\u200F', '|', '<b>')
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 50}).map((list) => list.join('')), (doc) => {
        const {tree} = parse(doc, 'p.md')
        visit(tree, (node: Nodes) => {
          if (!node.position) return
          expect(node.position.start.offset).toBeGreaterThanOrEqual(0)
          expect(node.position.end.offset).toBeLessThanOrEqual(doc.length)
          expect(node.position.start.offset! <= node.position.end.offset!).toBe(true)
        })
        expect(inconsistentPoints(tree, doc)).toEqual([])
      }),
      {numRuns: 300}
    )
  })
})

describe('format', () => {
  it('comes from the extension, or from the option', () => {
    expect(formatOf(new VFile({path: 'a.md'}))).toBe('markdown')
    expect(formatOf(new VFile({path: 'a.MARKDOWN'}))).toBe('markdown')
    expect(formatOf(new VFile({path: 'a.txt'}))).toBe('text')
    expect(formatOf(new VFile({path: 'README'}))).toBe('text')
    expect(formatOf(new VFile())).toBe('text')
    const file = new VFile({path: 'a.txt', value: '# Head `x`'})
    expect(toString(parseCopy('# Head `x`', file, 'markdown'))).toBe('Head `x`')
    expect(toString(unified().use(copydeskParse, {format: 'markdown'}).parse(file) as Root)).toBe('Head `x`')
  })

  it('rejects an unknown format', () => {
    expect(() => unified().use(copydeskParse, {format: 'html' as 'text'}).freeze()).toThrow(
      "Unexpected `format` `html`, expected `'text'` or `'markdown'`"
    )
  })
})
