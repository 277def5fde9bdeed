import {describe, expect, it} from 'vitest'
import {flagList, parseArguments, UsageError} from '../src/index.js'

describe('parseArguments', () => {
  it('reads every flag', () => {
    expect(
      parseArguments(['--report', 'sarif', '--date', '2022-01-10', '--knowledge', 'a.yaml', '--knowledge', 'b.json', '--corpus', '--max-warnings', '3', '-q', '--no-color', '--fix', '--since', 'origin/main', 'seeds', '*.md'])
    ).toEqual({
      files: ['seeds', '*.md'],
      report: 'sarif',
      date: '2022-01-10',
      knowledge: ['a.yaml', 'b.json'],
      corpus: true,
      maxWarnings: 3,
      quiet: true,
      color: false,
      fix: true,
      fixDryRun: false,
      since: 'origin/main',
      concurrency: undefined,
      shard: undefined,
      corpusIndex: undefined,
      corpusMerge: [],
      help: false,
      version: false
    })
  })

  it('has defaults', () => {
    expect(parseArguments([])).toEqual({
      files: [],
      report: 'stylish',
      date: undefined,
      knowledge: undefined,
      corpus: false,
      maxWarnings: undefined,
      quiet: false,
      color: undefined,
      fix: false,
      fixDryRun: false,
      since: undefined,
      concurrency: undefined,
      shard: undefined,
      corpusIndex: undefined,
      corpusMerge: [],
      help: false,
      version: false
    })
    expect(parseArguments(['--color']).color).toBe(true)
    expect(parseArguments(['-h', '-v'])).toMatchObject({help: true, version: true})
    expect(parseArguments(['--max-warnings=0']).maxWarnings).toBe(0)
    expect(parseArguments(['--fix-dry-run']).fixDryRun).toBe(true)
  })

  it.each([
    [['--fixes'], `unknown flag \`--fixes\`, expected one of ${flagList.join(', ')}`],
    [['-x'], `unknown flag \`-x\`, expected one of ${flagList.join(', ')}`],
    [['--report', 'html'], 'unknown report `html` for --report, expected one of stylish, json, sarif, github'],
    [['--report'], 'missing value for --report'],
    [['--date', '2022-1-10'], 'bad value `2022-1-10` for --date, expected a date as YYYY-MM-DD'],
    [['--date', '2021-02-29'], 'bad value `2021-02-29` for --date, expected a date as YYYY-MM-DD'],
    [['--max-warnings', '1.5'], 'bad value `1.5` for --max-warnings, expected a whole number (0 or more)'],
    [['--quiet=yes'], '--quiet takes no value'],
    [['--color', '--no-color'], '--color and --no-color cannot be used together'],
    [['--fix', '--fix-dry-run'], '--fix and --fix-dry-run cannot be used together'],
    [['--since'], 'missing value for --since'],
    [['--since=--all'], 'bad value `--all` for --since, expected a git ref such as `origin/main`']
  ])('rejects %j', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(UsageError)
    expect(() => parseArguments(argv)).toThrow(message)
  })
})
