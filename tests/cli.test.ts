import {spawnSync} from 'node:child_process'
import {chmodSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {PassThrough, Writable} from 'node:stream'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {flagList, run} from '../packages/copydesk-cli/dist/index.js'
import {bin, root, runCli, tempFolder, type JsonFile} from './support/cli.js'

// Test-only packages are dependencies of the CLI package (pnpm keeps them there).
const requireFromCli = createRequire(join(root, 'packages/copydesk-cli/package.json'))

const seed = readFileSync(join(root, 'seeds/000_f653e7d4b9240d4a.txt'), 'utf8').split('\n')

/** Line 27 of the seed: an `ALSO READ` link (scrape-residue, an error). */
const residue = seed[26]!
/** Line 49 of the seed: stray full stops (garbled-punctuation, a warning). */
const garbled = seed[48]!
/** Well-edited copy. */
const clean =
  'The city council voted 7-2 on Tuesday night to approve a revised budget of $48.6 million, ending weeks of debate over library hours and road repairs.\n\n' +
  'Under the approved budget, the main library will reopen on Sundays from 1 p.m. to 5 p.m., according to a summary released by the finance office.\n'

const story = `Talks between the two delegations began in Geneva on Monday, officials said.\n\n${residue}\n\n${garbled}\n`

let folder: {path: string; remove: () => void}

beforeAll(() => {
  folder = tempFolder({
    'story.txt': story,
    'clean.txt': clean,
    'warn.txt': `${clean}\n${garbled}\n`,
    'empty.txt': '',
    'notes.md': [
      '---',
      'date: 2022-01-10',
      '---',
      '',
      '# Geneva talks',
      '',
      '- First item of the list',
      `- ${garbled}`,
      '',
      '```',
      residue,
      '```',
      '',
      `> ${residue}`,
      ''
    ].join('\n'),
    'binary.txt': new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0x02, 0x00, 0xff]),
    'latin1.txt': new Uint8Array([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' talks began on Monday.\n')]),
    'ignored/skip.txt': story,
    '.copydeskignore': 'ignored/\n'
  })
})

afterAll(() => folder.remove())

function json(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[]
}

function messagesOf(files: JsonFile[], name: string) {
  return files.find((file) => file.path === name)?.messages ?? []
}

describe('exit status', () => {
  it('is 1 when an error-severity finding remains', () => {
    const result = runCli(['story.txt'], {cwd: folder.path})
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('scrape-residue')
  })

  it('is 0 for clean copy and for warnings only', () => {
    expect(runCli(['clean.txt'], {cwd: folder.path}).status).toBe(0)
    const warned = runCli(['--report', 'json', 'warn.txt'], {cwd: folder.path})
    expect(warned.status).toBe(0)
    const messages = messagesOf(json(warned.stdout), 'warn.txt')
    expect(messages.length).toBeGreaterThan(0)
    expect(messages.every((message) => message.fatal === false)).toBe(true)
  })

  it('is 1 with more warnings than --max-warnings, else 0', () => {
    const count = messagesOf(json(runCli(['--report', 'json', 'warn.txt'], {cwd: folder.path}).stdout), 'warn.txt').length
    const over = runCli(['--max-warnings', String(count - 1), 'warn.txt'], {cwd: folder.path})
    expect(over.status).toBe(1)
    expect(over.stderr).toBe(`copydesk: ${count} warnings, more than --max-warnings ${count - 1}\n`)
    expect(runCli(['--max-warnings', String(count), 'warn.txt'], {cwd: folder.path}).status).toBe(0)
  })

  it('is 2 with a one-line error for a missing path, a bad flag or a bad value', () => {
    const cases: Array<[string[], string]> = [
      [['nope.txt'], 'copydesk: no such file or folder: nope.txt\n'],
      [['--fixes', 'story.txt'], `copydesk: unknown flag \`--fixes\`, expected one of ${flagList.join(', ')} (see \`copydesk --help\`)\n`],
      [['--report', 'xml', 'story.txt'], 'copydesk: unknown report `xml` for --report, expected one of stylish, json, sarif, github (see `copydesk --help`)\n'],
      [['--date', '2022-13-01', 'story.txt'], 'copydesk: bad value `2022-13-01` for --date, expected a date as YYYY-MM-DD (see `copydesk --help`)\n'],
      [['--max-warnings', '-1', 'story.txt'], 'copydesk: missing value for --max-warnings (see `copydesk --help`)\n'],
      [['--max-warnings', 'ten', 'story.txt'], 'copydesk: bad value `ten` for --max-warnings, expected a whole number (0 or more) (see `copydesk --help`)\n'],
      [['--corpus=yes', 'story.txt'], 'copydesk: --corpus takes no value (see `copydesk --help`)\n'],
      [['--knowledge', 'house.yaml', 'story.txt'], 'copydesk: no such style sheet: house.yaml (given to --knowledge)\n'],
      [['missing/*.txt'], 'copydesk: no .txt, .text, .md, .markdown files found in missing/*.txt\n']
    ]
    for (const [args, stderr] of cases) {
      const result = runCli(args, {cwd: folder.path})
      expect({args, status: result.status, stderr: result.stderr, stdout: result.stdout}).toEqual({args, status: 2, stderr, stdout: ''})
    }
  })

  it('prints help and version', () => {
    const help = runCli(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('Usage: copydesk [options] [files, folders or globs...]')
    const version = runCli(['--version'])
    expect(version.stdout).toBe(JSON.parse(readFileSync(join(root, 'packages/copydesk-cli/package.json'), 'utf8')).version + '\n')
  })
})

describe('reporters', () => {
  it('stylish: a table per file and one summary line', () => {
    const result = runCli(['story.txt', 'clean.txt'], {cwd: folder.path})
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toContain('clean.txt: no issues found')
    expect(lines.some((line) => /^\s*3:1-3:\d+\s+error\s+.+scrape-residue\s+copydesk$/.test(line))).toBe(true)
    expect(lines.at(-1)).toMatch(/^✖ \d+ errors?, ⚠ \d+ warnings? in 1 of 2 files$/)
    expect(runCli(['clean.txt'], {cwd: folder.path}).stdout.trimEnd().split('\n').at(-1)).toBe('✔ no issues in 1 file')
  })

  it('stylish: --quiet shows errors only', () => {
    const result = runCli(['--quiet', 'story.txt'], {cwd: folder.path})
    expect(result.stdout).toContain('error')
    expect(result.stdout).not.toMatch(/\bwarning\b.*garbled-punctuation/)
  })

  it('stylish: colour only when asked (or on a terminal)', () => {
    expect(runCli(['story.txt'], {cwd: folder.path}).stdout).not.toContain('\u001B[')
    expect(runCli(['--color', 'story.txt'], {cwd: folder.path}).stdout).toContain('\u001B[31m')
  })

  it('json: the vfile-reporter-json shape on stdout', () => {
    const result = runCli(['--report', 'json', 'story.txt'], {cwd: folder.path})
    const files = json(result.stdout)
    expect(files.map((file) => file.path)).toEqual(['story.txt'])
    const message = files[0]!.messages.find((message) => message.ruleId === 'scrape-residue')!
    expect(Object.keys(message).filter((key) => key !== 'note' && key !== 'expected' && key !== 'actual')).toEqual([
      'column', 'fatal', 'line', 'place', 'reason', 'ruleId', 'source', 'url'
    ])
    expect(message).toMatchObject({line: 3, column: 1, fatal: true, source: 'copydesk', url: expect.stringContaining('retext-scrape-residue')})
    expect(result.stderr).toBe('')
  })

  it('sarif: valid against the SARIF 2.1.0 schema, with rules, regions and fixes', () => {
    const result = runCli(['--report', 'sarif', 'story.txt', 'notes.md'], {cwd: folder.path})
    const log = JSON.parse(result.stdout)
    const Ajv = requireFromCli('ajv-draft-04') as new (options: object) => {compile(schema: object): ((data: unknown) => boolean) & {errors?: unknown}}
    const addFormats = requireFromCli('ajv-formats') as (ajv: object) => void
    const schema = JSON.parse(readFileSync(requireFromCli.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
    // The schema's language-tag pattern is not valid with the `u` flag Ajv uses by default.
    const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
    addFormats(ajv)
    const validate = ajv.compile(schema)
    expect(validate(log), JSON.stringify(validate.errors, undefined, 2)).toBe(true)
    const run = log.runs[0]
    expect(run.tool.driver.name).toBe('copydesk')
    expect(run.tool.driver.rules.map((rule: {id: string}) => rule.id)).toContain('scrape-residue')
    const residueResult = run.results.find(
      (result: {ruleId: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}) =>
        result.ruleId === 'scrape-residue' && result.locations[0]!.physicalLocation.artifactLocation.uri === 'story.txt'
    )
    expect(residueResult.level).toBe('error')
    expect(residueResult.locations[0].physicalLocation.artifactLocation).toEqual({uri: 'story.txt', uriBaseId: 'SRCROOT'})
    expect(residueResult.locations[0].physicalLocation.region).toMatchObject({startLine: 3, startColumn: 1})
    expect(run.tool.driver.rules[residueResult.ruleIndex].id).toBe('scrape-residue')
    // A broken log must fail the same validation, or the check above proves nothing.
    expect(validate({...log, version: '2.0.0'})).toBe(false)
  })

  it('github: workflow commands with escaped properties and data', () => {
    const result = runCli(['--report', 'github', 'story.txt'], {cwd: folder.path})
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines.some((line) => /^::error file=story\.txt,line=3,col=1,endLine=3,endColumn=\d+,title=copydesk\(scrape-residue\)::.+$/.test(line))).toBe(true)
    expect(lines.every((line) => /^::(error|warning|notice) /.test(line))).toBe(true)
    const odd = tempFolder({'a,b: c%d.txt': `${residue}\n`})
    try {
      const escaped = runCli(['--report', 'github', 'a,b: c%d.txt'], {cwd: odd.path})
      expect(escaped.stdout).toContain('::error file=a%2Cb%3A c%25d.txt,line=1,')
    } finally {
      odd.remove()
    }
  })
})

describe('configuration', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['.copydeskrc.json', {'.copydeskrc.json': JSON.stringify({settings: {rules: {'scrape-residue': 'off', 'garbled-punctuation': 'error'}}})}],
    ['.copydeskrc.yaml', {'.copydeskrc.yaml': 'settings:\n  rules:\n    scrape-residue: "off"\n    garbled-punctuation: error\n'}],
    ['.copydeskrc.yml', {'.copydeskrc.yml': 'settings:\n  rules:\n    scrape-residue: "off"\n    garbled-punctuation: [error]\n'}],
    ['package.json field', {'package.json': JSON.stringify({name: 'desk', copydesk: {settings: {rules: {'scrape-residue': 'off', 'garbled-punctuation': 'error'}}}})}]
  ]

  for (const [name, files] of cases) {
    it(`is found in ${name}: a rule turned off, another made an error`, () => {
      const desk = tempFolder({...files, 'sub/story.txt': story})
      try {
        const result = runCli(['--report', 'json', 'sub/story.txt'], {cwd: desk.path})
        const messages = messagesOf(json(result.stdout), 'sub/story.txt')
        expect(messages.filter((message) => message.ruleId === 'scrape-residue')).toEqual([])
        const garbledMessages = messages.filter((message) => message.ruleId === 'garbled-punctuation')
        expect(garbledMessages.length).toBeGreaterThan(0)
        expect(garbledMessages.every((message) => message.fatal === true)).toBe(true)
        expect(result.status).toBe(1)
      } finally {
        desk.remove()
      }
    })
  }

  it('uses default severities without a config file', () => {
    const messages = messagesOf(json(runCli(['--report', 'json', 'story.txt'], {cwd: folder.path}).stdout), 'story.txt')
    expect(messages.filter((message) => message.ruleId === 'scrape-residue').every((message) => message.fatal === true)).toBe(true)
    expect(messages.filter((message) => message.ruleId === 'garbled-punctuation').every((message) => message.fatal === false)).toBe(true)
  })

  it('names the file, the key and what was expected for a bad config (exit 2)', () => {
    const bad: Array<[Record<string, string>, string]> = [
      [{'.copydeskrc.json': '{"settings": {"rules": {"scrape-residue": "warning"}}}'}, "copydesk: bad config in .copydeskrc.json: Unexpected `\"warning\"` for `settings.rules.scrape-residue`, expected `'off'`, `'warn'`, `'error'` or `[severity, options]`\n"],
      [{'.copydeskrc.yaml': 'settings:\n  date: yesterday\n'}, 'copydesk: bad config in .copydeskrc.yaml: Unexpected `"yesterday"` for `settings.date`, expected a date as `YYYY-MM-DD`\n'],
      [{'.copydeskrc.json': '{"setting": {}}'}, 'copydesk: bad config in .copydeskrc.json: Unexpected key `setting`, expected `settings` or `plugins`\n'],
      [{'.copydeskrc.json': '{"settings": {"rules": {"spelling": "off"}}}'}, 'copydesk: bad config in .copydeskrc.json: Unexpected rule `spelling` in `settings.rules`, expected one of'],
      [{'.copydeskrc.json': '{"settings": '}, 'copydesk: bad config in .copydeskrc.json: ']
    ]
    for (const [files, stderr] of bad) {
      const desk = tempFolder({...files, 'story.txt': clean})
      try {
        const result = runCli(['story.txt'], {cwd: desk.path})
        expect(result.status).toBe(2)
        expect(result.stderr.startsWith(stderr)).toBe(true)
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
      } finally {
        desk.remove()
      }
    }
  })

  it('lets flags override the config file', () => {
    const desk = tempFolder({'.copydeskrc.json': JSON.stringify({settings: {date: 'not a date'}}), 'story.txt': clean})
    try {
      expect(runCli(['story.txt'], {cwd: desk.path}).status).toBe(2)
    } finally {
      desk.remove()
    }
    const valid = tempFolder({'.copydeskrc.json': JSON.stringify({settings: {date: '2022-01-10', corpus: false}}), 'story.txt': clean})
    try {
      expect(runCli(['--date', '2022-01-11', '--corpus', 'story.txt'], {cwd: valid.path}).status).toBe(0)
    } finally {
      valid.remove()
    }
  })

  it('skips what .copydeskignore lists', () => {
    const result = runCli(['--report', 'json', '.'], {cwd: folder.path})
    const paths = json(result.stdout).map((file) => file.path)
    expect(paths).toContain('story.txt')
    expect(paths).not.toContain('ignored/skip.txt')
  })
})

describe('Markdown', () => {
  it('points findings at the Markdown source and does not lint code', () => {
    const result = runCli(['--report', 'json', 'notes.md'], {cwd: folder.path})
    const messages = messagesOf(json(result.stdout), 'notes.md')
    const source = readFileSync(join(folder.path, 'notes.md'), 'utf8')
    const residueLines = messages.filter((message) => message.ruleId === 'scrape-residue').map((message) => message.line)
    expect(residueLines).not.toContain(11)
    expect(residueLines).toContain(14)
    for (const message of messages) {
      const place = message.place as {start: {line: number; column: number; offset: number}; end: {offset: number}}
      const line = source.split('\n')[place.start.line - 1]!
      if (message.actual !== undefined) {
        expect(source.slice(place.start.offset, place.end.offset)).toBe(message.actual)
        expect(line.slice(place.start.column - 1).startsWith(message.actual.split('\n')[0]!)).toBe(true)
      }
    }
    const stops = messages.find((message) => message.ruleId === 'garbled-punctuation' && (message.actual ?? '').includes('.'))!
    expect(stops.line).toBe(8)
    expect(stops.column).toBeGreaterThan(3)
    expect(messages.filter((message) => message.ruleId === 'garbled-punctuation').every((message) => message.line === 8)).toBe(true)
  })
})

describe('bad input', () => {
  it('passes an empty file', () => {
    const result = runCli(['--report', 'json', 'empty.txt'], {cwd: folder.path})
    expect(result.status).toBe(0)
    expect(json(result.stdout)).toEqual([{path: 'empty.txt', cwd: folder.path, history: ['empty.txt'], messages: []}])
  })

  it('skips a binary file with a clear message', () => {
    const result = runCli(['--report', 'json', 'binary.txt'], {cwd: folder.path})
    expect(result.status).toBe(0)
    const messages = messagesOf(json(result.stdout), 'binary.txt')
    expect(messages.map((message) => [message.ruleId, message.fatal, message.reason])).toEqual([
      ['binary-file', undefined, 'Skipped binary file: it holds NUL bytes, so it is not text']
    ])
  })

  it('reports invalid UTF-8 at the first bad byte and goes on', () => {
    const result = runCli(['--report', 'json', 'latin1.txt'], {cwd: folder.path})
    expect(result.status).toBe(1)
    const messages = messagesOf(json(result.stdout), 'latin1.txt')
    expect(messages.map((message) => [message.ruleId, message.fatal, message.line, message.column, message.reason])).toEqual([
      ['invalid-utf8', true, 1, 4, 'Invalid UTF-8 at byte 3: the file is not UTF-8 text, so bad bytes were read as `�`']
    ])
  })

  it('says which file cannot be read, checks the others, and exits 2', () => {
    const desk = tempFolder({'ok.txt': clean, 'locked.txt': clean})
    try {
      chmodSync(join(desk.path, 'locked.txt'), 0o000)
      chmodSync(desk.path, 0o755)
      const args = ['--report', 'json', 'ok.txt', 'locked.txt']
      // Root reads anything, so the command then runs as `nobody`.
      const result =
        process.getuid?.() === 0
          ? spawnSync('su', ['nobody', '-s', '/bin/sh', '-c', `cd '${desk.path}' && '${process.execPath}' '${bin}' ${args.join(' ')}`], {encoding: 'utf8'})
          : spawnSync(process.execPath, [bin, ...args], {cwd: desk.path, encoding: 'utf8'})
      expect(result.stderr).toBe('copydesk: cannot read locked.txt: permission denied (EACCES)\n')
      expect(result.status).toBe(2)
      expect(json(result.stdout).map((file) => file.path)).toEqual(['ok.txt'])
    } finally {
      desk.remove()
    }
  })

  it('reads standard input when no files are given, checking its bytes too', () => {
    const result = runCli(['--report', 'json'], {cwd: folder.path, input: story})
    expect(result.status).toBe(1)
    expect(json(result.stdout)[0]!.messages.some((message) => message.ruleId === 'scrape-residue')).toBe(true)
    const bytes = runCli(['--report', 'json'], {cwd: folder.path, input: new Uint8Array([0x61, 0xc3, 0x28])})
    expect(json(bytes.stdout)[0]!.messages.map((message) => message.ruleId)).toEqual(['invalid-utf8'])
  })
})

describe('progress', () => {
  class Collect extends Writable {
    text = ''
    isTTY: boolean
    constructor(isTTY: boolean) {
      super()
      this.isTTY = isTTY
    }
    override _write(chunk: Buffer, _: string, done: () => void) {
      this.text += String(chunk)
      done()
    }
  }

  const many = Object.fromEntries(Array.from({length: 25}, (_, index) => [`many/${index}.txt`, clean]))

  async function runInProcess(isTTY: boolean, files: string[], cwd: string) {
    const stdout = new Collect(false)
    const stderr = new Collect(isTTY)
    const code = await run(files, {stdin: new PassThrough(), stdout, stderr, cwd, env: {}})
    return {code, stdout: stdout.text, stderr: stderr.text}
  }

  it('goes to stderr on a terminal for more than 20 files, and is cleared', async () => {
    const desk = tempFolder(many)
    try {
      const result = await runInProcess(true, ['many'], desk.path)
      expect(result.code).toBe(0)
      expect(result.stderr).toContain('\rcopydesk: checked 1/25 files')
      expect(result.stderr.endsWith('\r\u001B[K')).toBe(true)
      expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('✔ no issues in 25 files')
      expect((await runInProcess(false, ['many'], desk.path)).stderr).toBe('')
      expect((await runInProcess(true, ['many/1.txt'], desk.path)).stderr).toBe('')
    } finally {
      desk.remove()
    }
  })
})
