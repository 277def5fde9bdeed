// Editor latency of the language server: open a news article of about
// 2,000 words, replay edits one at a time, and time each from `didChange`
// to the `publishDiagnostics` of that version.
//
//   node packages/copydesk-language-server/dist/bench.js [--edits 20] [--words 2000]

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {parseArgs} from 'node:util'
import {LanguageServerClient} from './lib/client.js'
import type {Diagnostic} from './lib/protocol.js'

const {values} = parseArgs({options: {edits: {type: 'string', default: '20'}, words: {type: 'string', default: '2000'}}})
const editCount = Number(values.edits)
const wordTarget = Number(values.words)
if (!Number.isInteger(editCount) || editCount < 1) throw new TypeError(`Unexpected \`--edits ${values.edits}\`, expected a whole number above 0`)
if (!Number.isInteger(wordTarget) || wordTarget < 1) throw new TypeError(`Unexpected \`--words ${values.words}\`, expected a whole number above 0`)

const seed = readFileSync(new URL('../../../seeds/000_f653e7d4b9240d4a.txt', import.meta.url), 'utf8')
const text = article(seed, wordTarget)
const folder = mkdtempSync(join(tmpdir(), 'copydesk-lsp-bench-'))
writeFileSync(join(folder, 'package.json'), '{"name": "bench-desk", "private": true}\n')
writeFileSync(join(folder, '.copydeskrc.json'), '{"settings": {}}\n')

const client = new LanguageServerClient({cwd: folder, timeout: 60_000})
try {
  const started = performance.now()
  await client.initialize(folder)
  const uri = client.open(join(folder, 'article.txt'), text)
  let published = await client.diagnostics(uri, 1)
  const openTime = performance.now() - started

  let current = text
  const times: number[] = []
  for (let version = 2; version < editCount + 2; version++) {
    current = edit(current, version, published.diagnostics)
    const sent = performance.now()
    client.change(uri, version, current)
    published = await client.diagnostics(uri, version)
    times.push(performance.now() - sent)
  }

  const sorted = [...times].sort((a, b) => a - b)
  const ms = (value: number) => value.toFixed(1) + ' ms'
  console.log(`article: ${words(text)} words, ${Buffer.byteLength(text)} bytes; ${published.diagnostics.length} diagnostics after the last edit`)
  console.log(`start, initialize and first diagnostics: ${ms(openTime)}`)
  console.log(`didChange to publishDiagnostics over ${times.length} edits: median ${ms(quantile(sorted, 0.5))}, p95 ${ms(quantile(sorted, 0.95))}, min ${ms(sorted[0]!)}, max ${ms(sorted.at(-1)!)}`)
} finally {
  await client.close(5000)
  rmSync(folder, {recursive: true, force: true})
}

/**
 * About `target` words of copy from the seed's paragraphs: the seed, then
 * its paragraphs again in other orders with the day and numbers changed, so
 * the text is not one block repeated verbatim.
 */
function article(source: string, target: number): string {
  const paragraphs = source.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== '')
  const out: string[] = []
  let count = 0
  for (let round = 0; count < target; round++) {
    const order = round % 2 === 0 ? paragraphs : [...paragraphs].reverse()
    for (const paragraph of order) {
      if (count >= target) break
      const varied = round === 0 ? paragraph : paragraph.replaceAll('Monday', round % 2 ? 'Tuesday' : 'Wednesday').replace(/\b(\d+)\b/g, (_, digits: string) => String(Number(digits) + round))
      out.push(varied)
      count += words(varied)
    }
  }
  return out.join('\n\n') + '\n'
}

/**
 * One edit of the kinds a copy editor makes, in turn: accept the first
 * quick fix on offer, type a clause into a paragraph, add a paragraph
 * (with a stray full stop, so findings change too).
 */
function edit(value: string, version: number, diagnostics: Diagnostic[]): string {
  const kind = version % 3
  if (kind === 0) {
    const fixable = diagnostics.find((diagnostic) => Array.isArray((diagnostic.data as {expected?: unknown} | undefined)?.expected))
    if (fixable) return applyFirst(value, fixable)
  }
  if (kind === 1) {
    const at = value.indexOf('.\n', Math.floor((value.length * (version % 7)) / 8))
    if (at !== -1) return value.slice(0, at) + `, an official said on day ${version}` + value.slice(at)
  }
  return value + `\nOfficials met again on day ${version} to review the. proposals.\n`
}

function applyFirst(value: string, diagnostic: Diagnostic): string {
  const [replacement] = (diagnostic.data as {expected: string[]}).expected
  const lines = value.split('\n')
  const offset = (line: number, character: number) => lines.slice(0, line).reduce((sum, text) => sum + text.length + 1, 0) + character
  const {start, end} = diagnostic.range
  return value.slice(0, offset(start.line, start.character)) + (replacement ?? '') + value.slice(offset(end.line, end.character))
}

function words(value: string): number {
  return value.split(/\s+/).filter(Boolean).length
}

/** Nearest-rank quantile of sorted values. */
function quantile(sorted: ReadonlyArray<number>, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

