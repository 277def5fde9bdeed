import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import type {StageName, StageResult} from './stages.js'

const entry = fileURLToPath(new URL('../index.js', import.meta.url))

/** A stage's report, or why it has none (the child crashed or ran out of memory). */
export type ChildOutcome = {ok: true; result: StageResult} | {ok: false; error: string}

/**
 * Run one stage in a fresh Node.js process (`--max-old-space-size` set to
 * `heapMb` when given), so its peak memory is its own and running out of
 * memory ends the child, not the bench. The child prints its report as the
 * last line of its output.
 */
export function runChild(stage: StageName, amount: number, heapMb?: number): Promise<ChildOutcome> {
  const flags = heapMb === undefined ? [] : [`--max-old-space-size=${heapMb}`]
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...flags, entry, '--stage', stage, String(amount)], {stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code, signal) => {
      const last = stdout.trimEnd().split('\n').at(-1) ?? ''
      if (code === 0 && last.startsWith('{')) {
        resolve({ok: true, result: JSON.parse(last) as StageResult})
        return
      }
      const reason = /heap out of memory|Allocation failed/i.test(stderr) ? 'out of memory' : `exit ${String(code ?? signal)}`
      resolve({ok: false, error: reason + (stderr ? ': ' + stderr.trim().split('\n').slice(-2).join(' ') : '')})
    })
  })
}
