import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, runCli, tempFolder, type JsonFile} from './support/cli.js'

// The built command at archive scale: worker threads, shards, and corpus
// indexes that let a story package split over shards be checked as one.

const names = ['000_f653e7d4b9240d4a.txt', '004_9f9cc69ba27d57d6.txt']
const seeds = names.map((name) => readFileSync(join(root, 'seeds', name), 'utf8'))

/** 40 files: each seed 20 times, in two folders. */
const archive = Object.fromEntries(
  Array.from({length: 40}, (_, index) => [`${index % 2 === 0 ? 'world' : 'europe'}/story-${String(index).padStart(2, '0')}.txt`, seeds[index % 2]!])
)

let desk: {path: string; remove: () => void}
let story: {path: string; remove: () => void}

beforeAll(() => {
  desk = tempFolder(archive)
  story = tempFolder({[names[0]!]: seeds[0]!, [names[1]!]: seeds[1]!, 'not-an-index.json': '{"files": []}', 'broken.json': '{"format": "copydesk-corpus-index",'})
})

afterAll(() => {
  desk.remove()
  story.remove()
})

function report(args: string[], cwd: string): {status: number | null; files: JsonFile[]; stderr: string} {
  const result = runCli(['--report', 'json', ...args], {cwd})
  return {status: result.status, files: JSON.parse(result.stdout || '[]') as JsonFile[], stderr: result.stderr}
}

/** Each file's findings as report lines, by path. */
function findings(files: ReadonlyArray<JsonFile>): Map<string, string[]> {
  return new Map(files.map((file) => [file.path!, file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)]))
}

describe('--concurrency', () => {
  it('gives the same report in worker threads as in one thread, corpus checks included', () => {
    const one = report(['--corpus', '--concurrency', '1', '.'], desk.path)
    const two = report(['--corpus', '--concurrency', '2', '.'], desk.path)
    expect(one.status).toBe(1)
    expect(two.status).toBe(1)
    expect(one.stderr).toBe('')
    expect(two.stderr).toBe('')
    expect(two.files).toEqual(one.files)
    expect(one.files.map((file) => file.path)).toEqual(Object.keys(archive).sort())
    // The copies of 000 are told about 004's title by the check across files.
    const first = findings(one.files).get('world/story-00.txt')!
    expect(first.some((line) => line.startsWith('25:62 person-title') && line.includes('line 6 calls Sherman `US deputy secretary of state`'))).toBe(true)
  }, 180_000)
})

describe('--concurrency 1 on many files', () => {
  it('keeps no file’s syntax tree until the report', () => {
    // 300 stories in one thread under a 100 MB heap: with every file's tree
    // held until the last one is done, the run needs more than 130 MB and
    // stops out of memory; without them it fits in 60 MB.
    const many = tempFolder(Object.fromEntries(Array.from({length: 300}, (_, index) => [`story-${String(index).padStart(3, '0')}.txt`, seeds[index % 2]!])))
    try {
      const result = runCli(['--report', 'json', '--concurrency', '1', '.'], {cwd: many.path, env: {NODE_OPTIONS: '--max-old-space-size=100'}})
      expect(result.stderr).toBe('')
      expect(result.status).toBe(1)
      const files = JSON.parse(result.stdout) as JsonFile[]
      expect(files).toHaveLength(300)
      // Every copy of a seed gets that seed's findings.
      const first = findings(files)
      expect(first.get('story-002.txt')).toEqual(first.get('story-000.txt'))
      expect(first.get('story-299.txt')).toEqual(first.get('story-001.txt'))
      expect(first.get('story-000.txt')!.some((line) => line.includes('scrape-residue'))).toBe(true)
    } finally {
      many.remove()
    }
  }, 180_000)
})

describe('--fix with worker threads', () => {
  it('gives the same fixes as one thread', () => {
    const one = runCli(['--fix-dry-run', '--concurrency', '1', '.'], {cwd: desk.path})
    const two = runCli(['--fix-dry-run', '--concurrency', '2', '.'], {cwd: desk.path})
    expect(one.stdout).toContain('+++ b/world/story-00.txt')
    expect([two.status, two.stdout, two.stderr]).toEqual([one.status, one.stdout, one.stderr])
  }, 180_000)
})

describe('--shard', () => {
  it('checks each file in exactly one of 1/3, 2/3 and 3/3, with the findings of a whole run', () => {
    const whole = findings(report(['.'], desk.path).files)
    const parts = ['1/3', '2/3', '3/3'].map((shard) => report(['--shard', shard, '.'], desk.path))
    const seen: string[] = []
    for (const part of parts) {
      expect(part.status).toBe(1)
      expect(part.files.length).toBeGreaterThan(5)
      for (const [path, lines] of findings(part.files)) {
        seen.push(path)
        expect(lines).toEqual(whole.get(path))
      }
    }
    expect(seen.sort()).toEqual([...whole.keys()].sort())
  }, 180_000)

  it('reports an empty shard as a clean run', () => {
    const one = tempFolder({'a.txt': 'The council met on Monday.\n'})
    try {
      const lonely = ['1/2', '2/2'].map((shard) => report(['--shard', shard, 'a.txt'], one.path))
      expect(lonely.map((part) => part.status)).toEqual([0, 0])
      expect(lonely.map((part) => part.files.length).sort()).toEqual([0, 1])
    } finally {
      one.remove()
    }
  })

  it('refuses a bad value in one line, exit 2', () => {
    const result = runCli(['--shard', '3/2', names[0]!], {cwd: story.path})
    expect([result.status, result.stdout, result.stderr]).toEqual([
      2,
      '',
      'copydesk: bad value `3/2` for --shard, expected i/n with 1 <= i <= n, such as 1/3 (see `copydesk --help`)\n'
    ])
  })
})

describe('--corpus-index and --corpus-merge', () => {
  it('give a story package split over two shards the corpus findings of one run', () => {
    const together = report(['--corpus', '.'], story.path)
    expect(together.status).toBe(1)

    const written = ['1/2', '2/2'].map((shard, index) => report(['--shard', shard, '--corpus-index', `shard-${index + 1}.json`, '.'], story.path))
    // The hash puts the two seeds in different shards.
    expect(written.map((part) => part.files.map((file) => file.path))).toEqual([[names[0]], [names[1]]])
    const index = JSON.parse(readFileSync(join(story.path, 'shard-2.json'), 'utf8')) as {format: string; version: number; files: Array<{path: string}>}
    expect([index.format, index.version, index.files.map((file) => file.path)]).toEqual(['copydesk-corpus-index', 1, [names[1]]])
    // Alone, 000 does not know what 004 calls Sherman.
    expect(findings(written[0]!.files).get(names[0]!)!.some((line) => line.includes(names[1]!))).toBe(false)

    const merged = [
      report(['--shard', '1/2', '--corpus-merge', 'shard-2.json', '.'], story.path),
      report(['--shard', '2/2', '--corpus-merge', 'shard-1.json', 'shard-2.json', '.'], story.path)
    ]
    expect(merged.map((part) => [part.status, part.stderr])).toEqual([
      [1, ''],
      [1, '']
    ])
    expect([...merged[0]!.files, ...merged[1]!.files]).toEqual(together.files)
    const title = findings(merged[0]!.files).get(names[0]!)!.filter((line) => line.includes('person-title') && line.includes(names[1]!))
    expect(title).toEqual([
      '25:62 person-title Unexpected `Under Secretary of State` for Wendy Sherman, expected `Deputy Secretary of State`: `004_9f9cc69ba27d57d6.txt` line 6 calls Sherman `US deputy secretary of state`, and Wendy Sherman was Under Secretary of State for Political Affairs 2011-09-21 to 2015-10-02 and Deputy Secretary of State 2021-04-14 to 2023-07-28, never both at once'
    ])
  }, 180_000)

  it.each([
    [['--corpus-merge', 'missing.json'], 'copydesk: bad corpus index missing.json: no such file\n'],
    [['--corpus-merge', 'not-an-index.json'], 'copydesk: bad corpus index not-an-index.json: expected `"format": "copydesk-corpus-index"`: it is not a copydesk corpus index\n'],
    [['--corpus-index', 'nowhere/out.json'], 'copydesk: cannot write corpus index nowhere/out.json: ENOENT\n']
  ])('%j is one line naming the file and what is wrong, exit 2', (args, message) => {
    const result = runCli([...args, names[1]!], {cwd: story.path})
    expect([result.status, result.stdout, result.stderr]).toEqual([2, '', message])
  })

  it('says where an index is not JSON', () => {
    const result = runCli(['--corpus-merge', 'broken.json', names[1]!], {cwd: story.path})
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^copydesk: bad corpus index broken\.json: not JSON \([^\n]+\)\n$/)
  })
})
