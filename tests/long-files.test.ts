import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {lintText} from '../packages/copydesk/dist/index.js'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, runCli, tempFolder, type JsonFile, type JsonMessage} from './support/cli.js'

// The command lints long files in segments, as the library does, so a file
// of tens of megabytes needs the memory of one segment. A small segment
// length (`settings.segmentLength`) makes a short file long here.

const seeds = ['000_f653e7d4b9240d4a.txt', '004_9f9cc69ba27d57d6.txt'].map((name) => readFileSync(join(root, 'seeds', name), 'utf8'))
/** Both seeds three times over: about 27,000 characters, four segments of 8,000. */
const long = Array.from({length: 3}, () => seeds.join('\n\n')).join('\n\n')
const segmentLength = 8000
const config = JSON.stringify({settings: {segmentLength}})

let folder: {path: string; remove: () => void}
let bad: {path: string; remove: () => void}

beforeAll(() => {
  folder = tempFolder({
    '.copydeskrc.json': config,
    'long.txt': long,
    'short-1.txt': seeds[0]!,
    'short-2.txt': seeds[1]!
  })
  bad = tempFolder({'.copydeskrc.json': JSON.stringify({settings: {segmentLength: 0}}), 'long.txt': long})
})

afterAll(() => {
  folder.remove()
  bad.remove()
})

function lines(messages: ReadonlyArray<Pick<JsonMessage, 'line' | 'column' | 'ruleId' | 'reason' | 'actual' | 'expected'>>): string[] {
  return messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason} | ${JSON.stringify(message.actual)} -> ${JSON.stringify(message.expected)}`)
}

/** The line of each occurrence of `phrase` in `text`. */
function linesOf(text: string, phrase: string): number[] {
  const result: number[] = []
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) result.push(text.slice(0, at).split('\n').length)
  return result
}

function reportOf(args: string[]): JsonFile[] {
  const result = runCli(['--report', 'json', ...args], {cwd: folder.path})
  expect(result.stderr).toBe('')
  expect(result.status).toBe(1)
  return JSON.parse(result.stdout) as JsonFile[]
}

describe('long files', () => {
  it('lints a file over the segment length in segments, with the findings of the library', async () => {
    const expected = await lintText(long, {path: 'long.txt', segmentLength})
    const [file] = reportOf(['long.txt'])
    expect(file!.path).toBe('long.txt')
    // The report lists findings by place; the library, rule by rule.
    const byPlace = [...expected.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    expect(lines(file!.messages)).toEqual(lines(byPlace.map((message) => ({...message, ruleId: message.ruleId ?? undefined}))))
    expect(file!.messages).toHaveLength(93)
    // Every copy of the misspelt name is found, to the last, in the last segment.
    const found = file!.messages.filter((message) => message.ruleId === 'name-spelling' && message.actual === 'Anthony Blanken')
    expect(found.map((message) => message.line)).toEqual(linesOf(long, 'Anthony Blanken'))
  }, 60_000)

  it('gives the same findings in worker threads', () => {
    const one = reportOf(['--concurrency', '1', '.'])
    const two = reportOf(['--concurrency', '2', '.'])
    expect(two.map((file) => file.path)).toEqual(['long.txt', 'short-1.txt', 'short-2.txt'])
    expect(two.map((file) => lines(file.messages))).toEqual(one.map((file) => lines(file.messages)))
  }, 120_000)

  it('rejects a segment length that is not a positive whole number, naming the file', () => {
    const result = runCli(['long.txt'], {cwd: bad.path})
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^copydesk: bad config in .*\.copydeskrc\.json: Unexpected `0` for `settings\.segmentLength`, expected a positive whole number of characters\n$/)
  })
})
