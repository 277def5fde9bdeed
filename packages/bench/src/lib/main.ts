import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {rules} from 'copydesk'
import {timeBareParse, timeParse, timeParseAndRules, timePreset} from './measure.js'
import {buildProse, paragraphs, toMarkdown} from './prose.js'

const megabyte = 1_000_000

// The root script runs plain `node`, without `--expose-gc`; the flag can
// still be turned on from inside, and `gc` read from a fresh context.
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

interface SizeResult {
  size: number
  bare: number
  parse: number
  preset: number
  markdown: number
  markdownSize: number
  perRule: Array<{id: string; ms: number; messages: number}>
}

/**
 * Run the benchmark: 1 MB (best of three) and, unless `--quick`, 10 MB (once),
 * printing throughput, the preset's cost over a bare parse, per-rule times
 * and whether time grew linearly with size.
 */
export async function main(argv: ReadonlyArray<string>): Promise<void> {
  const unknown = argv.filter((arg) => arg !== '--quick')
  if (unknown.length > 0) {
    console.error(`bench: unknown argument ${unknown[0]}, expected --quick`)
    process.exitCode = 2
    return
  }
  const quick = argv.includes('--quick')
  const source = paragraphs(new URL('../../../../seeds/', import.meta.url))
  console.log(`copydesk bench: rules ${rules.map((entry) => entry.id).join(', ') || '(none registered)'}`)

  // Warm up the JIT so the 1 MB figures are not a cold start.
  await measure(buildProse(source, 100_000), 1)

  const results = [await measure(buildProse(source, megabyte), 3)]
  if (!quick) results.push(await measure(buildProse(source, 10 * megabyte), 1))

  for (const result of results) print(result)
  if (results.length === 2) printGrowth(results[0]!, results[1]!)
}

async function measure(text: string, runs: number): Promise<SizeResult> {
  let best: SizeResult | undefined
  for (let run = 0; run < runs; run++) {
    // One stage at a time, each dropping its tree and starting on a collected
    // heap, so no stage pays for the garbage of the one before.
    collectGarbage()
    const bare = timeBareParse(text)
    collectGarbage()
    const {ms: preset} = await timePreset(text)
    collectGarbage()
    const {parse, perRule} = await timeParseAndRules(text)
    collectGarbage()
    const markdownText = toMarkdown(text)
    const markdown = timeParse(markdownText, 'bench.md').ms
    const result = {size: text.length, bare, parse, preset, markdown, markdownSize: markdownText.length, perRule}
    if (!best || result.preset < best.preset) best = result
  }
  return best!
}

function print(result: SizeResult): void {
  const mb = result.size / megabyte
  const rate = (ms: number) => `${(mb / (ms / 1000)).toFixed(2)} MB/s`
  console.log('')
  console.log(`${mb.toFixed(1)} MB of news-like text`)
  console.log(`  bare ParseEnglish, paragraph by paragraph  ${ms(result.bare)}  ${rate(result.bare)}`)
  console.log(`  copydesk parser (positions, joined tree)   ${ms(result.parse)}  ${rate(result.parse)}`)
  console.log(`  whole preset (parser + all rules)          ${ms(result.preset)}  ${rate(result.preset)}`)
  console.log(`  preset / bare parse                        ${(result.preset / result.bare).toFixed(2)}×`)
  const markdownRate = `${(result.markdownSize / megabyte / (result.markdown / 1000)).toFixed(2)} MB/s`
  console.log(`  copydesk parser on the same as Markdown    ${ms(result.markdown)}  ${markdownRate}`)
  for (const rule of result.perRule) {
    console.log(`  rule ${rule.id.padEnd(37)} ${ms(rule.ms)}  ${rate(rule.ms)}  (${rule.messages} messages)`)
  }
}

function printGrowth(small: SizeResult, large: SizeResult): void {
  const size = large.size / small.size
  const rows: Array<[string, number, number]> = [
    ['bare parse', small.bare, large.bare],
    ['copydesk parser', small.parse, large.parse],
    ['whole preset', small.preset, large.preset],
    ['copydesk parser, Markdown', small.markdown, large.markdown],
    ...large.perRule.map((rule, index): [string, number, number] => [`rule ${rule.id}`, small.perRule[index]?.ms ?? 0, rule.ms])
  ]
  console.log('')
  console.log(`growth from ${(small.size / megabyte).toFixed(1)} MB to ${(large.size / megabyte).toFixed(1)} MB (size ×${size.toFixed(1)})`)
  const bareFactor = large.bare / small.bare
  for (const [name, a, b] of rows) {
    const factor = b / a
    // Holding a 10 MB tree (about a gigabyte of heap) makes every garbage
    // collection longer, so even the bare parse grows faster than the size.
    // A stage counts as linear within 1.5 times the size factor, or within
    // 1.2 times the bare parse's own growth on this machine.
    const verdict = factor <= Math.max(size * 1.5, bareFactor * 1.2) ? 'linear' : 'SUPERLINEAR'
    console.log(`  ${name.padEnd(42)} time ×${factor.toFixed(1)}  ${verdict}`)
  }
}

function ms(value: number): string {
  return `${value.toFixed(0).padStart(7)} ms`
}
