import {toCorpusRecord, type CopydeskSettings} from 'copydesk'
import {VFile} from 'vfile'
import {isLong, lintInSegments} from './long-files.js'
import {toPlainMessage} from './plain-message.js'
import {presetProcessor} from './processors.js'
import type {LintJob, LintReply} from './workers.js'

/**
 * Lint one file as a worker thread does, answering with plain data: the
 * messages, the inline controls and the corpus record. A file that cannot
 * be linted gets an `error` answer instead of a rejection.
 */
export async function lintJob(job: LintJob): Promise<LintReply> {
  try {
    const file = new VFile({path: job.path, cwd: job.cwd, value: job.value})
    const settings = JSON.parse(job.settings) as CopydeskSettings
    if (isLong(job.value, settings)) {
      await lintInSegments(file, settings)
    } else {
      const processor = presetProcessor(job.settings)
      await processor.run(processor.parse(file), file)
    }
    return {
      id: job.id,
      messages: file.messages.map(toPlainMessage),
      control: file.data.copydeskControl,
      corpus: toCorpusRecord(file, job.path)
    }
  } catch (error) {
    const cause = error instanceof Error ? error : new Error(String(error))
    return {id: job.id, error: {message: cause.message, stack: cause.stack}}
  }
}
