import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {defaultConcurrency, LintPool, WorkerThreadError, workerFlags, workerScript} from '../src/index.js'

const folder = mkdtempSync(join(tmpdir(), 'copydesk-pool-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** A worker thread script answering each job as `answer(job)` (JavaScript source). */
function script(name: string, answer: string): URL {
  const path = join(folder, name)
  writeFileSync(
    path,
    `import {parentPort, threadId} from 'node:worker_threads'\n` +
      `parentPort.on('message', async (job) => {\n  const answer = ${answer}\n  parentPort.postMessage(await answer(job))\n})\n`
  )
  return pathToFileURL(path)
}

describe('LintPool', () => {
  it('answers every file, spreading them over its threads', async () => {
    const pool = new LintPool(
      script('echo.mjs', `async (job) => { await new Promise((done) => setTimeout(done, 5)); return {id: job.id, messages: [{fields: {reason: job.value, thread: threadId}}]} }`),
      3
    )
    const outcomes = await Promise.all(
      Array.from({length: 12}, (_, index) => pool.lint({path: `${index}.txt`, cwd: '/', value: `file ${index}`, settings: '{}'}))
    )
    expect(outcomes.map((outcome) => outcome.messages[0]!.fields['reason'])).toEqual(Array.from({length: 12}, (_, index) => `file ${index}`))
    expect(new Set(outcomes.map((outcome) => outcome.messages[0]!.fields['thread'])).size).toBe(3)
    await pool.close()
    // Closed pools start again on the next file (a `--fix` run lints twice).
    expect((await pool.lint({path: 'again.txt', cwd: '/', value: 'again', settings: '{}'})).messages[0]!.fields['reason']).toBe('again')
    await pool.close()
  })

  it('rejects a file its thread could not lint, with the thread’s error', async () => {
    const pool = new LintPool(script('refuse.mjs', `(job) => ({id: job.id, error: {message: 'Cannot lint ' + job.path}})`), 1)
    await expect(pool.lint({path: 'a.txt', cwd: '/', value: '', settings: '{}'})).rejects.toThrow('Cannot lint a.txt')
    await pool.close()
  })

  it('fails every waiting file, once, when a thread dies', async () => {
    const pool = new LintPool(script('crash.mjs', `(job) => { process.exit(3) }`), 1)
    const jobs = [pool.lint({path: 'a.txt', cwd: '/', value: '', settings: '{}'}), pool.lint({path: 'b.txt', cwd: '/', value: '', settings: '{}'})]
    for (const job of jobs) await expect(job).rejects.toThrow(new WorkerThreadError('a worker thread stopped (exit code 3)'))
    await expect(pool.lint({path: 'c.txt', cwd: '/', value: '', settings: '{}'})).rejects.toThrow('a worker thread stopped')
  })

  it('gives threads the process’s Node.js flags, without the source export condition', () => {
    expect(workerFlags(['--max-old-space-size=4096', '--conditions', '@copydesk/source', '-C', 'custom', '--conditions=@copydesk/source'])).toEqual([
      '--max-old-space-size=4096',
      '-C',
      'custom'
    ])
  })

  it('runs in one thread from the TypeScript sources, one thread per CPU by default', () => {
    expect(workerScript()).toBeUndefined()
    expect(defaultConcurrency()).toBeGreaterThanOrEqual(1)
  })
})
