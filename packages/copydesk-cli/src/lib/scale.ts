import {
  copydesk,
  corpusRecordReader,
  loadSheets,
  mergeSettings,
  releaseTree,
  rules,
  runCorpus,
  toCorpusRecord,
  validateSettings,
  type CorpusRecord
} from 'copydesk'
import type {Root} from 'nlcst'
import type {Plugin, Processor, Transformer} from 'unified'
import type {FileSet} from 'unified-engine'
import type {VFile} from 'vfile'
import {CorpusIndexError, readCorpusIndex, writeCorpusIndex} from './corpus-index.js'
import {checkInput, guardedParse} from './input-guard.js'
import {fromPlainMessage} from './plain-message.js'
import {progress} from './progress.js'
import {portablePath, shardOf, type Shard} from './shard.js'
import {lintJob} from './lint-job.js'
import {isLong, lintInSegments} from './long-files.js'
import {defaultConcurrency, LintPool, WorkerThreadError, workerScript, type LintJob, type LintOutcome} from './workers.js'

/**
 * Without `--concurrency`, files are linted in worker threads only when a
 * run has at least this many (after `--shard`). Each thread loads the code
 * and the knowledge and compiles the rules afresh (some 4 s of CPU before
 * it runs at full speed), and in one thread the collector and the compiler
 * already use part of a second core: on 2 cores, two threads took as long
 * as one for 1,000 articles (13 s), and a quarter less time for 3,000.
 */
export const minFilesForWorkers = 1000

/**
 * How the CLI spreads a run: threads, shard, corpus indexes.
 */
export interface ScaleOptions {
  /** Working folder: shards and indexes use paths relative to it. */
  cwd: string
  /**
   * Worker threads (`--concurrency`); `1` lints in the main thread. When
   * not given: one thread per CPU, for runs of `minFilesForWorkers` files or
   * more. When given: for runs of more files than threads.
   */
  concurrency?: number | undefined
  /** Keep only this shard of the files (default: all). */
  shard?: Shard | undefined
  /** Told once when worker threads fail and the run goes on in this thread. */
  warn?: ((message: string) => void) | undefined
  /** Write the corpus data of this run's files here (`--corpus-index`). */
  indexPath?: string | undefined
  /** Bytes of standard input, to check them as UTF-8 when it is long (default: none). */
  stdinBytes?: Uint8Array | undefined
}

/**
 * The engine plugin that lints with copydesk at archive scale, for one run.
 */
export interface Scale {
  plugin: Plugin<[unknown?, FileSet?], Root>
  /**
   * Load the corpus indexes of other shards (`--corpus-merge`). Returns the
   * one-line problem when one cannot be used.
   */
  merge(paths: ReadonlyArray<string>): string | undefined
  /** What went wrong after linting (the index could not be written), if anything. */
  readonly problem: string | undefined
}

type Parser = (doc: string, file: VFile) => Root

/** Plugins of the CLI that need nothing of the syntax tree in the main thread. */
const threadSafe = new Set<unknown>([guardedParse, progress])

/**
 * Make the plugin the CLI gives the engine instead of the bare preset, for
 * one run. For each file it:
 *
 * - leaves out a file of another shard (marked ignored, so it is neither
 *   linted nor reported);
 * - lints it with the copydesk preset, in this thread, or in a worker
 *   thread when the run is big enough (see `ScaleOptions.concurrency`), more
 *   than one thread is wanted and no configuration adds plugins of its own (they would
 *   need the syntax tree here);
 * - runs the corpus checks once all files are done, over this run's files
 *   and those of `merged` indexes (findings are kept only for this run's
 *   files), then writes the index when asked.
 */
export function createScale(options: ScaleOptions): Scale {
  const {cwd, shard} = options
  const threads = options.concurrency ?? defaultConcurrency()
  const minFiles = options.concurrency === undefined ? minFilesForWorkers : threads + 1
  const script = threads > 1 ? workerScript() : undefined
  let pool: LintPool | undefined
  let merged: VFile[] = []
  let threadsFailed = false
  let problem: string | undefined
  const ids = rules.map((entry) => entry.id)
  const readRecord = corpusRecordReader(rules, loadSheets)
  const sizes = new WeakMap<FileSet, number>()
  // Files whose text goes to a worker thread (binary files and files of other shards do not).
  const sent = new WeakSet<VFile>()

  const outOfShard = (file: VFile): boolean => shard !== undefined && Boolean(file.path) && shardOf(file.path, cwd, shard.count) !== shard.index

  const completer = Object.assign(
    async function copydeskScale(set: FileSet): Promise<undefined> {
      try {
        await complete(set.valueOf().filter((file) => !isIgnored(file)))
      } catch (error) {
        // Thrown here, the engine would put the error on every file; the CLI reports it once.
        if (!(error instanceof CorpusIndexError)) throw error
        problem = error.message
      } finally {
        // Every file is done: idle threads are not kept for nothing (a `--fix` run starts them again).
        await pool?.close()
      }
      return undefined
    },
    {pluginId: 'copydesk:scale'}
  )

  /** The path shards and indexes know a file by (standard input has none). */
  const keyOf = (file: VFile): string => (file.path ? portablePath(file.path, cwd) : '')

  async function complete(files: VFile[]): Promise<void> {
    const here = new Set(files.map(keyOf))
    // A file of this run wins over its record in an index (an index of the same shard, or an older one).
    const others = merged.filter((file) => !here.has(file.path))
    const all = [...files, ...others]
    if (all.some((file) => file.data.copydeskCorpus)) {
      const keyed = all.map((file) => ({file, key: keyOf(file)}))
      keyed.sort((left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0))
      await runCorpus(keyed.map(({file}) => file))
      // Findings on indexed files belong to the runs that lint them.
      for (const file of others) file.messages = []
    }
    if (options.indexPath !== undefined) {
      const records: CorpusRecord[] = []
      for (const file of files) {
        const record = file.path ? toCorpusRecord(file, keyOf(file)) : undefined
        if (record) records.push(record)
      }
      writeCorpusIndex(options.indexPath, records, cwd)
    }
  }

  const plugin: Plugin<[unknown?, FileSet?], Root> = function (_, fileSet) {
    if (fileSet) fileSet.use(completer)
    const processor = this as unknown as Processor<Root, Root, Root>
    const parse = processor.parser as Parser | undefined
    const settings = mergeSettings(validateSettings(processor.data('settings'), 'settings', ids))
    const json = script && fileSet && alone(processor) && filesIn(fileSet) >= minFiles ? JSON.stringify(settings) : undefined

    if (json === undefined) {
      // A long file is not parsed here: the rules see an empty tree, and the
      // last transformer lints the file in segments.
      const long = new WeakSet<VFile>()
      processor.parser = (doc, file) => {
        if (outOfShard(file)) return ignore(file)
        if (!isLong(doc, settings)) return parse!(doc, file)
        if (checkInput(doc, file, file.path ? undefined : options.stdinBytes)) long.add(file)
        return {type: 'RootNode', children: []}
      }
      // The preset without the file set: its corpus checks run in `completer`, with the merged indexes.
      const transformer = (copydesk as unknown as (this: Processor, options: undefined, fileSet: undefined) => Transformer<Root, Root> | undefined).call(
        processor as unknown as Processor,
        undefined,
        undefined
      )
      // Used after the preset, so it runs after its rules and inline controls.
      processor.use(function () {
        return async function (_tree: Root, file: VFile): Promise<Root> {
          if (long.has(file)) await lintInSegments(file, settings)
          releaseTree(file)
          // The engine holds each file's tree until every file is done (the
          // corpus checks wait for them all); nothing after the rules reads it.
          return {type: 'RootNode', children: []}
        }
      })
      return transformer
    }

    processor.parser = (doc, file) => {
      if (outOfShard(file)) return ignore(file)
      if (checkInput(doc, file)) sent.add(file)
      return {type: 'RootNode', children: []}
    }
    pool ??= new LintPool(script!, threads)
    return async function (_tree: Root, file: VFile) {
      if (!sent.has(file)) return
      const outcome = await lintSomewhere({path: file.path, cwd: file.cwd, value: String(file), settings: json})
      for (const message of outcome.messages) file.messages.push(fromPlainMessage(message))
      if (outcome.control) file.data.copydeskControl = outcome.control
      if (outcome.corpus) readRecord(file, outcome.corpus)
    }
  }

  return {
    plugin,
    merge(paths) {
      try {
        merged = paths.flatMap((path) => readCorpusIndex(path, cwd, readRecord))
      } catch (error) {
        if (error instanceof CorpusIndexError) return error.message
        throw error
      }
      return undefined
    },
    get problem() {
      return problem
    }
  }

  /**
   * Lint in a worker thread; if the threads fail (not the file), lint here
   * instead, as the threads would.
   */
  async function lintSomewhere(job: Omit<LintJob, 'id'>): Promise<LintOutcome> {
    if (pool && !threadsFailed) {
      try {
        return await pool.lint(job)
      } catch (error) {
        if (!(error instanceof WorkerThreadError)) throw error
        if (!threadsFailed) options.warn?.(`${error.message}; checking the files in one thread`)
        threadsFailed = true
      }
    }
    const reply = await lintJob({...job, id: 0})
    if ('error' in reply) throw Object.assign(new Error(reply.error.message), {stack: reply.error.stack})
    return reply
  }

  /** Files of the run (in this shard), counted once per run. */
  function filesIn(fileSet: FileSet): number {
    let size = sizes.get(fileSet)
    if (size === undefined) {
      size = fileSet.valueOf().filter((file) => !outOfShard(file)).length
      sizes.set(fileSet, size)
    }
    return size
  }

  /** Whether the processor has no plugins but the CLI's own (a config may add some). */
  function alone(processor: Processor<Root, Root, Root>): boolean {
    return processor.attachers.every(([attacher]) => attacher === plugin || threadSafe.has(attacher))
  }
}

function ignore(file: VFile): Root {
  file.data['unifiedEngineIgnored'] = true
  return {type: 'RootNode', children: []}
}

function isIgnored(file: VFile): boolean {
  return file.data['unifiedEngineIgnored'] === true
}
