// The language server as an editor runs it: `node
// packages/copydesk-language-server/bin/copydesk-language-server.js --stdio`
// in a workspace folder, spoken to over Content-Length framed JSON-RPC.

import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, sep} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {applyFixes, lintText} from '../packages/copydesk/dist/index.js'
import {
  LanguageServerClient,
  type CodeAction,
  type Diagnostic,
  type PublishDiagnosticsParams
} from '../packages/copydesk-language-server/dist/index.js'

const root = join(import.meta.dirname, '..')
const seed = readFileSync(join(root, 'seeds/000_f653e7d4b9240d4a.txt'), 'utf8')
const residueUrl = 'https://github.com/copydesk/copydesk/tree/main/packages/retext-scrape-residue#readme'
const garbledUrl = 'https://github.com/copydesk/copydesk/tree/main/packages/retext-garbled-punctuation#readme'

/** Line 1 of the seed, `Powered by`: page debris, an error, removed by the fix. */
const poweredBy: Diagnostic = {
  range: {start: {line: 0, character: 0}, end: {line: 0, character: 10}},
  message: 'Unexpected site credit `Powered by`, expected no website credit in the copy',
  severity: 1,
  code: 'scrape-residue',
  source: 'copydesk',
  codeDescription: {href: residueUrl},
  data: {expected: ['']}
}

/** Line 47 of the seed, `guarantee. the`: a stray full stop, a warning. */
const guarantee: Diagnostic = {
  range: {start: {line: 46, character: 196}, end: {line: 46, character: 206}},
  message: 'Unexpected `guarantee.`, expected `guarantee`: the sentence goes on in lower case with `the`, so the full stop is stray',
  severity: 2,
  code: 'garbled-punctuation',
  source: 'copydesk',
  codeDescription: {href: garbledUrl},
  data: {expected: ['guarantee']}
}

type Message = Awaited<ReturnType<typeof lintText>>['messages'][number]

/**
 * What the server should publish for `text` at `path`: the library's own
 * findings, converted the way unified-language-server documents it (unist
 * 1-based lines and columns to 0-based LSP positions, `fatal` to severity,
 * `ruleId` to code, `url` to the code's link, `expected` to `data`, the
 * cause's stack and the note appended to the message).
 */
async function expectedDiagnostics(text: string, path: string, rules?: Record<string, 'off'>): Promise<Diagnostic[]> {
  const file = await lintText(text, rules ? {path, rules} : {path})
  return file.messages.map((message: Message) => {
    const place = message.place && 'start' in message.place ? message.place : undefined
    if (!place) throw new Error(`Finding without a span: ${String(message)}`)
    let body = message.reason
    if (message.cause && typeof message.cause === 'object' && 'stack' in message.cause) body += '\n' + String(message.cause.stack)
    if (message.note) body += '\n' + message.note
    const diagnostic: Diagnostic = {
      range: {
        start: {line: place.start.line - 1, character: place.start.column - 1},
        end: {line: place.end.line - 1, character: place.end.column - 1}
      },
      message: body,
      severity: message.fatal === true ? 1 : message.fatal === false ? 2 : 3
    }
    if (message.ruleId) diagnostic.code = message.ruleId
    if (message.source) diagnostic.source = message.source
    if (message.url) diagnostic.codeDescription = {href: message.url}
    if (message.expected) diagnostic.data = {expected: message.expected}
    return diagnostic
  })
}

/** Apply one text edit given in LSP positions (lines split at `\n`, as in the seed). */
function applyEdit(text: string, edit: {range: Diagnostic['range']; newText: string}): string {
  const lines = text.split('\n')
  const offset = (position: {line: number; character: number}) =>
    lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end))
}

function codes(published: PublishDiagnosticsParams): Set<unknown> {
  return new Set(published.diagnostics.map((diagnostic) => diagnostic.code))
}

function workspace(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'copydesk-lsp-test-'))
  for (const [name, value] of Object.entries(files)) writeFileSync(join(folder, name), value)
  return folder
}

describe('copydesk-language-server over stdio', () => {
  let folder: string
  let client: LanguageServerClient
  let capabilities: Record<string, unknown>

  beforeAll(async () => {
    folder = workspace({
      'package.json': '{"name": "desk", "private": true}\n',
      '.copydeskrc.json': '{"settings": {}}\n'
    })
    client = new LanguageServerClient({cwd: folder, timeout: 15_000})
    capabilities = await client.initialize(folder)
  })

  afterAll(async () => {
    try {
      await client.close(5000)
    } finally {
      client.kill()
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('answers initialize with full sync, quick fixes and the fix-all source action', () => {
    expect(capabilities).toEqual({
      textDocumentSync: 1,
      documentFormattingProvider: true,
      codeActionProvider: {codeActionKinds: ['quickfix', 'source.fixAll.copydesk'], resolveProvider: true},
      workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
    })
  })

  it('publishes every finding of a .txt document on open, as the library reports it', async () => {
    const uri = client.open(join(folder, 'story.txt'), seed)
    const published = await client.diagnostics(uri, 1)
    expect(published.diagnostics).toContainEqual(poweredBy)
    expect(published.diagnostics).toContainEqual(guarantee)
    expect(published.diagnostics).toEqual(await expectedDiagnostics(seed, 'story.txt'))
    expect(published.diagnostics.every((diagnostic) => diagnostic.source === 'copydesk')).toBe(true)
    // The bundled copydesk is used when the workspace has none, and says so.
    expect(client.logs.some((log) => log.startsWith('Cannot find `copydesk` locally but using `defaultProcessor`'))).toBe(true)
  })

  it('publishes the findings of a long document, whose report is larger than a stream buffer', async () => {
    // Five copies of the seed: the engine's unread report of it used to fill
    // its buffer and stop the check before any diagnostics were sent.
    const text = Array.from({length: 5}, () => seed).join('\n')
    const uri = client.open(join(folder, 'long.txt'), text)
    const published = await client.diagnostics(uri, 1)
    expect(published.diagnostics).toEqual(await expectedDiagnostics(text, 'long.txt'))
    expect(published.diagnostics.length).toBeGreaterThan(100)
  })

  it('publishes findings of a .md document with Markdown positions', async () => {
    const text = `# Talks in Geneva\n\n> ${seed.split('\n')[46]}\n\n- ALSO READ: How many Covid variants are there? Explained\n`
    const uri = client.open(join(folder, 'notes.md'), text)
    const published = await client.diagnostics(uri, 1)
    expect(published.diagnostics).toContainEqual({
      ...guarantee,
      range: {start: {line: 2, character: 198}, end: {line: 2, character: 208}}
    })
    expect(published.diagnostics).toEqual(await expectedDiagnostics(text, 'notes.md'))
  })

  it('offers one quick fix per replacement, replacing exactly the finding', async () => {
    const uri = pathToFileURL(join(folder, 'story.txt')).href
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri},
      range: guarantee.range,
      context: {diagnostics: [guarantee, poweredBy], only: ['quickfix']}
    })
    expect(actions).toEqual([
      {
        title: 'Replace `guarantee.` with `guarantee`',
        kind: 'quickfix',
        isPreferred: true,
        edit: {changes: {[uri]: [{range: guarantee.range, newText: 'guarantee'}]}}
      },
      {
        title: 'Remove `Powered by`',
        kind: 'quickfix',
        isPreferred: true,
        edit: {changes: {[uri]: [{range: poweredBy.range, newText: ''}]}}
      }
    ])

    // Several replacements: one action each, none preferred.
    const choice = {...guarantee, data: {expected: ['guarantee', 'guarantee;']}}
    const choices = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri},
      range: choice.range,
      context: {diagnostics: [choice], only: ['quickfix']}
    })
    expect(choices.map((action) => [action.title, action.isPreferred, action.edit?.changes?.[uri]?.[0]?.newText])).toEqual([
      ['Replace `guarantee.` with `guarantee`', undefined, 'guarantee'],
      ['Replace `guarantee.` with `guarantee;`', undefined, 'guarantee;']
    ])

    // A finding a person must decide (no `expected`) has no fix.
    const published = await expectedDiagnostics(seed, 'story.txt')
    const undecided = published.find((diagnostic) => diagnostic.data === undefined)
    expect(undecided).toBeDefined()
    const none = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri},
      range: undecided!.range,
      context: {diagnostics: [undecided], only: ['quickfix']}
    })
    expect(none).toEqual([])
  })

  it('offers "Fix all copydesk findings": every first replacement, as one edit of the document', async () => {
    const uri = pathToFileURL(join(folder, 'story.txt')).href
    const atStart = {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
    const [action, ...others] = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri},
      range: atStart,
      context: {diagnostics: [], only: ['source.fixAll']}
    })
    expect(others).toEqual([])
    expect(action!.title).toBe('Fix all copydesk findings')
    expect(action!.kind).toBe('source.fixAll.copydesk')

    // One edit per fixable finding of the library, at its span, in document order.
    const messages = (await lintText(seed, {path: 'story.txt'})).messages
      .filter((message) => message.expected)
      .sort((a, b) => (a.place as {start: {offset: number}}).start.offset - (b.place as {start: {offset: number}}).start.offset)
    const edits = action!.edit!.changes![uri]!
    expect(edits).toHaveLength(17)
    expect(edits).toEqual(
      messages.map((message) => {
        const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
        return {
          range: {start: {line: place.start.line - 1, character: place.start.column - 1}, end: {line: place.end.line - 1, character: place.end.column - 1}},
          newText: message.expected![0]
        }
      })
    )
    expect(edits[0]).toEqual({range: poweredBy.range, newText: ''})
    expect(edits).toContainEqual({range: guarantee.range, newText: 'guarantee'})
    expect(edits).toContainEqual({range: {start: {line: 30, character: 22}, end: {line: 30, character: 37}}, newText: 'Antony Blinken'})
    expect(action!.diagnostics).toHaveLength(17)
    expect(action!.diagnostics).toContainEqual(poweredBy)

    // Applied from the end, the edits give what `--fix` writes.
    let fixed = seed
    for (const edit of [...edits].reverse()) fixed = applyEdit(fixed, edit)
    expect(fixed).toBe(applyFixes(seed, messages).value)

    // Asked for quick fixes only, or for another source action, it is not offered.
    const quick = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: atStart, context: {diagnostics: [poweredBy], only: ['quickfix']}})
    expect(quick.map((item) => item.kind)).toEqual(['quickfix'])
    const organise = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: atStart, context: {diagnostics: [], only: ['source.organizeImports']}})
    expect(organise).toEqual([])
    // Without a filter it comes after the quick fixes.
    const all = await client.request<CodeAction[]>('textDocument/codeAction', {textDocument: {uri}, range: atStart, context: {diagnostics: [poweredBy]}})
    expect(all.map((item) => item.kind)).toEqual(['quickfix', 'source.fixAll.copydesk'])
  })

  it('does not offer fix-all for a document without a fixable finding', async () => {
    const uri = client.open(join(folder, 'clean.txt'), 'The delegations met in Geneva on Monday, officials said.\n')
    await client.diagnostics(uri, 1)
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics: [], only: ['source.fixAll']}
    })
    expect(actions).toEqual([])
    client.notify('textDocument/didClose', {textDocument: {uri}})
    await client.diagnostics(uri)
  })

  it('checks again on change: the applied fix clears its finding, the others stay', async () => {
    const uri = pathToFileURL(join(folder, 'story.txt')).href
    const fixed = applyEdit(seed, {range: guarantee.range, newText: 'guarantee'})
    expect(fixed.split('\n')[46]).toContain('to guarantee the security of Russia.')
    client.change(uri, 2, fixed)
    const published = await client.diagnostics(uri, 2)
    expect(published.diagnostics).not.toContainEqual(guarantee)
    expect(published.diagnostics.filter((diagnostic) => diagnostic.range.start.line === 46)).toEqual([])
    expect(published.diagnostics).toContainEqual(poweredBy)
    expect(published.diagnostics).toEqual(await expectedDiagnostics(fixed, 'story.txt'))

    // Fix-all follows the document's current version.
    const [action] = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri},
      range: poweredBy.range,
      context: {diagnostics: [], only: ['source.fixAll.copydesk']}
    })
    const edits = action!.edit!.changes![uri]!
    expect(edits).toHaveLength(16)
    expect(edits.map((edit) => edit.range)).not.toContainEqual(guarantee.range)
  })

  it('reads the .copydeskrc file on every check: a rule turned off loses its diagnostics', async () => {
    const story = pathToFileURL(join(folder, 'story.txt')).href
    const notes = pathToFileURL(join(folder, 'notes.md')).href
    const config = pathToFileURL(join(folder, '.copydeskrc.json')).href
    writeFileSync(join(folder, '.copydeskrc.json'), '{"settings": {"rules": {"garbled-punctuation": "off"}}}\n')

    // An editor watching the file tells the server; every open document is checked again.
    client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: config, type: 2}]})
    const [storyAfter, notesAfter] = await Promise.all([client.diagnostics(story, 2), client.diagnostics(notes, 1)])
    expect(codes(storyAfter).has('garbled-punctuation')).toBe(false)
    expect(codes(storyAfter).has('scrape-residue')).toBe(true)
    expect(storyAfter.diagnostics).toContainEqual(poweredBy)
    expect(codes(notesAfter)).toEqual(new Set(['scrape-residue']))

    // Without a watcher, the next edit picks the new config up.
    const edited = applyEdit(seed, {range: guarantee.range, newText: 'guarantee'}) + '\nThe talks resume on Friday.\n'
    client.change(story, 3, edited)
    const third = await client.diagnostics(story, 3)
    expect(third.diagnostics).toEqual(await expectedDiagnostics(edited, 'story.txt', {'garbled-punctuation': 'off'}))

    // Back on: the findings return, unchanged.
    writeFileSync(join(folder, '.copydeskrc.json'), '{"settings": {}}\n')
    client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: config, type: 2}]})
    const [restored] = await Promise.all([client.diagnostics(story, 3), client.diagnostics(notes, 1)])
    expect(restored.diagnostics).toEqual(await expectedDiagnostics(edited, 'story.txt'))
    expect(codes(restored).has('garbled-punctuation')).toBe(true)
  })

  it('reports a bad setting in the config file as an error on the first character', async () => {
    const story = pathToFileURL(join(folder, 'story.txt')).href
    const notes = pathToFileURL(join(folder, 'notes.md')).href
    const config = pathToFileURL(join(folder, '.copydeskrc.json')).href
    writeFileSync(join(folder, '.copydeskrc.json'), '{"settings": {"rules": {"scrape-residue": "warning"}}}\n')
    try {
      client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: config, type: 2}]})
      const [published] = await Promise.all([client.diagnostics(story, 3), client.diagnostics(notes, 1)])
      expect(published.diagnostics).toHaveLength(1)
      const [problem] = published.diagnostics
      expect(problem!.range).toEqual({start: {line: 0, character: 0}, end: {line: 0, character: 0}})
      expect(problem!.severity).toBe(1)
      expect(problem!.message.split('\n').slice(0, 2)).toEqual([
        'Cannot process file',
        "TypeError: Unexpected `\"warning\"` for `settings.rules.scrape-residue`, expected `'off'`, `'warn'`, `'error'` or `[severity, options]`"
      ])
    } finally {
      writeFileSync(join(folder, '.copydeskrc.json'), '{"settings": {}}\n')
      client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: config, type: 2}]})
      await Promise.all([client.diagnostics(story, 3), client.diagnostics(notes, 1)])
    }
  })

  it('publishes nothing for untitled documents and documents outside the workspace', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'copydesk-lsp-outside-'))
    try {
      const untitled = 'untitled:Untitled-1'
      client.notify('textDocument/didOpen', {textDocument: {uri: untitled, languageId: 'plaintext', version: 1, text: seed}})
      const stray = client.open(join(outside, 'stray.txt'), seed)
      // A later document in the workspace is answered; the two before it never are.
      const marker = client.open(join(folder, 'marker.txt'), 'ALSO READ: How many Covid variants are there? Explained\n')
      const published = await client.diagnostics(marker, 1)
      expect(codes(published)).toEqual(new Set(['scrape-residue']))
      await new Promise((resolve) => setTimeout(resolve, 300))
      const uris = client.unclaimed('textDocument/publishDiagnostics').map((params) => (params as PublishDiagnosticsParams).uri)
      expect(uris).not.toContain(untitled)
      expect(uris).not.toContain(stray)
    } finally {
      rmSync(outside, {recursive: true, force: true})
    }
  })

  it('clears the diagnostics of a closed document', async () => {
    const uri = pathToFileURL(join(folder, 'marker.txt')).href
    client.notify('textDocument/didClose', {textDocument: {uri}})
    expect(await client.diagnostics(uri)).toEqual({uri, version: 1, diagnostics: []})
  })
})

/**
 * Install a separate copy of the workspace package at `from` into `to`, as
 * a project installing copydesk from the registry would have it: the
 * package and every workspace package it depends on are copied (so their
 * modules, rules included, are other instances than the server's), other
 * dependencies are linked.
 */
function installCopy(from: string, to: string, done: Map<string, string>): void {
  const known = done.get(from)
  if (known) {
    symlinkSync(known, to, 'dir')
    return
  }
  done.set(from, to)
  cpSync(from, to, {recursive: true, filter: (source) => !source.startsWith(join(from, 'node_modules'))})
  const modules = join(from, 'node_modules')
  if (!existsSync(modules)) return
  const names = readdirSync(modules).flatMap((name) =>
    name.startsWith('@') ? readdirSync(join(modules, name)).map((inner) => `${name}/${inner}`) : name.startsWith('.') ? [] : [name]
  )
  for (const name of names) {
    const real = realpathSync(join(modules, name))
    const target = join(to, 'node_modules', name)
    mkdirSync(dirname(target), {recursive: true})
    if (real.startsWith(join(root, 'packages') + sep)) installCopy(real, target, done)
    else symlinkSync(real, target, 'dir')
  }
}

describe('copydesk-language-server with copydesk installed in the workspace', () => {
  let folder: string
  let client: LanguageServerClient

  beforeAll(async () => {
    folder = workspace({'package.json': '{"name": "desk", "private": true, "dependencies": {"copydesk": "*"}}\n'})
    installCopy(join(root, 'packages/copydesk'), join(folder, 'node_modules/copydesk'), new Map())
    client = new LanguageServerClient({cwd: folder, timeout: 15_000})
    await client.initialize(folder)
  })

  afterAll(async () => {
    try {
      await client.close(5000)
    } finally {
      client.kill()
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('uses the workspace copy, and reports each finding once', async () => {
    const uri = client.open(join(folder, 'story.txt'), seed)
    const published = await client.diagnostics(uri, 1)
    expect(client.logs.filter((log) => log.startsWith('Cannot find `copydesk` locally'))).toEqual([])
    expect(published.diagnostics).toEqual(await expectedDiagnostics(seed, 'story.txt'))
  })
})
