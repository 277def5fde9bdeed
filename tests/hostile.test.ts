import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {lintText, rules, type LintOptions} from '../packages/copydesk/src/index.js'
import {runCli, tempFolder, type CliResult, type JsonFile, type JsonMessage} from './support/cli.js'
import {findings, misplaced, readSeed, seedNames, withoutMark} from './support/hostile.js'

// Hostile input, through the library and through the built command: no
// crash, no hang, every finding exactly where its text is. Time bounds are
// the test timeouts, generous for a loaded 2-core machine.

/** Every registered rule on, whatever its default. */
const everyRule: LintOptions['rules'] = Object.fromEntries(rules.map((rule) => [rule.id, rule.severity === 'off' ? 'warn' : rule.severity]))

const seedA = readSeed(seedNames[0]!)
const seedB = readSeed(seedNames[1]!)

async function lint(text: string, format: 'text' | 'markdown' = 'text') {
  const file = await lintText(text, {rules: everyRule, format})
  expect(misplaced(text, file.messages)).toEqual([])
  return file
}

/** A stack trace on stderr means the command crashed, whatever its exit code. */
function expectNoCrash(result: CliResult): void {
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|RangeError|TypeError/)
  expect([0, 1]).toContain(result.status)
}

/** `line:column-line:column` of each message, sorted. */
function locations(messages: ReadonlyArray<{place?: unknown}>): string[] {
  return findings(messages as JsonMessage[]).map((finding) => `${finding.start}-${finding.end}`).sort()
}

let folder: {path: string; remove: () => void}
const sources = new Map<string, string | Uint8Array>()

function put(name: string, value: string | Uint8Array): string {
  sources.set(name, value)
  return name
}

/** Reports of one command run over all the small files (a run costs seconds, so they share it). */
let shared: Map<string, JsonMessage[]> | undefined
/** Files too large to share a run. */
const alone = new Set(['long-line.txt', 'quotes.txt', 'quotes.md', 'deep.md'])

/** Run the command on `names` with a JSON report; check it did not crash and that every message sits on its text. */
function runOn(names: string[]): {result: CliResult; reports: Map<string, JsonMessage[]>} {
  const result = runCli(['--report', 'json', ...names], {cwd: folder.path})
  expectNoCrash(result)
  const files = JSON.parse(result.stdout) as JsonFile[]
  expect(files.map((file) => file.path).sort()).toEqual([...names].sort())
  for (const file of files) {
    const source = sources.get(file.path!)!
    // Offsets index into the decoded text (bad bytes read as U+FFFD, the mark kept).
    const text = typeof source === 'string' ? source : new TextDecoder('utf-8', {ignoreBOM: true}).decode(source)
    // A skipped binary file has a note about the whole file, not a span.
    expect(misplaced(text, file.messages.filter((message) => message.ruleId !== 'binary-file')), file.path).toEqual([])
  }
  return {result, reports: new Map(files.map((file) => [file.path!, file.messages]))}
}

/** The command's findings for `name`, and its exit status when it was run alone. */
function cli(name: string): {status: number | null | undefined; messages: JsonMessage[]} {
  if (alone.has(name)) {
    const {result, reports} = runOn([name])
    return {status: result.status, messages: reports.get(name)!}
  }
  shared ??= runOn([...sources.keys()].filter((key) => !alone.has(key))).reports
  return {status: undefined, messages: shared.get(name)!}
}

/** Exit status of the command on `name` alone. */
function statusOf(name: string): number | null {
  return runOn([name]).result.status
}

const fiveMegabyteLine = 'abcdefghij'.repeat(500_000)
const quotes = '"'.repeat(100_000)
const deepQuote = '>'.repeat(10_000) + ' Secretary of State Anthony Blanken said the talks went well.\n'
const rtl =
  'Israeli Prime Minister Benjamin Netanyahu (\u05D1\u05E0\u05D9\u05DE\u05D9\u05DF \u05E0\u05EA\u05E0\u05D9\u05D4\u05D5\u200F) met ' +
  'Saudi Crown Prince Mohammed bin Salman (\u0645\u062D\u0645\u062F \u0628\u0646 \u0633\u0644\u0645\u0627\u0646\u200F) on Tuesday.\n\n' +
  '\u200FUS Secretary of State Anthony Blanken\u200E said the talks\u200E were useful. .and he left for \u202BTel Aviv\u202C.\n'
const zeroWidth =
  'US Secretary of State Anto\u200Bny Blin\u200Dken met Jo\u200Ce Bi\u2060den.\n\n' +
  'US Secretary of State Anthony\u200B Blanken said the talks\u200D were useful. .and he left.\n'
const emoji =
  'The family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466} waved \u{1F1FA}\u{1F1F8} and \u{1F1FA}\u{1F1E6} flags \u{1F44D}\u{1F3FD} as ' +
  'US Secretary of State Anthony Blanken arrived. .and the caf\u00E9 and cafe\u0301 owners cheered \u{1F3F3}\uFE0F\u200D\u{1F308}.\n\n' +
  'Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319\u0324\u031E\u0349\u035A\u032F\u031E\u0320\u034Dalgo text , , with stray commas.\n'

beforeAll(() => {
  folder = tempFolder({})
  const bytes = (value: string | Uint8Array) => (typeof value === 'string' ? Buffer.from(value) : value)
  const files: Record<string, string | Uint8Array> = {
    'empty.txt': '',
    'blank.txt': ' \t\n\r\n\u00A0 \n\n',
    'long-line.txt': fiveMegabyteLine,
    'binary.txt': new Uint8Array([...Buffer.from('GIF89a'), 0x00, 0x01, 0x02, 0x00, 0xff, ...Buffer.from(' Anthony Blanken')]),
    'latin1.txt': new Uint8Array([...Buffer.from(seedA.split('\n').slice(0, 30).join('\n') + '\nCaf'), 0xe9, ...Buffer.from(' owners said. ' + seedA.split('\n').slice(30).join('\n'))]),
    'bom.txt': '\uFEFF' + seedA,
    'bom-b.txt': '\uFEFF' + seedB,
    'bom.md': '\uFEFF' + seedA,
    'plain.md': seedA,
    'crlf.txt': seedA.replace(/\n/g, '\r\n'),
    'cr.txt': seedA.replace(/\n/g, '\r'),
    'crlf.md': seedA.replace(/\n/g, '\r\n'),
    'cr.md': seedA.replace(/\n/g, '\r'),
    'rtl.txt': rtl,
    'zero-width.txt': zeroWidth,
    'emoji.txt': emoji,
    'deep.md': deepQuote,
    'quotes.txt': quotes,
    'quotes.md': quotes
  }
  for (const [name, value] of Object.entries(files)) put(name, value)
  for (const name of seedNames) put(name, readSeed(name))
  const written = tempFolder(Object.fromEntries([...sources].map(([name, value]) => [name, bytes(value)])))
  folder.remove()
  folder = written
})

afterAll(() => folder.remove())

describe('empty and blank input', () => {
  it('gives no findings for an empty text or file', async () => {
    expect((await lint('')).messages).toEqual([])
    expect((await lint('', 'markdown')).messages).toEqual([])
    expect(cli('empty.txt').messages).toEqual([])
    expect(statusOf('empty.txt')).toBe(0)
  })

  it('gives no findings for white space only', async () => {
    const blank = sources.get('blank.txt') as string
    expect((await lint(blank)).messages.map(String)).toEqual([])
    expect((await lint(blank, 'markdown')).messages.map(String)).toEqual([])
    expect(cli('blank.txt').messages).toEqual([])
  })
})

describe('size', () => {
  it('checks a 5 MB line without spaces', async () => {
    const file = await lint(fiveMegabyteLine)
    expect(file.messages).toEqual([])
    const {status, messages} = cli('long-line.txt')
    expect(status).toBe(0)
    expect(messages).toEqual([])
  }, 180_000)

  it('checks 100,000 quotation marks with no closing one', async () => {
    await lint(quotes)
    await lint(quotes, 'markdown')
    cli('quotes.txt')
    cli('quotes.md')
  }, 180_000)

  it('checks 10,000 block quotes nested on one line, and finds the name inside', async () => {
    const file = await lint(deepQuote, 'markdown')
    const names = file.messages.filter((message) => message.ruleId === 'name-spelling')
    expect(names.map((message) => [String(message.place && 'start' in message.place ? message.place.start.column : ''), message.actual])).toEqual([
      ['10021', 'Anthony Blanken']
    ])
    const {messages} = cli('deep.md')
    expect(messages.filter((message) => message.ruleId === 'name-spelling').map((message) => [message.line, message.column])).toEqual([[1, 10_021]])
  }, 180_000)
})

describe('bytes that are not UTF-8 text', () => {
  it('skips a binary file with a clear note', () => {
    const {messages} = cli('binary.txt')
    expect(statusOf('binary.txt')).toBe(0)
    expect(messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['binary-file', 'Skipped binary file: it holds NUL bytes, so it is not text']
    ])
  })

  it('lints NUL characters handed to the library as text, without crashing', async () => {
    await lint('GIF89a\u0000\u0001\u0002\u0000\u00FF Anthony\u0000Blanken. .and')
  })

  // The bad byte is the only finding: the rules would read `�` for it, so
  // the file is not checked until it is saved as UTF-8 (exit 1 says so).
  it('reports invalid UTF-8 at the bad byte, and nothing read from the mangled text', () => {
    const {messages} = cli('latin1.txt')
    const byte = Buffer.byteLength(seedA.split('\n').slice(0, 30).join('\n') + '\nCaf')
    expect(messages.map((message) => [message.ruleId, message.fatal, message.line, message.column, message.reason])).toEqual([
      ['invalid-utf8', true, 31, 4, `Invalid UTF-8 at byte ${byte}: the file is not UTF-8 text, so bad bytes were read as \`�\``]
    ])
    expect(statusOf('latin1.txt')).toBe(1)
  })
})

// The mark is a character of line 1 (offsets count it, so fixes land right);
// everything else is where it is without the mark.
describe('byte order mark', () => {
  it('gives the same findings, at the same places but one column on along line 1 (library)', async () => {
    for (const seed of [seedA, seedB]) {
      const plain = await lint(seed)
      const marked = await lint('\uFEFF' + seed)
      expect(withoutMark(findings(marked.messages))).toEqual(findings(plain.messages))
      expect(plain.messages.length).toBeGreaterThan(0)
    }
    const markdown = findings((await lint('\uFEFF' + seedA, 'markdown')).messages)
    expect(withoutMark(markdown)).toEqual(findings((await lint(seedA, 'markdown')).messages))
    // The first line's finding is there, after the mark.
    expect(markdown.find((finding) => finding.start.startsWith('1:'))).toMatchObject({start: '1:2', end: '1:12', actual: 'Powered by'})
  }, 60_000)

  it('gives the same findings, at the same places but one column on along line 1 (command)', () => {
    expect(withoutMark(findings(cli('bom.txt').messages))).toEqual(findings(cli(seedNames[0]!).messages))
    expect(withoutMark(findings(cli('bom-b.txt').messages))).toEqual(findings(cli(seedNames[1]!).messages))
    expect(withoutMark(findings(cli('bom.md').messages))).toEqual(findings(cli('plain.md').messages))
  }, 60_000)

  it('keeps the mark when --fix writes the file, and fixes the rest as without it', () => {
    const desk = tempFolder({'marked.txt': '\uFEFF' + seedA, 'plain.txt': seedA})
    try {
      for (const name of ['marked.txt', 'plain.txt']) expectNoCrash(runCli(['--fix', name], {cwd: desk.path}))
      const marked = readFileSync(join(desk.path, 'marked.txt'), 'utf8')
      const plain = readFileSync(join(desk.path, 'plain.txt'), 'utf8')
      expect(plain).not.toBe(seedA)
      expect(marked).toBe('\uFEFF' + plain)
    } finally {
      desk.remove()
    }
  }, 60_000)
})

describe('line endings', () => {
  it('gives the same findings with CRLF and lone CR as with LF (library)', async () => {
    for (const format of ['text', 'markdown'] as const) {
      for (const seed of [seedA, seedB]) {
        const lf = findings((await lint(seed, format)).messages)
        expect(lf.length).toBeGreaterThan(0)
        expect(findings((await lint(seed.replace(/\n/g, '\r\n'), format)).messages)).toEqual(lf)
        expect(findings((await lint(seed.replace(/\n/g, '\r'), format)).messages)).toEqual(lf)
      }
    }
  }, 60_000)

  it('gives the same findings with CRLF and lone CR as with LF (command)', () => {
    const lf = findings(cli(seedNames[0]!).messages)
    expect(findings(cli('crlf.txt').messages)).toEqual(lf)
    expect(findings(cli('cr.txt').messages)).toEqual(lf)
    const lfMarkdown = findings(cli('plain.md').messages)
    expect(findings(cli('crlf.md').messages)).toEqual(lfMarkdown)
    expect(findings(cli('cr.md').messages)).toEqual(lfMarkdown)
  }, 60_000)
})

describe('odd Unicode', () => {
  // Columns count UTF-16 code units, as editors and the language server do.
  it('places findings right around RTL text and direction marks', async () => {
    const expected = [
      '3:24-3:39: Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20; titled “US Secretary of State” in the text)',
      '3:62-3:74: Unexpected `useful. .and`, expected `useful and`: the sentence goes on in lower case with `and`, so the full stops are stray'
    ]
    expect((await lint(rtl)).messages.map(String)).toEqual(expected)
    expect(locations(cli('rtl.txt').messages)).toEqual(locations((await lint(rtl)).messages))
  })

  it('places findings right around zero-width characters inside names and words, and does not flag names split by them', async () => {
    const expected = ['3:61-3:73: Unexpected `useful. .and`, expected `useful and`: the sentence goes on in lower case with `and`, so the full stops are stray']
    expect((await lint(zeroWidth)).messages.map(String)).toEqual(expected)
    expect(locations(cli('zero-width.txt').messages)).toEqual(['3:61-3:73'])
  })

  it('places findings right after emoji, flags, ZWJ sequences and combining marks', async () => {
    const expected = [
      '1:80-1:95: Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20; titled “US Secretary of State” in the text)',
      '1:96-1:109: Unexpected `arrived. .and`, expected `arrived and`: the sentence goes on in lower case with `and`, so the full stops are stray',
      '3:25-3:33: Unexpected `text , ,`, expected `text,`: the comma is doubled and a space stands before the comma'
    ]
    expect((await lint(emoji)).messages.map(String)).toEqual(expected)
    expect(locations(cli('emoji.txt').messages)).toEqual(['1:80-1:95', '1:96-1:109', '3:25-3:33'])
  })
})
