// `copydesk --since <git-ref>`: only the Markdown and text files changed
// since the ref are linted, in a temporary git repository.

import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli, tempFolder, type JsonFile} from './support/cli.js'

const clean = 'The city council voted 7-2 on Tuesday night to approve a revised budget.\n'
const residue = 'ALSO READ: How many Covid variants are there? Explained\n'

let repo: {path: string; remove: () => void}

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Desk', '-c', 'user.email=desk@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo.path,
    encoding: 'utf8',
    env: {...process.env, GIT_CEILING_DIRECTORIES: dirname(repo.path)}
  })
}

function write(name: string, text: string): void {
  mkdirSync(dirname(join(repo.path, name)), {recursive: true})
  writeFileSync(join(repo.path, name), text)
}

/** Paths of the files the JSON report covers. */
function linted(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonFile[]).map((file) => file.path ?? '').sort()
}

beforeAll(() => {
  repo = tempFolder({
    'story.txt': clean,
    'brief.md': '# Brief\n\n' + clean,
    'notes/old.txt': clean,
    'notes/kept.text': clean,
    'script.js': 'console.log("not copy")\n',
    '.gitignore': 'drafts/\n'
  })
  git('init', '--quiet', '--initial-branch=main')
  git('add', '.')
  git('commit', '--quiet', '-m', 'First stories')
  git('tag', 'base')

  // A commit after the ref, then changes not yet committed.
  write('story.txt', clean + '\n' + residue)
  git('commit', '--quiet', '-am', 'Update the story')
  git('mv', 'brief.md', 'brief-renamed.md')
  write('notes/new.md', residue)
  write('notes/kept.text', clean + '\n' + clean)
  write('drafts/ignored.txt', residue)
  write('script.js', 'console.log("changed")\n')
  rmSync(join(repo.path, 'notes/old.txt'))
})

afterAll(() => repo.remove())

describe('copydesk --since', {timeout: 120_000}, () => {
  it('lints only the .md, .markdown, .txt and .text files changed or added since the ref', () => {
    const result = runCli(['--since', 'base', '--report', 'json'], {cwd: repo.path})
    // Changed in a commit, renamed, changed in the working tree, untracked;
    // not the deleted file, the ignored draft, nor the script.
    expect(linted(result.stdout)).toEqual(['brief-renamed.md', 'notes/kept.text', 'notes/new.md', 'story.txt'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
  })

  it('keeps only changed files inside the given paths', () => {
    const result = runCli(['--since', 'base', '--report', 'json', 'notes'], {cwd: repo.path})
    expect(linted(result.stdout)).toEqual(['notes/kept.text', 'notes/new.md'])
    expect(linted(runCli(['--since', 'base', '--report', 'json', 'story.txt', 'notes/kept.text'], {cwd: repo.path}).stdout)).toEqual([
      'notes/kept.text',
      'story.txt'
    ])
  })

  it('works from a subfolder, with paths relative to it', () => {
    const result = runCli(['--since', 'base', '--report', 'json'], {cwd: join(repo.path, 'notes')})
    expect(linted(result.stdout)).toEqual(['kept.text', 'new.md'])
  })

  it('accepts any ref git knows: a commit, a branch, HEAD~1', () => {
    const first = git('rev-parse', 'base').trim()
    expect(linted(runCli(['--since', first, '--report', 'json'], {cwd: repo.path}).stdout)).toEqual([
      'brief-renamed.md',
      'notes/kept.text',
      'notes/new.md',
      'story.txt'
    ])
    // Since the last commit, the committed story no longer counts.
    expect(linted(runCli(['--since', 'HEAD', '--report', 'json'], {cwd: repo.path}).stdout)).toEqual(['brief-renamed.md', 'notes/kept.text', 'notes/new.md'])
    expect(linted(runCli(['--since', 'main~1', '--report', 'json'], {cwd: repo.path}).stdout)).toEqual([
      'brief-renamed.md',
      'notes/kept.text',
      'notes/new.md',
      'story.txt'
    ])
  })

  it('exits 0 with a one-line note when no such file changed', () => {
    const result = runCli(['--since', 'HEAD', 'story.txt'], {cwd: repo.path})
    expect(result).toEqual({status: 0, stdout: '', stderr: 'copydesk: no .txt, .text, .md, .markdown files changed since HEAD\n'})
  })

  it('fixes only the changed files with --fix', () => {
    const before = readFileSync(join(repo.path, 'notes/kept.text'), 'utf8')
    const result = runCli(['--since', 'base', '--fix', 'notes'], {cwd: repo.path})
    expect(result.stderr.split('\n')[0]).toBe('copydesk: fixed 1 finding in notes/new.md')
    expect(readFileSync(join(repo.path, 'notes/new.md'), 'utf8')).toBe('\n')
    expect(readFileSync(join(repo.path, 'notes/kept.text'), 'utf8')).toBe(before)
    // The story outside `notes` keeps its finding.
    expect(readFileSync(join(repo.path, 'story.txt'), 'utf8')).toBe(clean + '\n' + residue)
    writeFileSync(join(repo.path, 'notes/new.md'), residue)
  })

  it('is 2 with a one-line error for an unknown ref, a glob, or outside a git repository', () => {
    expect(runCli(['--since', 'no-such-branch'], {cwd: repo.path})).toEqual({
      status: 2,
      stdout: '',
      stderr: 'copydesk: unknown git ref `no-such-branch` given to --since\n'
    })
    expect(runCli(['--since', 'base', 'notes/*.md'], {cwd: repo.path})).toEqual({
      status: 2,
      stdout: '',
      stderr: 'copydesk: --since takes files and folders, not globs such as `notes/*.md`\n'
    })
    expect(runCli(['--since=-p'], {cwd: repo.path})).toEqual({
      status: 2,
      stdout: '',
      stderr: 'copydesk: bad value `-p` for --since, expected a git ref such as `origin/main` (see `copydesk --help`)\n'
    })

    const outside = tempFolder({'story.txt': clean})
    try {
      const result = runCli(['--since', 'main'], {cwd: outside.path, env: {GIT_CEILING_DIRECTORIES: tmpdir()}})
      expect(result).toEqual({status: 2, stdout: '', stderr: `copydesk: --since needs a git repository, and ${outside.path} is not in one\n`})
    } finally {
      outside.remove()
    }
  })

  it('renames stay linted under their new name', () => {
    renameSync(join(repo.path, 'brief-renamed.md'), join(repo.path, 'brief-moved.md'))
    try {
      // An unstaged move: the new name is an untracked file, the old one is gone.
      expect(linted(runCli(['--since', 'HEAD', '--report', 'json'], {cwd: repo.path}).stdout)).toEqual(['brief-moved.md', 'notes/kept.text', 'notes/new.md'])
    } finally {
      renameSync(join(repo.path, 'brief-moved.md'), join(repo.path, 'brief-renamed.md'))
    }
  })
})
