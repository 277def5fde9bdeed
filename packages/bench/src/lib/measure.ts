import {copydeskParse, createProcessor, resolveRules, rules, type RuleEntry} from 'copydesk'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'

/**
 * Milliseconds a bare ParseEnglish parse takes, paragraph by paragraph (split
 * at blank lines, no position shifting, no joining): the floor under every
 * other figure. The trees are kept until the end, as a linter keeps its tree,
 * so memory pressure is the same as the preset's.
 */
export function timeBareParse(text: string): number {
  const parser = new ParseEnglish()
  const trees: Root[] = []
  const start = performance.now()
  for (const paragraph of text.split(/\n[ \t]*\n/)) trees.push(parser.parse(paragraph))
  const ms = performance.now() - start
  trees.length = 0
  return ms
}

/** Milliseconds for the whole preset (copydesk parser and every registered rule) on `text`. */
export async function timePreset(text: string): Promise<{ms: number; messages: number}> {
  const processor = createProcessor()
  const file = new VFile({path: 'bench.txt', value: text})
  const start = performance.now()
  await processor.run(processor.parse(file), file)
  return {ms: performance.now() - start, messages: file.messages.length}
}

/**
 * Milliseconds for the copydesk parser alone, then for each rule alone over
 * the tree it made (the tree is dropped on return, before anything else is
 * measured).
 */
export async function timeParseAndRules(text: string): Promise<{parse: number; perRule: Array<{id: string; ms: number; messages: number}>}> {
  const {ms, tree} = timeParse(text)
  return {parse: ms, perRule: await timeRules(tree, text)}
}

/** Milliseconds for the copydesk parser alone (`path` picks text or Markdown). */
export function timeParse(text: string, path = 'bench.txt'): {ms: number; cpu: number; tree: Root; file: VFile} {
  const file = new VFile({path, value: text})
  const elapsed = stopwatch()
  const tree = unified().use(copydeskParse).parse(file) as Root
  return {...elapsed(), tree, file}
}

/** Per rule, milliseconds to run that rule alone over an already parsed tree. */
export async function timeRules(tree: Root, text: string): Promise<Array<{id: string; ms: number; cpu: number; messages: number}>> {
  const results: Array<{id: string; ms: number; cpu: number; messages: number}> = []
  for (const {entry, severity, options} of resolveRules(rules, {})) {
    if (severity === 'off') continue
    results.push({id: entry.id, ...(await timeRule(entry, severity, options, tree, text))})
  }
  return results
}

async function timeRule(entry: RuleEntry, severity: string, options: unknown, tree: Root, text: string): Promise<{ms: number; cpu: number; messages: number}> {
  const processor = unified().use(entry.plugin as Plugin<[[string, unknown]], Root>, [severity, options])
  const file = new VFile({path: 'bench.txt', value: text})
  const elapsed = stopwatch()
  await processor.run(tree, file)
  return {...elapsed(), messages: file.messages.length}
}

/** Wall-clock and CPU milliseconds since a start. */
export interface Elapsed {
  /** Wall-clock milliseconds. */
  ms: number
  /** CPU milliseconds of the whole process (user and system, every thread). */
  cpu: number
}

/**
 * Start a stopwatch; calling the result gives the time since. CPU time is
 * kept beside wall-clock time because on a shared machine the wall clock
 * also counts the time other processes had the cores.
 */
export function stopwatch(): () => Elapsed {
  const wall = performance.now()
  const cpu = process.cpuUsage()
  return function () {
    const used = process.cpuUsage(cpu)
    return {ms: performance.now() - wall, cpu: (used.user + used.system) / 1000}
  }
}
