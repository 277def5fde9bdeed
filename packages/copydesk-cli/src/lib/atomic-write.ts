import {closeSync, fchmodSync, fsyncSync, openSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'

/** What every temporary file of `--fix` has between the fixed file's name and the process id. */
export const tempMarker = '.copydesk-fix-'

/**
 * The temporary file `--fix` writes before renaming it over `path`:
 * `.name.copydesk-fix-<pid>` in the same folder. The leading dot and the
 * extension that is not `.txt` or `.md` keep a later run from linting it.
 */
export function tempPathFor(path: string, pid: number = process.pid): string {
  return join(dirname(path), `.${basename(path)}${tempMarker}${pid}`)
}

/**
 * Replace the content of `path` with `text` (UTF-8) so that at every moment
 * the file holds either its old content or the new one, complete: write a
 * temporary file in the same folder, flush it to disk, then rename it over
 * the file. The temporary file is removed when any step fails. The file's
 * permission bits are kept; a symbolic link is followed, so the file it
 * points at is replaced and the link stays.
 */
export function writeAtomic(path: string, text: string): void {
  const target = realpathSync(path)
  writeThroughTemp(target, Buffer.from(text, 'utf8'), statSync(target).mode & 0o7777, tempPathFor(target))
}

/**
 * Write `bytes` to `target` (created or replaced, with permission bits
 * `mode`) through the temporary file `temp` in the same folder: written,
 * flushed to disk, then renamed over `target`, so `target` is never seen
 * half-written. The temporary file is removed when any step fails.
 */
export function writeThroughTemp(target: string, bytes: Uint8Array, mode: number, temp: string): void {
  // `wx`: never write through a file someone else put at this name.
  const fd = openSync(temp, 'wx', 0o600)
  try {
    try {
      fchmodSync(fd, mode)
      let written = 0
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, target)
  } catch (error) {
    removeQuietly(temp)
    throw error
  }
  syncFolder(dirname(target))
}

/**
 * Remove temporary files that a `--fix` of `path` left behind when it was
 * killed: only names `.name.copydesk-fix-<pid>` next to the file, and only
 * when no process with that id is running (a live process, even one of
 * another user, may still be writing, and its file is left alone).
 * Returns the removed paths.
 */
export function removeStaleTemps(path: string): string[] {
  let target: string
  try {
    target = realpathSync(path)
  } catch {
    return []
  }
  const folder = dirname(target)
  const prefix = `.${basename(target)}${tempMarker}`
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    if (!name.startsWith(prefix)) continue
    const digits = name.slice(prefix.length)
    if (!/^\d+$/.test(digits)) continue
    const pid = Number(digits)
    if (pid === process.pid || isRunning(pid)) continue
    const stale = join(folder, name)
    if (removeQuietly(stale)) removed.push(stale)
  }
  return removed
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as {code?: unknown}).code !== 'ESRCH'
  }
}

function removeQuietly(path: string): boolean {
  try {
    unlinkSync(path)
    return true
  } catch {
    return false
  }
}

/** Flush the folder's entry list, so the rename itself survives a crash. */
function syncFolder(folder: string): void {
  let fd: number | undefined
  try {
    fd = openSync(folder, 'r')
    fsyncSync(fd)
  } catch {
    // Some file systems cannot sync a folder; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
