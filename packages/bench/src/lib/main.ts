import {readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {rules} from 'copydesk'
import {runChild, type ChildOutcome} from './child.js'
import {runStage, stageNames, type RuleTimes, type StageName, type StageResult} from './stages.js'
import {atMost, table, throughput, type Check} from './summary.js'

const megabyte = 1_000_000

/**
 * Heap limit of the 50 MB stage's child. V8 lets the heap grow towards its
 * limit before collecting in earnest, so under the default limit (about 4 GB
 * here) the peak shows garbage not yet collected rather than what the lint
 * needs. Under this limit the stage either fits within the 1.5 GB target
 * (heap, plus code and buffers outside it) or runs out of memory, which the
 * summary reports as a failure; the bench itself goes on.
 */
const hugeHeapMb = 1280

interface Plan {
  sizes: number[]
  fileCounts: number[]
  huge: number | undefined
}

/**
 * Run the benchmark: news prose of 100 KB, 1 MB and 10 MB, 1,000 and 10,000
 * article-sized files (one by one and as one corpus), the knowledge's load
 * time and a 50 MB file's peak memory (`--quick`: 1 MB and 1,000 files),
 * each stage in its own process; then print the figures and a summary of
 * the targets with PASS or FAIL.
 */
export async function main(argv: ReadonlyArray<string>): Promise<void> {
  const from = argv[0] === '--from' ? argv[1] : undefined
  const unknown = from === undefined ? argv.filter((arg) => arg !== '--quick') : argv.slice(2)
  if (unknown.length > 0 || (argv[0] === '--from' && !from)) {
    console.error(`bench: unknown argument ${unknown[0] ?? '--from'}, expected --quick, or --from <results.json>`)
    process.exitCode = 2
    return
  }
  if (from) {
    report(JSON.parse(await readFile(from, 'utf8')) as Results)
    return
  }

  const quick = argv.includes('--quick')
  const plan: Plan = quick
    ? {sizes: [megabyte], fileCounts: [1000], huge: undefined}
    : {sizes: [100_000, megabyte, 10 * megabyte], fileCounts: [1000, 10_000], huge: 50 * megabyte}
  const began = performance.now()
  console.log(`copydesk bench${quick ? ' --quick' : ''}: rules ${rules.map((entry) => entry.id).join(', ') || '(none registered)'}`)

  const prose: Results['prose'] = []
  for (const size of plan.sizes) {
    progress(`prose ${label(size)}`)
    prose.push({size, preset: await runChild('prose-preset', size), parse: await runChild('prose-parse', size)})
  }

  progress('scraped pages 1 MB')
  const scraped = await runChild('scraped-parse', megabyte)

  const files: Results['files'] = []
  for (const count of plan.fileCounts) {
    progress(`${count.toLocaleString('en')} files`)
    const separate = await runChild('files-separate', count)
    const corpus = await runChild('files-corpus', count)
    // Per-rule times on the smaller set only: they tell the same story at a tenth of the time.
    const perRule = count === plan.fileCounts[0] ? await runChild('files-rules', count) : undefined
    files.push({count, separate, corpus, rules: perRule})
  }

  progress('knowledge load')
  const knowledge = await runChild('knowledge', 0)
  let huge: ChildOutcome | undefined
  if (plan.huge) {
    progress(`${label(plan.huge)} file, heap limit ${hugeHeapMb} MB`)
    huge = await runChild('prose-preset', plan.huge, hugeHeapMb)
  }

  const results: Results = {prose, scraped, files, knowledge, huge, seconds: (performance.now() - began) / 1000}
  // Kept, so the tables can be printed again (`--from`) without running again.
  const saved = join(tmpdir(), 'copydesk-bench-results.json')
  await writeFile(saved, JSON.stringify(results))
  report(results)
  console.log(`(figures saved in ${saved})`)
}

/** What a run measured, as saved for `--from`. */
interface Results {
  prose: Array<{size: number; preset: ChildOutcome; parse: ChildOutcome}>
  /** Each rule alone over 1 MB of the scraped seed pages only. */
  scraped?: ChildOutcome | undefined
  files: Array<{count: number; separate: ChildOutcome; corpus: ChildOutcome; rules?: ChildOutcome | undefined}>
  knowledge: ChildOutcome
  huge?: ChildOutcome | undefined
  seconds: number
}

function report(results: Results): void {
  console.log('Each stage ran in a fresh process; prose times are the median of five runs (nine under 1 MB, three over 2 MB), file sets single runs, all after a warm-up, memory is the process peak (maxRSS).')
  console.log('Rates and ratios use CPU time (all threads of the process), which other work on a shared machine disturbs far less than the wall clock.')
  console.log('')
  printProse(results.prose)
  if (results.scraped) printScraped(results.scraped)
  printFiles(results.files)
  printKnowledge(results.knowledge, results.huge)
  printSummary(checks(results.prose, results.files, results.knowledge, results.huge))
  console.log(`\nThe bench took ${results.seconds.toFixed(0)} s.`)
}

/** Run one stage in this process (the child side of `runChild`) and print its report as JSON. */
export async function stage(argv: ReadonlyArray<string>): Promise<void> {
  const [name, amount] = argv
  if (!stageNames.includes(name as StageName) || !Number.isFinite(Number(amount))) {
    console.error(`bench: unknown stage ${String(name)}, expected one of ${stageNames.join(', ')} and an amount`)
    process.exitCode = 2
    return
  }
  console.log(JSON.stringify(await runStage(name as StageName, Number(amount))))
}

function printProse(prose: ReadonlyArray<{size: number; preset: ChildOutcome; parse: ChildOutcome}>): void {
  console.log('News prose, one file per size (the preset lints texts over 2 MB in segments); MB/s of CPU time')
  const rows = prose.map(({size, preset, parse}) => {
    const p = result(preset)
    const q = result(parse)
    // The bare parse timed beside the preset, in its process, when there is one.
    const bare = num(p, 'bareCpu') ?? num(q, 'bareCpu')
    const ms = num(p, 'cpu')
    return [
      label(size),
      rate(size, bare),
      rate(size, num(q, 'parseCpu')),
      rate(size, ms),
      ms === undefined || bare === undefined ? failed(preset, parse) : (ms / bare).toFixed(2) + '×',
      fixed(num(p, 'ms')) + ' ms',
      memory(p),
      memory(q),
      String(num(p, 'messages') ?? '')
    ]
  })
  console.log(table(['size', 'bare parse', 'copydesk parser', 'whole preset', 'preset/bare', 'preset, wall', 'peak, preset', 'peak, parse+rules', 'messages'], rows))

  const ids = rules.map((entry) => entry.id)
  const perRule = prose.map(({parse}) => rulesOf(result(parse)))
  console.log('\nEach rule alone over the parsed trees (CPU ms; MB/s; messages)')
  console.log(table(['rule', ...prose.map(({size}) => label(size))], ids.map((id) => [id, ...perRule.map((list, index) => ruleCell(list, id, prose[index]!.size))])))
  console.log('')
}

function printScraped(scraped: ChildOutcome): void {
  const figures = result(scraped)
  const list = rulesOf(figures)
  console.log('Each rule alone over 1 MB of scraped pages only (the seed articles, debris and all: the worst case for scrape-residue; CPU ms; MB/s; messages)')
  console.log(table(['rule', '1 MB'], rules.map((entry) => [entry.id, ruleCell(list, entry.id, megabyte)])))
  const share = cheapShare(figures)
  console.log(`bare parse ${rate(megabyte, num(figures, 'bareCpu'))}; scrape-residue + garbled-punctuation: ${share === undefined ? failed(scraped) : share.toFixed(0) + '% of the bare parse'}`)
  console.log('')
}

/** `scrape-residue` and `garbled-punctuation` together, as a percentage of the bare parse, from a parse stage's figures. */
function cheapShare(figures: StageResult | undefined): number | undefined {
  const perRule = rulesOf(figures)
  const bare = num(figures, 'bareCpu')
  const cheap = ['scrape-residue', 'garbled-punctuation'].map((id) => perRule.find((rule) => rule.id === id)?.cpu)
  return bare === undefined || cheap.some((ms) => ms === undefined) ? undefined : (100 * (cheap[0]! + cheap[1]!)) / bare
}

function printFiles(files: Results['files']): void {
  console.log('Article-sized files (3-6 KB each), linted one by one and as one corpus; MB/s of CPU time')
  const rows = files.map(({count, separate, corpus}) => {
    const s = result(separate)
    const c = result(corpus)
    const size = num(s, 'size') ?? num(c, 'size') ?? 0
    const bare = num(s, 'bareCpu')
    const one = num(s, 'cpu')
    const all = num(c, 'cpu')
    return [
      count.toLocaleString('en'),
      (size / megabyte).toFixed(1) + ' MB',
      rate(size, bare),
      rate(size, one),
      one === undefined || bare === undefined ? failed(separate) : (one / bare).toFixed(2) + '×',
      rate(size, all),
      one === undefined || all === undefined ? failed(corpus) : (all / one).toFixed(2) + '×',
      memory(s),
      memory(c)
    ]
  })
  console.log(table(['files', 'size', 'bare parse', 'one by one', 'preset/bare', 'corpus', 'corpus/one by one', 'peak, one by one', 'peak, corpus'], rows))
  for (const {count, rules: perRule} of files) {
    if (!perRule) continue
    const r = result(perRule)
    const size = num(r, 'size') ?? 0
    const list = rulesOf(r)
    console.log(`\nEach rule alone over the ${count.toLocaleString('en')} files' trees (CPU ms; MB/s; messages)`)
    console.log(table(['rule', 'files'], rules.map((entry) => [entry.id, ruleCell(list, entry.id, size)])))
  }
  console.log('')
}

function printKnowledge(knowledge: ChildOutcome, huge: ChildOutcome | undefined): void {
  const k = result(knowledge)
  console.log('Knowledge (bundled data), in a fresh process')
  console.log(table(['load', 'ms'], [
    ['cold: import + loadKnowledge(), wall clock', fixed(num(k, 'cold'))],
    ['cold: import + loadKnowledge(), CPU', fixed(num(k, 'coldCpu'))],
    ['warm: loadKnowledge() again, modules loaded', fixed(num(k, 'warm'))],
    ['first run, no parse cache', fixed(num(k, 'uncached'))]
  ]))
  if (huge) {
    const h = result(huge)
    const size = num(h, 'size') ?? 0
    console.log('')
    console.log(h ? `${label(size)} file: ${rate(size, num(h, 'cpu'))} (CPU; ${fixed(num(h, 'ms'))} ms wall), ${num(h, 'messages') ?? 0} messages, peak memory ${memory(h)}` : `50 MB file: ${failed(huge)}`)
  }
  console.log('')
}

function checks(
  prose: ReadonlyArray<{size: number; preset: ChildOutcome; parse: ChildOutcome}>,
  files: ReadonlyArray<{count: number; separate: ChildOutcome; corpus: ChildOutcome}>,
  knowledge: ChildOutcome,
  huge: ChildOutcome | undefined
): Check[] {
  const list: Check[] = []
  const oneMb = prose.find(({size}) => size === megabyte)
  const tenMb = prose.find(({size}) => size === 10 * megabyte)
  for (const {size, preset, parse} of prose) {
    const ms = num(result(preset), 'cpu')
    const bare = num(result(preset), 'bareCpu') ?? num(result(parse), 'bareCpu')
    list.push(atMost(`whole preset / bare parse, ${label(size)}`, ms === undefined || bare === undefined ? undefined : ms / bare, 2, '×'))
  }
  if (oneMb) list.push(atMost('scrape-residue + garbled-punctuation / bare parse, 1 MB', cheapShare(result(oneMb.parse)), 25, '%', 0))
  if (oneMb && tenMb) {
    const small = num(result(oneMb.preset), 'cpu')
    const large = num(result(tenMb.preset), 'cpu')
    list.push(atMost('whole preset time, 10 MB / 1 MB', small === undefined || large === undefined ? undefined : large / small, 11, '×', 1))
  }
  for (const {count, separate, corpus} of files) {
    const one = num(result(separate), 'cpu')
    const all = num(result(corpus), 'cpu')
    list.push(atMost(`corpus / one by one, ${count.toLocaleString('en')} files`, one === undefined || all === undefined ? undefined : all / one, 1.2, '×'))
  }
  list.push(atMost('knowledge cold load (import + load), CPU', num(result(knowledge), 'coldCpu'), 200, ' ms', 0))
  list.push(atMost('knowledge cold load (import + load), wall clock', num(result(knowledge), 'cold'), 200, ' ms', 0))
  if (huge) list.push(atMost('peak memory, 50 MB file', num(result(huge), 'maxRssMb'), 1536, ' MB', 0))
  return list
}

function printSummary(list: ReadonlyArray<Check>): void {
  console.log('Summary')
  console.log(table(['target', 'goal', 'measured', 'verdict'], list.map((check) => [check.name, check.target, check.measured, check.verdict])))
}

function result(outcome: ChildOutcome): StageResult | undefined {
  return outcome.ok ? outcome.result : undefined
}

function num(figures: StageResult | undefined, key: string): number | undefined {
  const value = figures?.[key]
  return typeof value === 'number' ? value : undefined
}

function rulesOf(figures: StageResult | undefined): RuleTimes {
  const value = figures?.['perRule']
  return Array.isArray(value) ? (value as RuleTimes) : []
}

function ruleCell(list: RuleTimes, id: string, size: number): string {
  const rule = list.find((item) => item.id === id)
  return rule ? `${rule.cpu.toFixed(0)} ms; ${throughput(size, rule.cpu).toFixed(2)} MB/s; ${rule.messages}` : '-'
}

function rate(size: number, ms: number | undefined): string {
  return ms === undefined ? '-' : throughput(size, ms).toFixed(2) + ' MB/s'
}

function memory(figures: StageResult | undefined): string {
  return figures ? figures.maxRssMb.toFixed(0) + ' MB' : '-'
}

function fixed(value: number | undefined): string {
  return value === undefined ? '-' : value.toFixed(0)
}

function failed(...outcomes: ReadonlyArray<ChildOutcome | undefined>): string {
  for (const outcome of outcomes) if (outcome && !outcome.ok) return 'failed: ' + outcome.error.slice(0, 80)
  return '-'
}

function label(size: number): string {
  return size >= megabyte ? `${Math.round(size / 100_000) / 10} MB` : `${Math.round(size / 1000)} KB`
}

function progress(what: string): void {
  process.stderr.write(`  running: ${what}\n`)
}
