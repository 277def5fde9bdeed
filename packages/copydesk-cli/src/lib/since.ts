import {execFile} from 'node:child_process'
import {existsSync, realpathSync} from 'node:fs'
import {extname, isAbsolute, join, relative, resolve, sep} from 'node:path'

/**
 * `--since` cannot be done: not in a git repository, an unknown ref, no git.
 */
export class SinceError extends Error {
  override name = 'SinceError'
}

/**
 * Files changed since the git ref `ref`, for `--since`: what
 * `git diff --name-only --diff-filter=ACMR <ref>` lists (added, copied,
 * modified and renamed files, the working tree against the ref) and the
 * untracked files git does not ignore, kept when their extension is one of
 * `extensions` and they lie in one of `paths` (files or folders, relative
 * to `cwd`). Returned relative to `cwd`, sorted. Git runs without a shell.
 */
export async function changedFiles(ref: string, paths: ReadonlyArray<string>, cwd: string, extensions: ReadonlyArray<string>): Promise<string[]> {
  if (ref === '' || ref.startsWith('-')) throw new SinceError(`bad git ref \`${ref}\` given to --since`)
  const glob = paths.find((path) => /[*?[\]{}!]/.test(path))
  if (glob !== undefined) throw new SinceError(`--since takes files and folders, not globs such as \`${glob}\``)

  let top: string
  try {
    top = (await git(['rev-parse', '--show-toplevel'], cwd)).trim()
  } catch (error) {
    if ((error as {code?: unknown}).code === 'ENOENT') throw new SinceError('--since needs git, and no `git` command was found')
    throw new SinceError(`--since needs a git repository, and ${cwd} is not in one`)
  }

  try {
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top)
  } catch {
    throw new SinceError(`unknown git ref \`${ref}\` given to --since`)
  }

  const changed = split(await git(['diff', '--name-only', '-z', '--diff-filter=ACMR', ref, '--'], top))
  const untracked = split(await git(['ls-files', '--others', '--exclude-standard', '-z'], top))

  const wanted = new Set(extensions.map((extension) => '.' + extension))
  const roots = (paths.length > 0 ? paths : ['.']).map((path) => real(resolve(cwd, path)))
  const base = real(cwd)
  const files = new Set<string>()
  for (const name of [...changed, ...untracked]) {
    if (!wanted.has(extname(name))) continue
    const absolute = join(top, name)
    if (!roots.some((root) => absolute === root || absolute.startsWith(root.endsWith(sep) ? root : root + sep))) continue
    if (!existsSync(absolute)) continue
    const shown = relative(base, absolute)
    files.add(shown === '' || isAbsolute(shown) ? absolute : shown)
  }
  return [...files].sort()
}

function git(args: ReadonlyArray<string>, cwd: string): Promise<string> {
  return new Promise((done, fail) => {
    execFile('git', [...args], {cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}, (error, stdout) => {
      if (error) fail(error)
      else done(stdout)
    })
  })
}

function split(output: string): string[] {
  return output.split('\0').filter((name) => name !== '')
}

/** The path with symbolic links resolved (git reports real paths), or as given when it does not exist. */
function real(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}
