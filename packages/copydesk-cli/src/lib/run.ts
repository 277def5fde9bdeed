import {existsSync, statSync} from 'node:fs'
import {resolve} from 'node:path'
import type {CopydeskSettings} from 'copydesk'
import {unified, type Plugin} from 'unified'
import {engine, type Context} from 'unified-engine'
import type {VFile} from 'vfile'
import {Readable} from 'node:stream'
import {parseArguments, UsageError, type CliArguments} from './arguments.js'
import {checkSheets, configHandling, findConfigError} from './config.js'
import {runFixMode} from './fix-mode.js'
import {helpText} from './help.js'
import {guardedParse} from './input-guard.js'
import {progress} from './progress.js'
import {createScale} from './scale.js'
import {reportGithub} from './reporters/github.js'
import {reportJson} from './reporters/json.js'
import {countMessages, type ReportOptions} from './reporters/messages.js'
import {reportSarif} from './reporters/sarif.js'
import {reportStylish} from './reporters/stylish.js'
import {changedFiles, SinceError} from './since.js'
import {packageVersion} from './version.js'

/**
 * Streams and surroundings of one run, so tests can run the CLI in-process.
 */
export interface CliIo {
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
  cwd: string
  env: Record<string, string | undefined>
}

/** Exit status: clean, or warnings within `--max-warnings`. */
export const EXIT_OK = 0
/** Exit status: errors found, or more warnings than `--max-warnings`. */
export const EXIT_FINDINGS = 1
/** Exit status: the run could not be done (bad flag, missing path, bad config, unreadable file). */
export const EXIT_FAILURE = 2

const extensions = ['txt', 'text', 'md', 'markdown']
const globMagic = /[*?[\]{}!]/

const reporters = {stylish: reportStylish, json: reportJson, sarif: reportSarif, github: reportGithub}

/**
 * Run the copydesk command line with `argv` and return the exit status.
 */
export async function run(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  let args: CliArguments
  try {
    args = parseArguments(argv)
  } catch (error) {
    if (error instanceof UsageError) return fail(io, error.message + ' (see `copydesk --help`)')
    throw error
  }

  const version = packageVersion()
  if (args.help) {
    io.stdout.write(helpText(version))
    return EXIT_OK
  }
  if (args.version) {
    io.stdout.write(version + '\n')
    return EXIT_OK
  }

  for (const path of args.knowledge ?? []) {
    if (!existsSync(resolve(io.cwd, path))) return fail(io, `no such style sheet: ${path} (given to --knowledge)`)
  }
  for (const path of args.files) {
    if (globMagic.test(path)) continue
    try {
      statSync(resolve(io.cwd, path))
    } catch {
      return fail(io, `no such file or folder: ${path}`)
    }
  }

  if (args.since !== undefined) {
    try {
      const changed = await changedFiles(args.since, args.files, io.cwd, extensions)
      if (changed.length === 0) {
        io.stderr.write(`copydesk: no ${extensions.map((d) => '.' + d).join(', ')} files changed since ${args.since}\n`)
        return EXIT_OK
      }
      args = {...args, files: changed}
    } catch (error) {
      if (error instanceof SinceError) return fail(io, error.message)
      throw error
    }
  }

  let stdinBytes: Uint8Array | undefined
  if (args.files.length === 0) {
    if (io.stdin.isTTY) return fail(io, 'no files given and nothing on standard input (see `copydesk --help`)')
    stdinBytes = await readAll(io.stdin)
  }

  const overrides: CopydeskSettings = {}
  if (args.date) overrides.date = args.date
  if (args.knowledge) {
    overrides.knowledge = args.knowledge.map((path) => resolve(io.cwd, path))
    try {
      checkSheets(overrides.knowledge, '--knowledge')
    } catch (error) {
      return fail(io, `bad style sheet given to --knowledge: ${(error as Error).message}`)
    }
  }
  if (args.corpus) overrides.corpus = true

  const scale = createScale({
    cwd: io.cwd,
    stdinBytes,
    concurrency: args.concurrency,
    shard: args.shard,
    indexPath: args.corpusIndex,
    warn: (message) => io.stderr.write(`copydesk: ${message}\n`)
  })
  const badIndex = scale.merge(args.corpusMerge)
  if (badIndex) return fail(io, badIndex)

  const color = args.color ?? (Boolean(io.stdout.isTTY) && !io.env['NO_COLOR'])
  let reported: VFile[] = []
  const plugins: Array<[Plugin<unknown[]>, unknown?]> = [[scale.plugin as unknown as Plugin<unknown[]>]]
  if (io.stderr.isTTY) plugins.push([progress as unknown as Plugin<unknown[]>, io.stderr])

  // `--fix` lints again the fixed text of files (in memory) or standard input.
  const lint = (files: Array<string | VFile>, stdinText?: string) => new Promise<{error: Error | undefined; context: Context | undefined}>((done) => {
    engine(
      {
        processor: unified().use(guardedParse, {stdinBytes}),
        files,
        streamIn: Readable.from(stdinText !== undefined ? [stdinText] : stdinBytes ? [new TextDecoder('utf-8', {ignoreBOM: true}).decode(stdinBytes)] : []),
        extensions,
        cwd: io.cwd,
        ...configHandling(io.cwd, overrides),
        plugins,
        rcName: '.copydeskrc',
        packageField: 'copydesk',
        ignoreName: '.copydeskignore',
        silentlyIgnore: true,
        out: false,
        output: false,
        color,
        streamError: io.stderr,
        reporter(files) {
          reported = files
          return ''
        }
      },
      (error, _code, context) => done({error, context})
    )
  })
  const result = await lint(args.files)

  if (result.error) {
    const config = findConfigError(result.error)
    if (config) return fail(io, `bad config in ${config.file}: ${config.message}`)
    const message = result.error.message === 'No input' ? 'no files to check' : result.error.message.split('\n')[0]!
    return fail(io, message)
  }
  if (scale.problem) return fail(io, scale.problem)

  // Problems with the run itself (config, unreadable files) are one line each
  // on stderr, not findings in the report.
  const problems: string[] = []
  const unread = new Set<VFile>()
  for (const file of result.context?.files ?? reported) {
    for (const message of [...file.messages]) {
      if (message.ruleId || !message.fatal) continue
      const config = findConfigError(message.cause)
      const unreadable = readError(message.cause)
      if (config) {
        problems.push(`bad config in ${config.file}: ${config.message}`)
      } else if (unreadable) {
        problems.push(`cannot read ${file.path}: ${unreadable}`)
        unread.add(file)
      } else {
        continue
      }
      file.messages.splice(file.messages.indexOf(message), 1)
    }
  }
  for (const problem of new Set(problems)) io.stderr.write(`copydesk: ${problem}\n`)
  if (problems.some((problem) => problem.startsWith('bad config'))) return EXIT_FAILURE
  // A file that could not be read was not checked, so it is not reported as clean.
  reported = reported.filter((file) => !unread.has(file))
  const failed = unread.size > 0

  // A shard may hold none of the files.
  if (args.files.length > 0 && reported.length === 0 && !failed && args.since === undefined && args.shard === undefined) {
    return fail(io, `no ${extensions.map((d) => '.' + d).join(', ')} files found in ${args.files.join(' ')}`)
  }

  let reportTo = io.stdout
  let fixFailed = false
  if (args.fix || args.fixDryRun) {
    const relint = async (files: VFile[]) => {
      const again = await lint(files.length === 1 && !files[0]!.path ? [] : files, files.length === 1 && !files[0]!.path ? String(files[0]!.value) : undefined)
      if (again.error) throw again.error
      return reported
    }
    const fixed = await runFixMode(reported, relint, io, {cwd: io.cwd, corpus: args.corpus, dryRun: args.fixDryRun, quiet: args.quiet})
    reported = fixed.files
    reportTo = fixed.reportTo
    fixFailed = fixed.failed
  }

  const options: ReportOptions = {cwd: io.cwd, quiet: args.quiet, color: args.report === 'stylish' && color && reportTo === io.stdout, version}
  reportTo.write(reporters[args.report](reported, options))

  if (failed || fixFailed) return EXIT_FAILURE
  const {errors, warnings} = countMessages(reported)
  if (errors > 0) return EXIT_FINDINGS
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr.write(`copydesk: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`)
    return EXIT_FINDINGS
  }
  return EXIT_OK
}

function fail(io: CliIo, message: string): number {
  io.stderr.write(`copydesk: ${message}\n`)
  return EXIT_FAILURE
}

/** Read a stream as bytes, so they can be checked as UTF-8 before decoding. */
async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array))
  return Buffer.concat(chunks)
}

/** The reason a file could not be read, from a file system error in `cause`. */
function readError(cause: unknown): string | undefined {
  const error = cause as {code?: unknown; syscall?: unknown; message?: unknown} | undefined
  if (!error || typeof error !== 'object' || typeof error.code !== 'string' || typeof error.syscall !== 'string') return undefined
  const reasons: Record<string, string> = {EACCES: 'permission denied', EPERM: 'operation not permitted', EISDIR: 'it is a folder', EIO: 'input/output error'}
  return `${reasons[error.code] ?? 'read failed'} (${error.code})`
}
