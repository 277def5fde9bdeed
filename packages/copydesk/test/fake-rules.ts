import type {Root} from 'nlcst'
import {lintRule} from 'unified-lint-rule'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {defineRule, type RuleEntry} from '../src/index.js'

/** Options each fake rule was attached with, in order. */
export const seenOptions: Array<{rule: string; options: unknown}> = []

/** Flags ` . ` between two full stops: `. .`. */
const doubleStop = lintRule<Root, {strict?: boolean} | null | undefined>(
  {origin: 'copydesk:double-stop', url: 'https://example.com/double-stop'},
  function (tree, file, options) {
    seenOptions.push({rule: 'double-stop', options})
    const leaves: Array<{value: string; start: {line: number; column: number; offset?: number | undefined}; end: {line: number; column: number; offset?: number | undefined}}> = []
    visit(tree, (node) => {
      if ('value' in node && node.position) leaves.push({value: node.value, ...node.position})
    })
    for (let index = 0; index + 2 < leaves.length; index++) {
      const [a, b, c] = [leaves[index]!, leaves[index + 1]!, leaves[index + 2]!]
      if (a.value === '.' && b.value === ' ' && c.value === '.') {
        const message = file.message('Unexpected `. .`, expected `.`', {place: {start: a.start, end: c.end}})
        message.actual = '. .'
        message.expected = ['.']
      }
    }
  }
)

/** Records the options it was given; reports nothing. */
const recorder = lintRule<Root, Record<string, unknown> | null | undefined>(
  {origin: 'copydesk:recorder', url: 'https://example.com/recorder'},
  function (_, __, options) {
    seenOptions.push({rule: 'recorder', options})
  }
)

/** Corpus check: a file that mentions a word already in an earlier file. */
export function sharedWordCorpus(files: VFile[], options: {word?: string} | null | undefined): void {
  const word = options?.word ?? 'Sherman'
  const first = files.find((file) => String(file).includes(word))
  for (const file of files) {
    const index = String(file).indexOf(word)
    if (file === first || index === -1) continue
    file.message(`\`${word}\` also appears in \`${first?.basename}\``, {place: {line: 1, column: index + 1, offset: index}})
  }
}

const sharedWord = lintRule<Root, {word?: string} | null | undefined>(
  {origin: 'copydesk:shared-word', url: 'https://example.com/shared-word'},
  function () {}
)

export const fakeRules: ReadonlyArray<RuleEntry> = [
  defineRule({id: 'double-stop', folder: 'retext-double-stop', plugin: doubleStop, severity: 'warn'}),
  defineRule({id: 'recorder', folder: 'retext-recorder', plugin: recorder, severity: 'error', needs: ['date', 'knowledge']}),
  defineRule({id: 'shared-word', folder: 'retext-shared-word', plugin: sharedWord, corpus: sharedWordCorpus, severity: 'error'})
]
