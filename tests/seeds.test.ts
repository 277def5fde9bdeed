import {readFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {rules} from '../packages/copydesk/dist/index.js'
import {root, runCli, type JsonFile, type JsonMessage} from './support/cli.js'

/** One entry of `seeds/expected.json`. */
interface Entry {
  file: string
  rule?: string
  line?: number | [number, number]
  snippet?: string
  expected?: string
  count?: number
  mentions?: string
  note?: string
}

const expectations = JSON.parse(readFileSync(join(root, 'seeds/expected.json'), 'utf8')) as {
  must: Entry[]
  corpus_must: Entry[]
  should: Entry[]
  must_not: Entry[]
}

// The rules come from the preset's registry, so each rule's entries start
// running the moment it is registered.
const registered = new Set(rules.map((entry) => entry.id))
const withCorpus = new Set(rules.filter((entry) => entry.corpus).map((entry) => entry.id))
const documents = new Map<string, string>()
let single: Map<string, JsonMessage[]>
let corpus: Map<string, JsonMessage[]> | undefined

function lint(args: string[]): Map<string, JsonMessage[]> {
  const result = runCli(['--report', 'json', ...args, 'seeds'])
  expect(result.stderr).toBe('')
  expect([0, 1]).toContain(result.status)
  const files = JSON.parse(result.stdout) as JsonFile[]
  return new Map(files.map((file) => [basename(file.path ?? ''), file.messages]))
}

function documentOf(name: string): string {
  let doc = documents.get(name)
  if (doc === undefined) documents.set(name, (doc = readFileSync(join(root, 'seeds', name), 'utf8')))
  return doc
}

/** Start and end offsets of a message in `doc`. */
function offsets(message: JsonMessage, doc: string): [number, number] {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : place
  return [toOffset(start, doc), toOffset(end, doc)]
}

function toOffset(point: {line: number; column: number; offset?: number} | undefined, doc: string): number {
  if (!point) return 0
  if (point.offset !== undefined) return point.offset
  const lines = doc.split('\n')
  return lines.slice(0, point.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + point.column - 1
}

function lineRange(entry: Entry): [number, number] {
  const line = entry.line ?? [1, Number.POSITIVE_INFINITY]
  return typeof line === 'number' ? [line, line] : line
}

/** Findings of `entry`'s rule on its line(s), whose span or `actual` holds its snippet and whose `expected` holds its replacement. */
function matching(entry: Entry, messages: ReadonlyArray<JsonMessage>): JsonMessage[] {
  const doc = documentOf(entry.file)
  const [first, last] = lineRange(entry)
  return messages.filter((message) => {
    if (message.ruleId !== entry.rule) return false
    const place = message.place
    const startLine = place && 'start' in place ? place.start.line : (message.line ?? 0)
    const endLine = place && 'start' in place ? place.end.line : startLine
    if (startLine > last || endLine < first) return false
    if (entry.snippet) {
      const [start, end] = offsets(message, doc)
      if (!doc.slice(start, end).includes(entry.snippet) && !(message.actual ?? '').includes(entry.snippet)) return false
    }
    if (entry.expected !== undefined && !(message.expected ?? []).includes(entry.expected)) return false
    return true
  })
}

function describeEntry(entry: Entry): string {
  const line = Array.isArray(entry.line) ? `lines ${entry.line.join('-')}` : `line ${entry.line}`
  return `${entry.rule} in ${entry.file} ${line}${entry.snippet ? ` on “${entry.snippet}”` : ''}${entry.expected ? ` → “${entry.expected}”` : ''}${entry.count ? ` ×${entry.count}` : ''}`
}

function findingsNear(entry: Entry, messages: ReadonlyArray<JsonMessage>): string[] {
  return messages.filter((message) => message.ruleId === entry.rule).map((message) => `${message.line}:${message.column} ${message.reason} (actual ${JSON.stringify(message.actual)}, expected ${JSON.stringify(message.expected)})`)
}

beforeAll(() => {
  single = lint([])
  if (expectations.corpus_must.some((entry) => entry.rule && withCorpus.has(entry.rule))) corpus = lint(['--corpus'])
}, 120_000)

describe('seeds: must', () => {
  it('registers at least one rule to check', () => {
    expect(registered.size).toBeGreaterThan(0)
  })

  for (const entry of expectations.must) {
    it.skipIf(!registered.has(entry.rule ?? ''))(describeEntry(entry), () => {
      const messages = single.get(entry.file) ?? []
      const found = matching(entry, messages)
      const context = `findings of ${entry.rule} in ${entry.file}:\n${findingsNear(entry, messages).join('\n')}`
      if (entry.count === undefined) expect(found.length, context).toBeGreaterThanOrEqual(1)
      else expect(found.length, context).toBe(entry.count)
    })
  }
})

describe('seeds: must not', () => {
  for (const entry of expectations.must_not) {
    const runs = entry.rule ? registered.has(entry.rule) : registered.size > 0
    it.skipIf(!runs)(`no ${entry.rule ?? 'copydesk'} finding on “${entry.snippet}” in ${entry.file}`, () => {
      const doc = documentOf(entry.file)
      const snippet = entry.snippet!
      const occurrences: Array<[number, number]> = []
      for (let at = doc.indexOf(snippet); at !== -1; at = doc.indexOf(snippet, at + 1)) occurrences.push([at, at + snippet.length])
      expect(occurrences.length, `“${snippet}” is in ${entry.file}`).toBeGreaterThan(0)
      const overlapping = (single.get(entry.file) ?? []).filter((message) => {
        if (entry.rule ? message.ruleId !== entry.rule : message.source !== 'copydesk') return false
        const [start, end] = offsets(message, doc)
        return occurrences.some(([from, to]) => (end > start ? start < to && end > from : start >= from && start < to))
      })
      expect(overlapping.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)).toEqual([])
    })
  }
})

describe('seeds: corpus must (linted with --corpus)', () => {
  for (const entry of expectations.corpus_must) {
    it.skipIf(!withCorpus.has(entry.rule ?? ''))(`${describeEntry(entry)}, naming ${entry.mentions}`, () => {
      const messages = corpus?.get(entry.file) ?? []
      const found = matching(entry, messages).filter((message) => {
        const text = `${message.reason}\n${message.note ?? ''}`
        const other = entry.mentions ?? ''
        return text.includes(other) || text.includes(other.replace(/\.[^.]+$/, ''))
      })
      expect(found.length, findingsNear(entry, messages).join('\n')).toBeGreaterThanOrEqual(1)
    })
  }
})

afterAll(() => {
  if (!single) return
  const lines = expectations.should
    .filter((entry) => registered.has(entry.rule ?? ''))
    .map((entry) => `${matching(entry, single.get(entry.file) ?? []).length > 0 ? 'met    ' : 'not met'}  ${describeEntry(entry)}`)
  if (lines.length > 0) console.log(`seeds: should entries of registered rules\n${lines.join('\n')}`)
})
