import {spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {PassThrough} from 'node:stream'
import {VFile} from 'vfile'
import {fixFiles, fixSummary, removeStaleTemps, runFixMode, tempPathFor, unifiedDiff, writeAtomic, type CliIo} from '../src/index.js'

const folders: string[] = []
function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'copydesk-cli-fix-'))
  folders.push(path)
  return path
}

afterEach(() => {
  for (const path of folders.splice(0)) rmSync(path, {recursive: true, force: true})
})

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'})
  return Number(child.stdout)
}

describe('writeAtomic', () => {
  it('replaces the content, keeps the permission bits and leaves no temporary file', () => {
    const path = folder()
    const file = join(path, 'story.txt')
    writeFileSync(file, 'Talks with Anthony Blanken ended.\n')
    chmodSync(file, 0o640)
    writeAtomic(file, 'Talks with Antony Blinken ended. “Quoted” 🎉\n')
    expect(readFileSync(file, 'utf8')).toBe('Talks with Antony Blinken ended. “Quoted” 🎉\n')
    expect(statSync(file).mode & 0o777).toBe(0o640)
    expect(readdirSync(path)).toEqual(['story.txt'])
  })

  it('writes through a symbolic link to the file it points at', () => {
    const path = folder()
    writeFileSync(join(path, 'real.txt'), 'old\n')
    symlinkSync('real.txt', join(path, 'link.txt'))
    writeAtomic(join(path, 'link.txt'), 'new\n')
    expect(readFileSync(join(path, 'real.txt'), 'utf8')).toBe('new\n')
    expect(readdirSync(path).sort()).toEqual(['link.txt', 'real.txt'])
  })

  it('removes its temporary file when the rename fails, and throws', () => {
    const path = folder()
    // Renaming a file over a folder that holds files fails.
    mkdirSync(join(path, 'folder.txt'))
    writeFileSync(join(path, 'folder.txt', 'inside.txt'), 'kept\n')
    expect(() => writeAtomic(join(path, 'folder.txt'), 'x')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/)
    expect(readdirSync(path)).toEqual(['folder.txt'])
    expect(readFileSync(join(path, 'folder.txt', 'inside.txt'), 'utf8')).toBe('kept\n')
    expect(() => writeAtomic(join(path, 'missing.txt'), 'x')).toThrow(/ENOENT/)
    expect(readdirSync(path)).toEqual(['folder.txt'])
  })

  it('names the temporary file `.name.copydesk-fix-<pid>` beside the file', () => {
    expect(tempPathFor('/desk/story.txt', 42)).toBe('/desk/.story.txt.copydesk-fix-42')
  })
})

describe('removeStaleTemps', () => {
  it('removes what a dead process left, and only that', () => {
    const path = folder()
    const file = join(path, 'story.txt')
    writeFileSync(file, 'text\n')
    const stale = tempPathFor(file, deadPid())
    const live = tempPathFor(file, process.ppid)
    const own = tempPathFor(file, process.pid)
    for (const name of [stale, live, own, join(path, '.story.txt.copydesk-fix-x1'), join(path, '.other.txt.copydesk-fix-1')]) writeFileSync(name, 'partial')
    expect(removeStaleTemps(file)).toEqual([stale])
    expect(readdirSync(path).sort()).toEqual(['.other.txt.copydesk-fix-1', '.story.txt.copydesk-fix-x1', live.slice(path.length + 1), own.slice(path.length + 1), 'story.txt'].sort())
    expect(removeStaleTemps(join(path, 'gone.txt'))).toEqual([])
  })
})

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a.txt', 'same\n', 'same\n')).toBe('')
  })

  it('writes git headers with forward slashes and three lines of context', () => {
    const before = ['1', '2', '3', '4', 'Talks with Anthony Blanken ended.', '6', '7', '8', '9', ''].join('\n')
    const after = before.replace('Anthony Blanken', 'Antony Blinken')
    expect(unifiedDiff('desk\\story.txt', before, after)).toBe(
      ['--- a/desk/story.txt', '+++ b/desk/story.txt', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-Talks with Anthony Blanken ended.', '+Talks with Antony Blinken ended.', ' 6', ' 7', ' 8', ''].join('\n')
    )
  })

  it('marks a last line without a line end', () => {
    expect(unifiedDiff('a.txt', 'Powered by', '')).toBe(['--- a/a.txt', '+++ b/a.txt', '@@ -1,1 +0,0 @@', '-Powered by', '\\ No newline at end of file', ''].join('\n'))
  })
})

/** A linted file as the engine gives it: `text` at `path`, with one fixable finding. */
function linted(path: string, text: string, actual: string, replacement: string): VFile {
  const file = new VFile({path, value: text})
  const start = text.indexOf(actual)
  const message = file.message('Unexpected `' + actual + '`', {
    place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: start + actual.length + 1, offset: start + actual.length}},
    ruleId: 'name-spelling',
    source: 'copydesk'
  })
  message.actual = actual
  message.expected = [replacement]
  return file
}

function io(): CliIo & {out: () => string; err: () => string} {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
  stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
  return {stdin: new PassThrough(), stdout, stderr, cwd: process.cwd(), env: {}, out: () => out, err: () => err}
}

describe('fixFiles and runFixMode', () => {
  const text = 'Talks with Anthony Blanken ended.\n'

  it('fixes, lints again, and stops when nothing more applies', async () => {
    const path = folder()
    const file = join(path, 'story.txt')
    writeFileSync(file, text)
    const relinted: string[] = []
    const states = await fixFiles([linted(file, text, 'Anthony Blanken', 'Antony Blinken')], async (files) => {
      relinted.push(...files.map((item) => String(item.value)))
      return files
    }, {cwd: path, corpus: false})
    expect(relinted).toEqual(['Talks with Antony Blinken ended.\n'])
    expect(states).toHaveLength(1)
    expect(states[0]).toMatchObject({path: 'story.txt', original: text, value: 'Talks with Antony Blinken ended.\n', refused: undefined, settled: true})
    expect(states[0]!.passes.map((pass) => [pass.applied.length, pass.skipped.length])).toEqual([[1, 0]])
    // Nothing is written by fixFiles itself.
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  it('refuses a file whose content on disk is not what was linted', async () => {
    const path = folder()
    const file = join(path, 'story.txt')
    writeFileSync(file, 'Edited meanwhile.\n')
    const states = await fixFiles([linted(file, text, 'Anthony Blanken', 'Antony Blinken')], async (files) => files, {cwd: path, corpus: false})
    expect(states[0]!.refused).toBe('it changed on disk while it was checked')
    expect(states[0]!.value).toBe(text)
  })

  it('does not write over a change made on disk while the fixes were being made', async () => {
    const path = folder()
    const file = join(path, 'story.txt')
    writeFileSync(file, text)
    const streams = io()
    const result = await runFixMode([linted(file, text, 'Anthony Blanken', 'Antony Blinken')], async (files) => {
      // Someone saves the file while copydesk lints the fixed text.
      writeFileSync(file, 'Saved by the editor.\n')
      return files
    }, streams, {cwd: path, corpus: false, dryRun: false, quiet: false})
    expect(readFileSync(file, 'utf8')).toBe('Saved by the editor.\n')
    expect(streams.err()).toBe('copydesk: not fixing story.txt: it changed on disk while it was being fixed\n')
    // Its findings are those of the text that was linted first.
    expect(result.files[0]!.messages.map((message) => message.actual)).toEqual(['Anthony Blanken'])
    expect(result.failed).toBe(false)
    expect(result.reportTo).toBe(streams.stdout)
  })

  it('gives up after ten rounds on fixes that keep changing the text', async () => {
    const path = folder()
    const file = join(path, 'story.txt')
    writeFileSync(file, 'a\n')
    // A pathological rule: every round finds the text it just wrote.
    const states = await fixFiles([linted(file, 'a\n', 'a', 'aa')], async (files) => files.map((item) => linted(file, String(item.value), 'a', 'aa')), {cwd: path, corpus: false})
    expect(states[0]!.settled).toBe(false)
    expect(states[0]!.passes).toHaveLength(10)
    expect(states[0]!.value).toBe('a'.repeat(11) + '\n')
    // Said even with --quiet.
    expect(fixSummary(states, {dryRun: false, quiet: true})).toBe(
      'copydesk: fixed 10 findings in story.txt\ncopydesk: story.txt still changed after 10 rounds of fixes; stopped there\n'
    )
  })
})
