import {spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {removeStaleTemps, tempPathFor, unifiedDiff, writeAtomic} from '../src/index.js'

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
