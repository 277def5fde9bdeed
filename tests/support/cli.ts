import {spawnSync} from 'node:child_process'
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url))

/** The committed entry of the built CLI. */
export const bin = join(root, 'packages/copydesk-cli/bin/copydesk.js')

export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Run the built CLI as a user would: `node packages/copydesk-cli/bin/copydesk.js …`.
 * Standard input is `input`, or an empty pipe.
 */
export function runCli(args: ReadonlyArray<string>, options: {cwd?: string; input?: string | Uint8Array; env?: Record<string, string>} = {}): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env: {...process.env, NO_COLOR: '1', ...options.env},
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  if (result.error) throw result.error
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/**
 * A temporary folder holding `files` (path → content), removed by `remove`.
 */
export function tempFolder(files: Record<string, string | Uint8Array>): {path: string; remove: () => void} {
  const path = mkdtempSync(join(tmpdir(), 'copydesk-test-'))
  for (const [name, value] of Object.entries(files)) {
    const target = join(path, name)
    mkdirSync(dirname(target), {recursive: true})
    writeFileSync(target, value)
  }
  return {path, remove: () => rmSync(path, {recursive: true, force: true})}
}

/** One message as the JSON report gives it. */
export interface JsonMessage {
  line?: number
  column?: number
  place?: {start: Point; end: Point} | Point
  reason: string
  ruleId?: string
  source?: string
  fatal?: boolean
  actual?: string
  expected?: string[]
  note?: string
  url?: string
}

export interface Point {
  line: number
  column: number
  offset?: number
}

/** One file as the JSON report gives it. */
export interface JsonFile {
  path?: string
  cwd: string
  history: string[]
  messages: JsonMessage[]
}
