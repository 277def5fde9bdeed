import {readFileSync, statSync} from 'node:fs'
import {resolve} from 'node:path'
import type {VFile} from 'vfile'
import {removeStaleTemps, writeAtomic} from './atomic-write.js'
import {fixFiles, fixSummary, type FileFixes, type Relint} from './fix.js'
import type {CliIo} from './run.js'
import {unifiedDiff} from './unified-diff.js'

/** How `--fix` or `--fix-dry-run` runs. */
export interface FixModeOptions {
  cwd: string
  corpus: boolean
  /** `--fix-dry-run`: print a diff, write nothing. */
  dryRun: boolean
  quiet: boolean
}

/** What is left to report after fixing. */
export interface FixModeResult {
  /** The files as linted after the fixes: their findings are what remains. */
  files: VFile[]
  /** Where the findings report goes: standard output unless that holds the diff or the fixed text. */
  reportTo: NodeJS.WritableStream
  /** A file could not be written. */
  failed: boolean
}

/**
 * `--fix` and `--fix-dry-run` after the first lint: fix every file, then
 * write each changed file atomically (`--fix`), print the fixed text of
 * standard input on standard output (`--fix` without files), or print a
 * unified diff on standard output (`--fix-dry-run`). What was fixed and
 * skipped goes to standard error.
 */
export async function runFixMode(files: ReadonlyArray<VFile>, relint: Relint, io: CliIo, options: FixModeOptions): Promise<FixModeResult> {
  const states = await fixFiles(files, relint, {cwd: options.cwd, corpus: options.corpus})
  let failed = false
  let stdoutUsed = options.dryRun

  for (const state of states) {
    if (state.path === undefined) {
      // A filter always gives its text back, changed or not.
      if (options.dryRun) io.stdout.write(unifiedDiff('stdin', state.original, state.value))
      else io.stdout.write(state.value)
      stdoutUsed = true
      continue
    }
    const path = resolve(options.cwd, state.path)
    // Left by a `--fix` that was killed while writing this file.
    if (!options.dryRun) removeStaleTemps(path)
    if (state.refused || state.value === state.original) continue
    if (options.dryRun) {
      io.stdout.write(unifiedDiff(state.path, state.original, state.value))
      continue
    }
    try {
      // A file nobody may write to (such as a reference copy) is kept as it is,
      // even for a user, like root, whom the permissions would not stop.
      if ((statSync(path).mode & 0o222) === 0) {
        unfix(state, 'it is read-only')
        continue
      }
      // The rounds of fixes took time: the file must still hold what was linted.
      if (readFileSync(path, 'utf8') !== state.original) {
        unfix(state, 'it changed on disk while it was being fixed')
        continue
      }
      writeAtomic(path, state.value)
    } catch (error) {
      const code = (error as {code?: unknown}).code
      unfix(state, `it could not be written (${typeof code === 'string' ? code : (error as Error).message})`)
      failed = true
    }
  }

  io.stderr.write(fixSummary(states, {dryRun: options.dryRun, quiet: options.quiet}))
  const reportTo = stdoutUsed ? io.stderr : io.stdout
  return {files: states.map((state) => state.file), reportTo, failed}
}

/** Mark a file as left unchanged: its findings are those of the first lint. */
function unfix(state: FileFixes, reason: string): void {
  state.refused = reason
  state.value = state.original
  state.file = state.first
}
