import {parentPort} from 'node:worker_threads'
import {lintJob} from './lint-job.js'
import type {LintJob} from './workers.js'

// The body of a worker thread started by `LintPool`: it lints the files it
// is sent, one at a time, and answers with plain data.
parentPort?.on('message', (job: LintJob) => {
  void lintJob(job).then((reply) => parentPort?.postMessage(reply))
})
