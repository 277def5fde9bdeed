import {spawn, type ChildProcess} from 'node:child_process'
import {extname} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {encodeMessage, MessageDecoder} from './framing.js'
import type {PublishDiagnosticsParams} from './protocol.js'

/**
 * The committed entry of the server, `bin/copydesk-language-server.js`.
 */
export const serverBin = fileURLToPath(new URL('../../bin/copydesk-language-server.js', import.meta.url))

/**
 * Where and how to start the server.
 */
export interface SpawnOptions {
  /** Working folder of the server process (default: this process's). */
  cwd?: string | undefined
  /** Command line after the script (default: `['--stdio']`). */
  args?: ReadonlyArray<string> | undefined
  /** Milliseconds any single wait may take before it fails (default: `15000`). */
  timeout?: number | undefined
}

interface Waiter {
  method: string
  match: (params: unknown) => boolean
  resolve: (params: unknown) => void
  reject: (error: Error) => void
  timer: NodeJS.Timeout
}

interface Pending {
  method: string
  resolve: (result: unknown) => void
  reject: (error: Error) => void
  timer: NodeJS.Timeout
}

interface RpcMessage {
  id?: number | string | null
  method?: string
  params?: unknown
  result?: unknown
  error?: {code: number; message: string}
}

/**
 * A minimal editor's side of the protocol over standard input and output:
 * requests with answers, notifications both ways, and waits bounded by a
 * timeout. Requests from the server (`workspace/configuration`,
 * `client/registerCapability`, …) get empty answers so it never stalls.
 */
export class LanguageServerClient {
  /** Everything the server wrote to standard error. */
  stderr = ''
  /** Messages the server sent with `window/logMessage`. */
  readonly logs: string[] = []

  readonly #process: ChildProcess
  readonly #timeout: number
  readonly #decoder = new MessageDecoder()
  readonly #pending = new Map<number, Pending>()
  /** Notifications not yet taken by a wait. */
  readonly #backlog: Array<{method: string; params: unknown}> = []
  readonly #waiters = new Set<Waiter>()
  #nextId = 1
  #exit: Promise<number | null>
  #exited = false

  constructor(options: SpawnOptions = {}) {
    this.#timeout = options.timeout ?? 15_000
    this.#process = spawn(process.execPath, [serverBin, ...(options.args ?? ['--stdio'])], {
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    this.#exit = new Promise((resolve) => {
      this.#process.once('exit', (code) => {
        this.#exited = true
        this.#failAll(new Error(`copydesk-language-server exited with ${String(code)}: ${this.stderr.trim()}`))
        resolve(code)
      })
      // A process that cannot be started emits `error` and never `exit`.
      this.#process.once('error', (error) => {
        this.#exited = true
        this.#failAll(error)
        resolve(null)
      })
    })
    this.#process.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderr += chunk
    })
    this.#process.stdout!.on('data', (chunk: Buffer) => {
      let messages: unknown[]
      try {
        messages = this.#decoder.push(chunk)
      } catch (error) {
        this.#failAll(error as Error)
        this.kill()
        return
      }
      for (const message of messages) this.#receive(message as RpcMessage)
    })
    // Writing to a server that has just exited fails with EPIPE; the exit
    // handler already reports why, so the write error adds nothing.
    this.#process.stdin!.on('error', () => {})
  }

  /**
   * Start the session as an editor does with one workspace folder:
   * `initialize` (with `rootUri` and `workspaceFolders`), then `initialized`.
   * Returns the server's capabilities.
   */
  async initialize(folder: string, capabilities: object = {workspace: {workspaceFolders: true}}): Promise<Record<string, unknown>> {
    const uri = pathToFileURL(folder).href
    const result = await this.request<{capabilities: Record<string, unknown>}>('initialize', {
      processId: process.pid,
      clientInfo: {name: 'copydesk-language-server-client'},
      rootUri: uri,
      workspaceFolders: [{uri, name: 'workspace'}],
      capabilities
    })
    this.notify('initialized', {})
    return result.capabilities
  }

  /** Open the document at `path` (a file that need not exist) with `text`; returns its URI. */
  open(path: string, text: string, version = 1): string {
    const uri = pathToFileURL(path).href
    const languageId = /^\.(?:md|markdown)$/i.test(extname(path)) ? 'markdown' : 'plaintext'
    this.notify('textDocument/didOpen', {textDocument: {uri, languageId, version, text}})
    return uri
  }

  /** Replace the whole text of an open document (the server syncs full text). */
  change(uri: string, version: number, text: string): void {
    this.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
  }

  /** Send a request and wait for its result. */
  request<Result>(method: string, params: unknown, timeout = this.#timeout): Promise<Result> {
    const id = this.#nextId++
    return new Promise<Result>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id)
        reject(new Error(`No answer to \`${method}\` within ${timeout} ms`))
      }, timeout)
      this.#pending.set(id, {method, resolve: resolve as (result: unknown) => void, reject, timer})
      this.#send({jsonrpc: '2.0', id, method, params})
    })
  }

  /** Send a notification. */
  notify(method: string, params: unknown): void {
    this.#send({jsonrpc: '2.0', method, params})
  }

  /**
   * Wait for the next notification `method` whose params satisfy `match`
   * (each notification is taken by one wait, oldest first, including ones
   * that arrived before the call).
   */
  notification<Params>(method: string, match: (params: Params) => boolean = () => true, timeout = this.#timeout): Promise<Params> {
    const test = match as (params: unknown) => boolean
    const index = this.#backlog.findIndex((entry) => entry.method === method && test(entry.params))
    if (index !== -1) return Promise.resolve(this.#backlog.splice(index, 1)[0]!.params as Params)
    return new Promise<Params>((resolve, reject) => {
      const waiter: Waiter = {
        method,
        match: test,
        resolve: resolve as (params: unknown) => void,
        reject,
        timer: setTimeout(() => {
          this.#waiters.delete(waiter)
          const seen = this.#backlog.map((entry) => entry.method).join(', ') || 'none'
          reject(new Error(`No matching \`${method}\` within ${timeout} ms (unclaimed notifications: ${seen})`))
        }, timeout)
      }
      this.#waiters.add(waiter)
    })
  }

  /** Wait for the diagnostics of `uri`, for document `version` when given. */
  diagnostics(uri: string, version?: number, timeout = this.#timeout): Promise<PublishDiagnosticsParams> {
    return this.notification<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (params) => params.uri === uri && (version === undefined || params.version === version),
      timeout
    )
  }

  /** Notifications received and not taken by a wait, for assertions that nothing came. */
  unclaimed(method: string): unknown[] {
    return this.#backlog.filter((entry) => entry.method === method).map((entry) => entry.params)
  }

  /**
   * End the session as an editor does (`shutdown`, then `exit`) and wait
   * for the process to end; kill it when it does not within the timeout.
   */
  async close(timeout = this.#timeout): Promise<number | null> {
    if (this.#exited) return this.#exit
    try {
      await this.request('shutdown', null, timeout)
      this.notify('exit', null)
    } catch {
      this.kill()
    }
    const timer = setTimeout(() => this.kill(), timeout)
    const code = await this.#exit
    clearTimeout(timer)
    return code
  }

  /** Stop the server process at once. */
  kill(): void {
    if (!this.#exited) this.#process.kill('SIGKILL')
  }

  #send(message: object): void {
    if (this.#exited) throw new Error(`copydesk-language-server has exited: ${this.stderr.trim()}`)
    this.#process.stdin!.write(encodeMessage(message))
  }

  #receive(message: RpcMessage): void {
    if (message.method === undefined) {
      const pending = typeof message.id === 'number' ? this.#pending.get(message.id) : undefined
      if (!pending) return
      this.#pending.delete(message.id as number)
      clearTimeout(pending.timer)
      if (message.error) pending.reject(new Error(`\`${pending.method}\` failed: ${message.error.message}`))
      else pending.resolve(message.result)
      return
    }
    if (message.id !== undefined && message.id !== null) {
      this.#send({jsonrpc: '2.0', id: message.id, result: answerTo(message)})
      return
    }
    if (message.method === 'window/logMessage') {
      this.logs.push(String((message.params as {message?: unknown} | undefined)?.message))
    }
    for (const waiter of this.#waiters) {
      if (waiter.method === message.method && waiter.match(message.params)) {
        this.#waiters.delete(waiter)
        clearTimeout(waiter.timer)
        waiter.resolve(message.params)
        return
      }
    }
    this.#backlog.push({method: message.method, params: message.params})
  }

  #failAll(error: Error): void {
    for (const pending of this.#pending.values()) {
      clearTimeout(pending.timer)
      pending.reject(error)
    }
    this.#pending.clear()
    for (const waiter of this.#waiters) {
      clearTimeout(waiter.timer)
      waiter.reject(error)
    }
    this.#waiters.clear()
  }
}

/** An empty answer to a request from the server. */
function answerTo(message: RpcMessage): unknown {
  if (message.method === 'workspace/configuration') {
    const items = (message.params as {items?: unknown[]} | undefined)?.items ?? []
    return items.map(() => null)
  }
  return null
}
