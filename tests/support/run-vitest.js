// Runs the whole vitest suite, then prints the plain `N passed, N failed`
// closing line that CI reads, keeping vitest's own exit status.
import {spawnSync} from 'node:child_process'
import {readFileSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

const require = createRequire(import.meta.url)
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs')
const report = '.vitest.json'

rmSync(report, {force: true})
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  {stdio: 'inherit'}
)

try {
  const summary = JSON.parse(readFileSync(report, 'utf8'))
  const skipped = summary.numPendingTests + summary.numTodoTests
  console.log(
    `${summary.numPassedTests} passed, ${summary.numFailedTests} failed` +
      (skipped ? `, ${skipped} skipped` : '')
  )
} catch {
  console.log('0 passed, 1 failed')
  process.exitCode = 1
}

if (result.status !== 0) process.exitCode = result.status ?? 1
