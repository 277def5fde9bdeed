// `copydesk --fix` and `--fix-dry-run` end to end: the built command on
// copies in temporary folders.

import {spawn, spawnSync} from 'node:child_process'
import {chmodSync, existsSync, readdirSync, readFileSync, statSync, watch, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {applyFixes, lintText} from '../packages/copydesk/dist/index.js'
import {bin, root, runCli, tempFolder, type JsonFile} from './support/cli.js'

const seedName = '000_f653e7d4b9240d4a.txt'
const seed = readFileSync(join(root, 'seeds', seedName), 'utf8')
const otherSeed = readFileSync(join(root, 'seeds/004_9f9cc69ba27d57d6.txt'), 'utf8')

const folders: Array<{path: string; remove: () => void}> = []
function folder(files: Record<string, string>): string {
  const made = tempFolder(files)
  folders.push(made)
  return made.path
}

afterEach(() => {
  for (const made of folders.splice(0)) made.remove()
})

/** The seed with every fix the library proposes applied, round after round, as `--fix` does. */
async function fixedByLibrary(text: string, path: string): Promise<string> {
  let value = text
  for (let round = 0; round < 10; round++) {
    const result = applyFixes(value, (await lintText(value, {path})).messages)
    if (result.value === value) break
    value = result.value
  }
  return value
}

/** Files in `path` other than dot-files, as the CLI would find them. */
function visible(path: string): string[] {
  return readdirSync(path).filter((name) => !name.startsWith('.')).sort()
}

describe('copydesk --fix', {timeout: 120_000}, () => {
  it('fixes a copy of a seed in place, says what it fixed, then reports what remains', async () => {
    const path = folder({'story.txt': seed})
    const result = runCli(['--fix', 'story.txt'], {cwd: path})
    const fixed = readFileSync(join(path, 'story.txt'), 'utf8')

    expect(fixed).toBe(await fixedByLibrary(seed, 'story.txt'))
    expect(fixed).not.toBe(seed)
    const lines = fixed.split('\n')
    expect(lines[0]).toBe('')
    expect(lines[30]).toContain('Secretary of State Antony Blinken')
    expect(lines[48]).toContain('strong US warnings and Europe')

    expect(result.stderr.split('\n').slice(0, 4)).toEqual([
      'copydesk: fixed 17 findings in story.txt',
      '  1:1-1:11       scrape-residue       removed `Powered by`',
      '  3:1-3:15       scrape-residue       removed `Home Explained`',
      '  7:32-7:38      garbled-punctuation  `; High` -> `; high`'
    ])
    expect(result.stderr).toContain('  31:23-31:38    name-spelling        `Anthony Blanken` -> `Antony Blinken`\n')
    // What remains needs a person: two repeated headlines, the contradicting days.
    expect(result.stdout).toMatch(/✖ 4 errors in 1 of 1 file\n$/)
    expect(result.stdout).toContain('11:1-11:32')
    expect(result.status).toBe(1)
    expect(readdirSync(path)).toEqual(['story.txt'])
  })

  it('changes nothing on a second run', () => {
    const path = folder({'story.txt': seed, 'other.txt': otherSeed})
    runCli(['--fix', '.'], {cwd: path})
    const once = {story: readFileSync(join(path, 'story.txt'), 'utf8'), other: readFileSync(join(path, 'other.txt'), 'utf8')}
    const modified = statSync(join(path, 'story.txt')).mtimeMs

    const second = runCli(['--fix', '.'], {cwd: path})
    expect(second.stderr).toBe('')
    expect(readFileSync(join(path, 'story.txt'), 'utf8')).toBe(once.story)
    expect(readFileSync(join(path, 'other.txt'), 'utf8')).toBe(once.other)
    // Not even rewritten with the same bytes.
    expect(statSync(join(path, 'story.txt')).mtimeMs).toBe(modified)
    expect(runCli(['--fix-dry-run', '.'], {cwd: path}).stdout).toBe('')
  })

  it('leaves Markdown byte for byte outside the fixed spans: front matter, emphasis, links, code', () => {
    const story = [
      '---',
      'title: Geneva talks',
      'date: 2022-01-10',
      '---',
      '',
      '# Talks in *Geneva*',
      '',
      'The talks were meant to [guarantee. the security](https://example.com/geneva?a=1&b=2) of **Russia**, officials said.',
      '',
      '```txt',
      'They were meant to guarantee. the security of Russia.',
      '```',
      '',
      '> Talks with Anthony Blanken ended, and `warnings. .and` stayed in code.',
      '',
      '* ALSO READ: How many Covid variants are there? Explained',
      '* Second item, with a [reference link][ref].',
      '',
      '[ref]: https://example.com/ref "Title"',
      ''
    ].join('\n')
    const path = folder({'story.md': story})
    const result = runCli(['--fix', 'story.md'], {cwd: path})

    expect(readFileSync(join(path, 'story.md'), 'utf8')).toBe(
      story
        .replace('[guarantee. the security]', '[guarantee the security]')
        .replace('> Talks with Anthony Blanken ended', '> Talks with Antony Blinken ended')
        .replace('* ALSO READ: How many Covid variants are there? Explained', '')
    )
    expect(result.stderr).toBe(
      [
        'copydesk: fixed 3 findings in story.md',
        '  8:26-8:36    garbled-punctuation  `guarantee.` -> `guarantee`',
        '  14:14-14:29  name-spelling        `Anthony Blanken` -> `Antony Blinken`',
        '  16:1-16:58   scrape-residue       removed `* ALSO READ: How many Covid variants are there? Explained`',
        ''
      ].join('\n')
    )
    expect(result.status).toBe(0)
  })

  it('reports a fix skipped because it overlaps another, and applies it in the next round', () => {
    const path = folder({'brief.txt': 'Officials met Joseph Borrell. .the next day in Brussels.\n'})
    const result = runCli(['--fix', 'brief.txt'], {cwd: path})
    expect(result.stderr).toBe(
      [
        'copydesk: fixed 2 findings in brief.txt, skipped 1 overlapping or stale fix',
        '  1:15-1:29  name-spelling        skipped: overlaps another fix (tried again in the next round)',
        '  1:22-1:35  garbled-punctuation  `Borrell. .the` -> `Borrell the`',
        '  1:15-1:29  name-spelling        `Joseph Borrell` -> `Josep Borrell` (round 2)',
        ''
      ].join('\n')
    )
    expect(readFileSync(join(path, 'brief.txt'), 'utf8')).toBe('Officials met Josep Borrell the next day in Brussels.\n')
    expect(result.stdout).toBe('brief.txt: no issues found\n\n✔ no issues in 1 file\n')
    expect(result.status).toBe(0)
  })

  it('--fix-dry-run prints a unified diff that git applies, and writes nothing', () => {
    const text = [
      'The delegations met in Geneva on Monday, officials said.',
      '',
      'Talks with Anthony Blanken. .and Sergei Lavrov ended.',
      '',
      'Both sides agreed to meet again.',
      ''
    ].join('\n')
    const path = folder({'desk/brief.txt': text})
    const result = runCli(['--fix-dry-run', 'desk'], {cwd: path})
    expect(result.stdout).toBe(
      [
        '--- a/desk/brief.txt',
        '+++ b/desk/brief.txt',
        '@@ -1,5 +1,5 @@',
        ' The delegations met in Geneva on Monday, officials said.',
        ' ',
        '-Talks with Anthony Blanken. .and Sergei Lavrov ended.',
        '+Talks with Antony Blinken and Sergei Lavrov ended.',
        ' ',
        ' Both sides agreed to meet again.',
        ''
      ].join('\n')
    )
    expect(result.stderr.split('\n')[0]).toBe('copydesk: would fix 2 findings in desk/brief.txt, skipped 1 overlapping or stale fix')
    // The findings that would remain are reported on stderr, after the summary.
    expect(result.stderr).toContain('✔ no issues in 1 file')
    expect(result.status).toBe(0)
    expect(readFileSync(join(path, 'desk/brief.txt'), 'utf8')).toBe(text)
    expect(readdirSync(join(path, 'desk'))).toEqual(['brief.txt'])

    writeFileSync(join(path, 'fix.patch'), result.stdout)
    const applied = spawnSync('git', ['apply', '--unsafe-paths', 'fix.patch'], {cwd: path, encoding: 'utf8'})
    expect(applied.stderr).toBe('')
    expect(readFileSync(join(path, 'desk/brief.txt'), 'utf8')).toBe(text.replace('Anthony Blanken. .and', 'Antony Blinken and'))
  })

  it('--fix-dry-run exits by the findings that would remain', () => {
    const path = folder({'story.txt': seed})
    const result = runCli(['--fix-dry-run', 'story.txt'], {cwd: path})
    expect(result.stdout.split('\n').slice(0, 3)).toEqual(['--- a/story.txt', '+++ b/story.txt', '@@ -1,35 +1,35 @@'])
    expect(result.stderr).toMatch(/✖ 4 errors in 1 of 1 file\n$/)
    expect(result.status).toBe(1)
    expect(readFileSync(join(path, 'story.txt'), 'utf8')).toBe(seed)
  })

  it('with standard input prints the fixed text on stdout and the report on stderr', () => {
    const result = runCli(['--fix'], {input: 'Officials met Joseph Borrell. .the next day in Brussels.\n'})
    expect(result.stdout).toBe('Officials met Josep Borrell the next day in Brussels.\n')
    expect(result.stderr.split('\n')[0]).toBe('copydesk: fixed 2 findings in <stdin>, skipped 1 overlapping or stale fix')
    expect(result.stderr).toContain('✔ no issues in 1 file')
    expect(result.status).toBe(0)

    // Text with nothing to fix comes back unchanged; one with findings left exits 1.
    expect(runCli(['--fix'], {input: 'Talks began.\n'}).stdout).toBe('Talks began.\n')
    const remaining = runCli(['--fix', '--report', 'json'], {input: seed})
    expect(remaining.stdout.split('\n')[0]).toBe('')
    const report = JSON.parse(remaining.stderr.slice(remaining.stderr.indexOf('[{'))) as JsonFile[]
    expect(report[0]!.messages.map((message) => message.ruleId)).toEqual(['scrape-residue', 'scrape-residue', 'date-consistency', 'date-consistency'])
    expect(remaining.status).toBe(1)
  })

  it('as a filter, ends quietly with its own status when the reader stops early', () => {
    // Far more than a pipe holds, so the command is still writing when `head` leaves.
    const path = folder({'draft.txt': (seed + '\n').repeat(40)})
    const script = '{ "$0" "$1" --fix < draft.txt 2> stderr.txt; echo $? > status.txt; } | head -c 10 > head.txt'
    const result = spawnSync('sh', ['-c', script, process.execPath, bin], {cwd: path, encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(readFileSync(join(path, 'head.txt'), 'utf8')).toBe('\n\n\n\nExplai')
    const stderr = readFileSync(join(path, 'stderr.txt'), 'utf8')
    expect(stderr).not.toMatch(/EPIPE|Error/)
    expect(stderr.split('\n')[0]).toMatch(/^copydesk: fixed \d+ findings in <stdin>$/)
    // The findings that remain decide, as when the whole text is read.
    expect(readFileSync(join(path, 'status.txt'), 'utf8')).toBe('1\n')
  })

  it('with standard input and --fix-dry-run prints a diff of `stdin`', () => {
    const result = runCli(['--fix-dry-run'], {input: 'Talks with Anthony Blanken. .and Sergei Lavrov ended.\n'})
    expect(result.stdout).toBe(
      ['--- a/stdin', '+++ b/stdin', '@@ -1,1 +1,1 @@', '-Talks with Anthony Blanken. .and Sergei Lavrov ended.', '+Talks with Antony Blinken and Sergei Lavrov ended.', ''].join('\n')
    )
  })

  it('does not rewrite a file that is not valid UTF-8, and keeps a byte order mark', () => {
    const bad = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' talks with Anthony Blanken. .and Lavrov.\n')])
    const made = tempFolder({'latin1.txt': bad, 'bom.txt': '\uFEFFTalks with Anthony Blanken ended.\n'})
    folders.push(made)
    const result = runCli(['--fix', '.'], {cwd: made.path})
    expect(readFileSync(join(made.path, 'latin1.txt')).equals(bad)).toBe(true)
    // The bad byte is an error that stops the check, so nothing is fixed there.
    expect(result.stderr).not.toContain('latin1.txt')
    expect(result.stdout).toContain('1:4 error Invalid UTF-8 at byte 3')
    expect(readFileSync(join(made.path, 'bom.txt'), 'utf8')).toBe('\uFEFFTalks with Antony Blinken ended.\n')
  })

  it('does not rewrite a read-only file, and says so', () => {
    const path = folder({'story.txt': 'Talks with Anthony Blanken ended.\n'})
    chmodSync(join(path, 'story.txt'), 0o444)
    const result = runCli(['--fix', 'story.txt'], {cwd: path})
    expect(readFileSync(join(path, 'story.txt'), 'utf8')).toBe('Talks with Anthony Blanken ended.\n')
    expect(result.stderr).toBe('copydesk: not fixing story.txt: it is read-only\n')
    // The finding is reported where it still is.
    expect(result.stdout).toContain('1:12-1:27 error Unexpected `Anthony Blanken`, expected `Antony Blinken`')
    expect(result.status).toBe(1)
    expect(readdirSync(path)).toEqual(['story.txt'])
  })

  it('rejects --fix with --fix-dry-run', () => {
    const result = runCli(['--fix', '--fix-dry-run', 'x.txt'])
    expect(result.stderr).toBe('copydesk: --fix and --fix-dry-run cannot be used together (see `copydesk --help`)\n')
    expect(result.status).toBe(2)
  })
})

describe('copydesk --fix killed at any moment', () => {
  /** About 2 MB of seed paragraphs: long enough to kill the command while it reads, lints and writes. */
  const large = (() => {
    const unit = seed + '\n' + otherSeed + '\n'
    return unit.repeat(Math.ceil(2_000_000 / unit.length))
  })()

  /**
   * Start `copydesk --fix big.txt` in `path`; kill it with SIGKILL after
   * `delay` ms, or as soon as its temporary file appears when `delay` is
   * `'temp'`. Resolves with whether the kill came before the command ended.
   */
  function runAndKill(path: string, delay: number | 'temp' | 'never'): Promise<{killed: boolean; ms: number}> {
    return new Promise((done, fail) => {
      const started = Date.now()
      const child = spawn(process.execPath, [bin, '--fix', '--quiet', 'big.txt'], {cwd: path, stdio: 'ignore'})
      let killed = false
      const kill = () => {
        if (child.exitCode === null && child.signalCode === null) killed = child.kill('SIGKILL')
      }
      const watcher = delay === 'temp' ? watch(path, (_event, name) => {
        if (name && String(name).startsWith('.big.txt.copydesk-fix-')) kill()
      }) : undefined
      const timer = typeof delay === 'number' ? setTimeout(kill, delay) : undefined
      child.on('error', fail)
      child.on('exit', () => {
        watcher?.close()
        clearTimeout(timer)
        done({killed, ms: Date.now() - started})
      })
    })
  }

  it('leaves the complete original or the complete fixed text, and no temp file a later run would lint', async () => {
    const reference = folder({'big.txt': large})
    const full = await runAndKill(reference, 'never')
    expect(full.killed).toBe(false)
    const fixed = readFileSync(join(reference, 'big.txt'), 'utf8')
    expect(fixed).not.toBe(large)
    expect(readdirSync(reference)).toEqual(['big.txt'])

    const path = folder({'big.txt': large})
    const outcomes: string[] = []
    for (const delay of [300, 'temp', Math.round(full.ms * 0.4)] as const) {
      const run = await runAndKill(path, delay)
      const now = readFileSync(join(path, 'big.txt'), 'utf8')
      const state = now === large ? 'original' : now === fixed ? 'fixed' : 'torn'
      outcomes.push(`${String(delay)}: ${run.killed ? 'killed' : 'finished'}, ${state}`)
      expect(state).not.toBe('torn')
      // Whatever is left beside it is a dot-file the CLI never lints.
      expect(visible(path)).toEqual(['big.txt'])
      for (const name of readdirSync(path)) {
        if (name !== 'big.txt') expect(name).toMatch(/^\.big\.txt\.copydesk-fix-\d+$/)
      }
      if (state === 'fixed') writeFileSync(join(path, 'big.txt'), large)
    }
    // Killed as its temporary file appeared: almost always before the rename
    // (the original stays), but a loaded machine may let the rename through.
    expect(outcomes[1]).toMatch(/^temp: killed, (original|fixed)$/)

    // A run that is not killed finishes the job and removes what killed runs left.
    const last = runCli(['--fix', '--quiet', '--report', 'json', 'big.txt'], {cwd: path})
    expect(last.status).not.toBe(2)
    expect(readFileSync(join(path, 'big.txt'), 'utf8')).toBe(fixed)
    expect(readdirSync(path)).toEqual(['big.txt'])
    expect(existsSync(join(path, '.big.txt.copydesk-fix-' + process.pid))).toBe(false)
  }, 600_000)
})
