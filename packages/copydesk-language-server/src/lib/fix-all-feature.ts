import {createRequire} from 'node:module'
import {fixAllAction, fixAllKind, wantsFixAll} from './fix-all.js'
import type {CodeAction, Diagnostic, PublishDiagnosticsParams, Range} from './protocol.js'

/** A request or notification handler as vscode-languageserver calls it. */
type Handler<Params, Result> = (params: Params, ...rest: unknown[]) => Result

interface ContentChange {
  text: string
  range?: Range
}

/** The parts of vscode-languageserver's connection that the feature wraps. */
interface Connection {
  onInitialize(handler: Handler<unknown, unknown>): unknown
  onCodeAction(handler: Handler<CodeActionParams, unknown>): unknown
  onDidOpenTextDocument(handler: Handler<{textDocument: {uri: string; version: number; text: string}}, unknown>): unknown
  onDidChangeTextDocument(handler: Handler<{textDocument: {uri: string; version: number}; contentChanges: ContentChange[]}, unknown>): unknown
  onDidCloseTextDocument(handler: Handler<{textDocument: {uri: string}}, unknown>): unknown
  sendDiagnostics(params: PublishDiagnosticsParams): Promise<void>
}

interface CodeActionParams {
  textDocument: {uri: string}
  context: {diagnostics: Diagnostic[]; only?: string[]}
}

interface Attachable {
  attach(connection: unknown): void
}

type LanguagesClass = new () => Attachable
type LanguagesFeature = (Base: LanguagesClass) => LanguagesClass

interface VscodeLanguageServer {
  ProposedFeatures: {all: {languages?: LanguagesFeature}}
}

/** How long a fix-all request waits for the diagnostics of the document's current version. */
const diagnosticsWait = 5000

let installed = false

/**
 * Add the "fix all copydesk findings" source action
 * (`source.fixAll.copydesk`) to the server that `createUnifiedLanguageServer`
 * is about to start. Call it once, before that.
 *
 * unified-language-server (4.1.0) answers code actions with one quick fix
 * per diagnostic sent in the request, and has no option for more. It builds
 * its connection with vscode-languageserver's `ProposedFeatures.all`, the
 * extension point that library offers for features; this adds one that
 * receives the connection as it is created and wraps four of its parts:
 * `initialize` (to announce the kind), the document notifications (to keep
 * each document's text), `sendDiagnostics` (to keep each document's latest
 * diagnostics) and `codeAction` (to add the action to the quick fixes).
 */
export function installFixAll(): void {
  if (installed) return
  installed = true
  // The copy of vscode-languageserver that unified-language-server loads.
  const require = createRequire(import.meta.resolve('unified-language-server'))
  const library = require('vscode-languageserver/node.js') as VscodeLanguageServer
  const features = library.ProposedFeatures.all
  const previous = features.languages
  features.languages = (Base) => {
    const Combined = previous ? previous(Base) : Base
    return class extends Combined {
      override attach(connection: unknown): void {
        super.attach(connection)
        wrap(connection as Connection)
      }
    }
  }
}

interface Published {
  version: number | undefined
  diagnostics: Diagnostic[]
}

function wrap(connection: Connection): void {
  const texts = new Map<string, {version: number; text: string}>()
  const published = new Map<string, Published>()
  const waiting = new Map<string, Set<() => void>>()

  const onInitialize = connection.onInitialize.bind(connection)
  connection.onInitialize = (handler) =>
    onInitialize(async (params, ...rest) => {
      const result = (await handler(params, ...rest)) as {capabilities?: {codeActionProvider?: {codeActionKinds?: string[]} | boolean}} | undefined
      const provider = result?.capabilities?.codeActionProvider
      if (provider && typeof provider === 'object') {
        provider.codeActionKinds = [...(provider.codeActionKinds ?? []), fixAllKind]
      }
      return result
    })

  const onOpen = connection.onDidOpenTextDocument.bind(connection)
  connection.onDidOpenTextDocument = (handler) =>
    onOpen((params, ...rest) => {
      texts.set(params.textDocument.uri, {version: params.textDocument.version, text: params.textDocument.text})
      return handler(params, ...rest)
    })

  const onChange = connection.onDidChangeTextDocument.bind(connection)
  connection.onDidChangeTextDocument = (handler) =>
    onChange((params, ...rest) => {
      // The server asks for full text on every change; a client that sends
      // a range anyway gets no fix-all for that document until it reopens it.
      const full = params.contentChanges.at(-1)
      if (full && !full.range && texts.has(params.textDocument.uri)) {
        texts.set(params.textDocument.uri, {version: params.textDocument.version, text: full.text})
      } else {
        texts.delete(params.textDocument.uri)
      }
      return handler(params, ...rest)
    })

  const onClose = connection.onDidCloseTextDocument.bind(connection)
  connection.onDidCloseTextDocument = (handler) =>
    onClose((params, ...rest) => {
      texts.delete(params.textDocument.uri)
      published.delete(params.textDocument.uri)
      return handler(params, ...rest)
    })

  const sendDiagnostics = connection.sendDiagnostics.bind(connection)
  connection.sendDiagnostics = (params) => {
    published.set(params.uri, {version: params.version, diagnostics: params.diagnostics})
    for (const resolve of waiting.get(params.uri) ?? []) resolve()
    return sendDiagnostics(params)
  }

  /** The diagnostics of `uri` at `version`, waiting a little for a check still running. */
  async function diagnosticsAt(uri: string, version: number): Promise<Diagnostic[] | undefined> {
    const deadline = Date.now() + diagnosticsWait
    for (;;) {
      const current = published.get(uri)
      if (current && current.version === version) return current.diagnostics
      const left = deadline - Date.now()
      if (left <= 0) return undefined
      await new Promise<void>((resolve) => {
        const set = waiting.get(uri) ?? new Set()
        waiting.set(uri, set)
        const done = () => {
          clearTimeout(timer)
          set.delete(done)
          resolve()
        }
        const timer = setTimeout(done, left)
        set.add(done)
      })
    }
  }

  const onCodeAction = connection.onCodeAction.bind(connection)
  connection.onCodeAction = (handler) =>
    onCodeAction(async (params, ...rest) => {
      const actions = (await handler(params, ...rest)) as CodeAction[] | null | undefined
      if (!wantsFixAll(params.context.only)) return actions
      const document = texts.get(params.textDocument.uri)
      if (!document) return actions
      const diagnostics = await diagnosticsAt(params.textDocument.uri, document.version)
      // The document may have changed while waiting; its edits would be stale.
      if (!diagnostics || texts.get(params.textDocument.uri) !== document) return actions
      const action = fixAllAction(params.textDocument.uri, document.text, diagnostics)
      return action ? [...(actions ?? []), action] : actions
    })
}
