import {run} from './lib/run.js'

// A reader that stops early (`copydesk --fix < draft.txt | head`) closes the
// pipe: the rest of the output is not wanted, which is no failure of the run,
// so the run goes on (files are still fixed) and exits with its own status.
const closed = new Set(['EPIPE', 'ERR_STREAM_DESTROYED'])
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (!closed.has(error.code ?? '')) throw error
  })
}

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env
})
