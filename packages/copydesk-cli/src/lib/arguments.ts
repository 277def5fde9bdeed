import {parseArgs} from 'node:util'
import {validateDate} from 'copydesk'
import {readScaleArguments, scaleFlags, type ScaleArguments} from './scale-arguments.js'

/**
 * Output formats of the report.
 */
export type ReportName = 'github' | 'json' | 'sarif' | 'stylish'

/**
 * The command line, parsed and checked.
 */
export interface CliArguments extends ScaleArguments {
  files: string[]
  report: ReportName
  date: string | undefined
  knowledge: string[] | undefined
  corpus: boolean
  maxWarnings: number | undefined
  quiet: boolean
  /** `true`/`false` when forced, `undefined` to follow the terminal. */
  color: boolean | undefined
  /** Apply every finding's first `expected` to the files (or stdin) and write them. */
  fix: boolean
  /** Print the fixes as a unified diff and write nothing. */
  fixDryRun: boolean
  /** Git ref: lint only the files changed since it. */
  since: string | undefined
  help: boolean
  version: boolean
}

/**
 * A command line that cannot be run: the message says what was wrong.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const reportNames: ReadonlyArray<ReportName> = ['stylish', 'json', 'sarif', 'github']

const options = {
  report: {type: 'string'},
  date: {type: 'string'},
  knowledge: {type: 'string', multiple: true},
  corpus: {type: 'boolean'},
  'max-warnings': {type: 'string'},
  quiet: {type: 'boolean', short: 'q'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  since: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
  ...scaleFlags
} as const

/** Every flag, as shown when an unknown one is given. */
export const flagList = Object.keys(options).map((name) => `--${name}`)

/**
 * Parse `argv` (without `node` and the script). Throws a `UsageError` for an
 * unknown flag, a missing value or a bad value.
 */
export function parseArguments(argv: ReadonlyArray<string>): CliArguments {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options, allowPositionals: true, strict: true, tokens: true})
  } catch (error) {
    throw new UsageError(describeParseError(error))
  }
  const values = parsed.values
  let scale
  try {
    scale = readScaleArguments(parsed)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }

  const report = values.report ?? 'stylish'
  if (!(reportNames as ReadonlyArray<string>).includes(report)) {
    throw new UsageError(`unknown report \`${report}\` for --report, expected one of ${reportNames.join(', ')}`)
  }

  let date: string | undefined
  if (values.date !== undefined) {
    try {
      date = validateDate(values.date, '--date')
    } catch {
      throw new UsageError(`bad value \`${values.date}\` for --date, expected a date as YYYY-MM-DD`)
    }
  }

  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    const value = values['max-warnings']
    if (!/^\d+$/.test(value)) {
      throw new UsageError(`bad value \`${value}\` for --max-warnings, expected a whole number (0 or more)`)
    }
    maxWarnings = Number(value)
  }

  if (values.fix && values['fix-dry-run']) {
    throw new UsageError('--fix and --fix-dry-run cannot be used together')
  }
  if (values.since !== undefined && (values.since === '' || values.since.startsWith('-'))) {
    throw new UsageError(`bad value \`${values.since}\` for --since, expected a git ref such as \`origin/main\``)
  }

  if (values.color && values['no-color']) {
    throw new UsageError('--color and --no-color cannot be used together')
  }

  return {
    files: scale.files,
    report: report as ReportName,
    date,
    knowledge: values.knowledge,
    // Writing or merging corpus indexes needs the corpus data.
    corpus: (values.corpus ?? false) || scale.corpusIndex !== undefined || scale.corpusMerge.length > 0,
    concurrency: scale.concurrency,
    shard: scale.shard,
    corpusIndex: scale.corpusIndex,
    corpusMerge: scale.corpusMerge,
    maxWarnings,
    quiet: values.quiet ?? false,
    color: values.color ? true : values['no-color'] ? false : undefined,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    since: values.since,
    help: values.help ?? false,
    version: values.version ?? false
  }
}

function describeParseError(error: unknown): string {
  const code = (error as {code?: unknown}).code
  const message = error instanceof Error ? error.message : String(error)
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1] ?? message
    return `unknown flag \`${flag}\`, expected one of ${flagList.join(', ')}`
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /--[\w-]+/.exec(message)?.[0]
    if (flag && message.includes('does not take an argument')) return `${flag} takes no value`
    return flag ? `missing value for ${flag}` : message.split('\n')[0]!
  }
  return message.split('\n')[0]!
}
