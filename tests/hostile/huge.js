// A 50 MB file through the built command, timed, with its peak memory:
// `node tests/hostile/huge.js [megabytes]` after `pnpm build`.
//
// Not a test: on a 2-core machine it takes minutes, longer than a test may.
// It checks what a test would (no crash, exit 0 or 1, every finding's
// `actual` equal to the text at its offsets) and prints MB/s and peak RSS,
// against the targets of issue 7 (peak memory under 1.5 GB).
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const bin = join(root, 'packages/copydesk-cli/bin/copydesk.js')
const megabytes = Number(process.argv[2] ?? 50)

// Real copy, faults and all: the seeds and the well-edited articles, over and over.
const pieces = [
  ...readdirSync(join(root, 'seeds')).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(root, 'seeds', name), 'utf8')),
  ...readdirSync(join(root, 'tests/fixtures/well-edited')).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(root, 'tests/fixtures/well-edited', name), 'utf8'))
]
const parts = []
let length = 0
for (let index = 0; length < megabytes * 1024 * 1024; index++) {
  const piece = pieces[index % pieces.length] + '\n\n'
  parts.push(piece)
  length += Buffer.byteLength(piece)
}
const text = parts.join('')

const folder = mkdtempSync(join(tmpdir(), 'copydesk-huge-'))
try {
  writeFileSync(join(folder, 'huge.txt'), text)
  const timer = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%M'] : []
  const started = performance.now()
  const result = spawnSync(timer[0] ?? process.execPath, [...timer.slice(1), ...(timer.length > 0 ? [process.execPath] : []), bin, '--report', 'json', 'huge.txt'], {
    cwd: folder,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024
  })
  const seconds = (performance.now() - started) / 1000
  const stderrLines = result.stderr.trimEnd().split('\n')
  const peakKilobytes = timer.length > 0 ? Number(stderrLines.pop()) : Number.NaN
  const problems = []
  if (result.status !== 0 && result.status !== 1) problems.push(`exit status ${result.status}: ${stderrLines.join('\n')}`)
  let count = 0
  if (problems.length === 0) {
    const messages = JSON.parse(result.stdout)[0].messages
    count = messages.length
    for (const message of messages) {
      const {start, end} = message.place ?? {}
      if (message.actual !== undefined && text.slice(start?.offset, end?.offset) !== message.actual) {
        problems.push(`misplaced ${message.ruleId} at ${message.line}:${message.column}`)
      }
    }
  }
  console.log(
    `${(length / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s (${(length / 1024 / 1024 / seconds).toFixed(2)} MB/s), ` +
      `peak ${Number.isNaN(peakKilobytes) ? '?' : (peakKilobytes / 1024).toFixed(0)} MB, ${count} findings`
  )
  for (const problem of problems.slice(0, 20)) console.log('problem: ' + problem)
  process.exitCode = problems.length > 0 ? 1 : 0
} finally {
  rmSync(folder, {recursive: true, force: true})
}
