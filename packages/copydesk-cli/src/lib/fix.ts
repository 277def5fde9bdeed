import {readFileSync} from 'node:fs'
import {relative, resolve} from 'node:path'
import {applyFixes, type AppliedFix, type SkippedFix} from 'copydesk'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Most rounds of fix-then-lint-again before `--fix` gives up on a file that keeps changing. */
export const maxFixPasses = 10

/** One round of fixes on one file; offsets are into the text as it was before the round. */
export interface FixPass {
  applied: Array<AppliedFix<VFileMessage>>
  skipped: Array<SkippedFix<VFileMessage>>
}

/** What `--fix` did to one file. */
export interface FileFixes {
  /** The file as linted last: its messages are the findings that remain. */
  file: VFile
  /** The file as linted first, before any fix. */
  first: VFile
  /** Path relative to the working folder, `undefined` for standard input. */
  path: string | undefined
  /** The text as read. */
  original: string
  /** The text with every round of fixes applied. */
  value: string
  /** Rounds that applied or skipped something, in order. */
  passes: FixPass[]
  /** Why the file was left as it is (not UTF-8, changed on disk), when it was. */
  refused: string | undefined
  /** `false` when fixes still applied after `maxFixPasses` rounds. */
  settled: boolean
}

/** Lint in-memory files again (same paths, new values) and return them with their messages. */
export type Relint = (files: VFile[]) => Promise<VFile[]>

/**
 * Fix `files` (as the engine returned them, with their messages): apply
 * each message's first `expected` to the text that was linted, with
 * `applyFixes`, lint the result again with `relint`, and repeat until no
 * fix applies (a fix can uncover another, and an overlapping fix skipped in
 * one round can apply in the next), at most `maxFixPasses` rounds. Files
 * with a path are checked against the disk first: a file that is not valid
 * UTF-8, or that no longer holds what was linted, is refused, never
 * rewritten. Nothing is written here.
 */
export async function fixFiles(files: ReadonlyArray<VFile>, relint: Relint, options: {cwd: string; corpus: boolean}): Promise<FileFixes[]> {
  const states: FileFixes[] = files.map((file) => {
    const original = textOf(file)
    return {
      file,
      first: file,
      path: file.path ? relative(options.cwd, resolve(file.cwd, file.path)) || file.path : undefined,
      original,
      value: original,
      passes: [],
      refused: file.path
        ? checkDisk(resolve(file.cwd, file.path), original)
        : file.messages.some((message) => message.ruleId === 'invalid-utf8')
          ? 'it is not valid UTF-8, and fixing it would replace the bad bytes'
          : undefined,
      settled: true
    }
  })

  let open = states.filter((state) => state.refused === undefined)
  for (let round = 1; round <= maxFixPasses && open.length > 0; round++) {
    const changed: FileFixes[] = []
    for (const state of open) {
      const result = applyFixes(state.value, state.file.messages)
      if (result.applied.length > 0 || result.skipped.length > 0) {
        state.passes.push({applied: result.applied, skipped: result.skipped})
      }
      if (result.value !== state.value) {
        state.value = result.value
        changed.push(state)
      }
    }
    if (changed.length === 0) break
    if (round === maxFixPasses) {
      for (const state of changed) state.settled = false
    }
    // Cross-file checks compare every file, so all are linted again then.
    const again = options.corpus ? states : changed
    const linted = await relint(again.map((state) => new VFile({path: state.file.path, cwd: state.file.cwd, value: state.value})))
    const byPath = new Map(linted.map((file) => [file.path, file]))
    for (const state of again) state.file = byPath.get(state.file.path) ?? state.file
    open = changed
  }
  return states
}

/**
 * Why the file at `path` must not be rewritten, or `undefined`: its bytes
 * must decode as UTF-8 to exactly the text that was linted (a byte order
 * mark included), so that writing the fixed text back loses nothing.
 */
function checkDisk(path: string, linted: string): string | undefined {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch {
    return 'it could not be read again'
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    return 'it is not valid UTF-8, and rewriting it would replace the bad bytes'
  }
  if (text.includes('\u0000')) return 'it is a binary file'
  if (text !== linted) return 'it changed on disk while it was checked'
  return undefined
}

function textOf(file: VFile): string {
  return typeof file.value === 'string' ? file.value : new TextDecoder().decode(file.value)
}

/** Lines saying what `--fix` did (or, with `dryRun`, would do), for standard error. */
export function fixSummary(states: ReadonlyArray<FileFixes>, options: {dryRun: boolean; quiet: boolean}): string {
  const lines: string[] = []
  for (const state of states) {
    const name = state.path ?? '<stdin>'
    if (state.refused) {
      if (state.file.messages.some((message) => message.expected)) lines.push(`copydesk: not fixing ${name}: ${state.refused}`)
      continue
    }
    const applied = new Set<VFileMessage>()
    let skipped = 0
    for (const pass of state.passes) {
      for (const fix of pass.applied) applied.add(fix.message)
      skipped += pass.skipped.length
    }
    if (applied.size === 0 && skipped === 0) continue
    const verb = options.dryRun ? 'would fix' : 'fixed'
    lines.push(`copydesk: ${verb} ${plural(applied.size, 'finding')} in ${name}` + (skipped > 0 ? `, skipped ${plural(skipped, 'overlapping or stale fix', 'overlapping or stale fixes')}` : ''))
    if (!options.quiet) lines.push(...fixRows(state))
    if (!state.settled) lines.push(`copydesk: ${name} still changed after ${maxFixPasses} rounds of fixes; stopped there`)
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

/** One line per fix applied or skipped, in document order within each round, in aligned columns. */
function fixRows(state: FileFixes): string[] {
  const rows: Array<[string, string, string]> = []
  state.passes.forEach((pass, index) => {
    const round = index > 0 ? ` (round ${index + 1})` : ''
    const entries = [
      ...pass.applied.map((fix) => ({message: fix.message, text: describeFix(fix.message.actual ?? '', fix.replacement)})),
      ...pass.skipped.map((skip) => ({message: skip.message, text: 'skipped: ' + skipReasons[skip.reason]}))
    ].sort((a, b) => startOffset(a.message) - startOffset(b.message))
    for (const entry of entries) rows.push([span(entry.message), entry.message.ruleId ?? '', entry.text + round])
  })
  const spanWidth = Math.max(...rows.map((row) => row[0].length))
  const ruleWidth = Math.max(...rows.map((row) => row[1].length))
  return rows.map(([where, rule, text]) => `  ${where.padEnd(spanWidth)}  ${rule.padEnd(ruleWidth)}  ${text}`)
}

const skipReasons: Record<SkippedFix['reason'], string> = {
  overlap: 'overlaps another fix (tried again in the next round)',
  mismatch: 'the text there no longer reads as found',
  position: 'the finding has no usable position'
}

function describeFix(actual: string, replacement: string): string {
  if (replacement === '') return `removed ${quote(actual)}`
  if (actual === '') return `inserted ${quote(replacement)}`
  return `${quote(actual)} -> ${quote(replacement)}`
}

function quote(text: string): string {
  const flat = text.replaceAll('\r', '\\r').replaceAll('\n', '\\n')
  return '`' + (flat.length > 60 ? flat.slice(0, 57) + '...' : flat) + '`'
}

function span(message: VFileMessage): string {
  const place = message.place
  if (place && 'start' in place) return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
  if (place) return `${place.line}:${place.column}`
  return '1:1'
}

function startOffset(message: VFileMessage): number {
  const place = message.place
  const point = place && 'start' in place ? place.start : place
  return point?.offset ?? 0
}

function plural(count: number, one: string, many = one + 's'): string {
  return `${count} ${count === 1 ? one : many}`
}
