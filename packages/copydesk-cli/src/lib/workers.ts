import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {ControlMap, CorpusRecord} from 'copydesk'
import type {PlainMessage} from './plain-message.js'

/**
 * One file for a worker thread to lint.
 */
export interface LintJob {
  id: number
  /** Path as the engine has it (it picks the format and names the file in messages). */
  path: string
  cwd: string
  value: string
  /** The file's copydesk settings (config file and flags merged), as JSON. */
  settings: string
}

/**
 * What a worker thread sends back for a file: its messages, and what the
 * checks run later in the main thread need (inline controls, corpus data).
 */
export interface LintOutcome {
  messages: PlainMessage[]
  control?: ControlMap | undefined
  corpus?: CorpusRecord | undefined
}

/**
 * A worker thread's answer to a `LintJob`.
 */
export type LintReply = ({id: number} & LintOutcome) | {id: number; error: {message: string; stack?: string | undefined}}

/**
 * A worker thread could not start or stopped: not a problem of the file
 * (`LintPool.lint` rejects with this for every file it then holds).
 */
export class WorkerThreadError extends Error {
  override name = 'WorkerThreadError'
}

interface Pending {
  job: LintJob
  resolve(outcome: LintOutcome): void
  reject(error: Error): void
}

interface Slot {
  worker: Worker
  pending?: Pending | undefined
}

/**
 * The script each worker thread runs, or `undefined` when it is not there
 * (the CLI runs from its TypeScript sources, as in its own tests): the run
 * then stays in one thread.
 */
export function workerScript(): URL | undefined {
  const url = new URL('lint-worker.js', import.meta.url)
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined
}

/** `--concurrency` when not given: the threads this machine can run at once. */
export function defaultConcurrency(): number {
  return availableParallelism()
}

/**
 * Worker threads that lint files, each with its own processors (knowledge
 * is loaded once per thread). Threads start on the first file. A busy
 * thread keeps the process alive, an idle one does not, so a run that
 * forgets `close` still exits.
 */
export class LintPool {
  readonly size: number
  readonly #script: URL
  readonly #slots: Slot[] = []
  readonly #queue: Pending[] = []
  #nextId = 0
  #broken: Error | undefined

  constructor(script: URL, size: number) {
    this.#script = script
    this.size = size
  }

  /** Lint one file on the next free thread. */
  lint(job: Omit<LintJob, 'id'>): Promise<LintOutcome> {
    if (this.#broken) return Promise.reject(this.#broken)
    if (this.#slots.length === 0) this.#start()
    return new Promise((resolve, reject) => {
      this.#queue.push({job: {...job, id: this.#nextId++}, resolve, reject})
      this.#dispatch()
    })
  }

  /** Stop every thread; files still waiting are rejected. */
  async close(): Promise<void> {
    const workers = this.#fail(new WorkerThreadError('the worker threads were stopped'))
    await Promise.all(workers.map(async (worker) => worker.terminate()))
  }

  #start(): void {
    for (let index = 0; index < this.size; index++) {
      const slot: Slot = {worker: new Worker(this.#script, {execArgv: workerFlags(process.execArgv)})}
      slot.worker.unref()
      slot.worker.on('message', (reply: LintReply) => this.#answer(slot, reply))
      slot.worker.on('error', (error) => this.#break(new WorkerThreadError(`a worker thread failed: ${error.message}`, {cause: error})))
      slot.worker.on('exit', (code) => {
        if (this.#slots.includes(slot)) this.#break(new WorkerThreadError(`a worker thread stopped (exit code ${code})`))
      })
      this.#slots.push(slot)
    }
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (slot.pending) continue
      const next = this.#queue.shift()
      if (!next) return
      slot.pending = next
      slot.worker.ref()
      slot.worker.postMessage(next.job)
    }
  }

  #answer(slot: Slot, reply: LintReply): void {
    const pending = slot.pending
    slot.pending = undefined
    slot.worker.unref()
    if (pending && pending.job.id === reply.id) {
      if ('error' in reply) pending.reject(Object.assign(new Error(reply.error.message), {stack: reply.error.stack}))
      else pending.resolve(reply)
    }
    this.#dispatch()
  }

  /** Reject every file in flight or waiting and drop the threads (returned, to be stopped). */
  #fail(error: Error): Worker[] {
    const slots = this.#slots.splice(0)
    const waiting = [...slots.flatMap((slot) => (slot.pending ? [slot.pending] : [])), ...this.#queue.splice(0)]
    for (const pending of waiting) pending.reject(error)
    return slots.map((slot) => slot.worker)
  }

  /** A thread failed: fail everything, and later files too (something is wrong with this install). */
  #break(error: Error): void {
    this.#broken = error
    for (const worker of this.#fail(error)) void worker.terminate()
  }
}

/**
 * Node.js flags for worker threads: the process's own, without the
 * `@copydesk/source` export condition, which points at TypeScript sources
 * that only a test runner can load.
 */
export function workerFlags(flags: ReadonlyArray<string>): string[] {
  const kept: string[] = []
  for (let index = 0; index < flags.length; index++) {
    const flag = flags[index]!
    if ((flag === '--conditions' || flag === '-C') && flags[index + 1] === '@copydesk/source') {
      index++
    } else if (flag !== '--conditions=@copydesk/source' && flag !== '-C=@copydesk/source') {
      kept.push(flag)
    }
  }
  return kept
}
