import {createProcessor, lintCorpus, lintText} from 'copydesk'
import {VFile} from 'vfile'
import {buildArticles} from './articles.js'
import {stopwatch, timeBareParse, timeParse, timeRules} from './measure.js'
import {buildProse, paragraphs} from './prose.js'

/** What a stage reports: its figures, and the process's peak resident memory. */
export type StageResult = Record<string, unknown> & {maxRssMb: number}

/** Per rule: milliseconds alone over parsed trees, and the messages it made. */
export type RuleTimes = Array<{id: string; ms: number; cpu: number; messages: number}>

/** Stages run one per child process, so each one's peak memory is its own. */
export const stageNames = ['prose-preset', 'prose-parse', 'files-separate', 'files-corpus', 'files-rules', 'knowledge'] as const
export type StageName = (typeof stageNames)[number]

/** Per-rule times are taken over trees of at most this many characters, as the preset lints long texts in segments. */
const ruleChunk = 2_000_000

const seeds = new URL('../../../../seeds/', import.meta.url)
// The bench does not depend on @copydesk/knowledge (copydesk brings it); its
// build in the workspace is what a cold process loads.
const knowledgeEntry = new URL('../../../knowledge/dist/index.js', import.meta.url).href

/** Run one stage (`amount`: characters of prose, or a number of files) and report. */
export async function runStage(name: StageName, amount: number): Promise<StageResult> {
  if (name === 'knowledge') return knowledgeStage()
  const source = paragraphs(seeds)
  // Warm up the JIT on a small text, so the figures are not a cold start.
  await lintText(buildProse(source, 50_000), {path: 'warm-up.txt'})

  switch (name) {
    case 'prose-preset': {
      const text = buildProse(source, amount)
      const elapsed = stopwatch()
      const file = await lintText(text, {path: 'bench.txt'})
      return done({size: text.length, ...elapsed(), messages: file.messages.length})
    }
    case 'prose-parse': {
      const text = buildProse(source, amount)
      const elapsed = stopwatch()
      const bare = timeBareParse(text)
      const bareCpu = elapsed().cpu
      let parse = 0
      let parseCpu = 0
      const perRule = new Map<string, {ms: number; cpu: number; messages: number}>()
      for (const chunk of chunks(text, ruleChunk)) {
        const parsed = timeParse(chunk)
        parse += parsed.ms
        parseCpu += parsed.cpu
        for (const rule of await timeRules(parsed.tree, chunk)) add(perRule, rule)
      }
      return done({size: text.length, bare, bareCpu, parse, parseCpu, perRule: listed(perRule)})
    }
    case 'files-separate': {
      const articles = buildArticles(buildProse(source, amount * 4600), amount)
      let bare = 0
      const bareClock = stopwatch()
      for (const article of articles) bare += timeBareParse(article)
      const bareCpu = bareClock().cpu
      let messages = 0
      const elapsed = stopwatch()
      // One processor for every file, as `lintFiles` does.
      const processor = createProcessor()
      for (const [index, article] of articles.entries()) {
        const file = new VFile({path: `article-${index}.txt`, value: article})
        await processor.run(processor.parse(file), file)
        messages += file.messages.length
      }
      return done({size: sizeOf(articles), files: articles.length, bare, bareCpu, ...elapsed(), messages})
    }
    case 'files-corpus': {
      const articles = buildArticles(buildProse(source, amount * 4600), amount)
      const elapsed = stopwatch()
      const files = await lintCorpus(articles.map((value, index) => ({path: `article-${index}.txt`, value})))
      return done({size: sizeOf(articles), files: files.length, ...elapsed(), messages: files.reduce((sum, file) => sum + file.messages.length, 0)})
    }
    case 'files-rules': {
      const articles = buildArticles(buildProse(source, amount * 4600), amount)
      let parse = 0
      let parseCpu = 0
      const perRule = new Map<string, {ms: number; cpu: number; messages: number}>()
      for (const article of articles) {
        const parsed = timeParse(article)
        parse += parsed.ms
        parseCpu += parsed.cpu
        for (const rule of await timeRules(parsed.tree, article)) add(perRule, rule)
      }
      return done({size: sizeOf(articles), parse, parseCpu, perRule: listed(perRule)})
    }
  }
}

/**
 * The knowledge's load time in this fresh process: importing the package and
 * loading the bundled data (cold), then loading it again past the in-process
 * cache (warm), then once without the parse cache on disk (a first run).
 */
async function knowledgeStage(): Promise<StageResult> {
  const elapsed = stopwatch()
  const knowledge = (await import(knowledgeEntry)) as {
    loadKnowledge(): {people: unknown[]}
    measureBundledLoad(options?: {cache?: boolean}): {milliseconds: number}
  }
  const people = knowledge.loadKnowledge().people.length
  const {ms: cold, cpu: coldCpu} = elapsed()
  const warm = Math.min(...[0, 1, 2].map(() => knowledge.measureBundledLoad().milliseconds))
  const uncached = knowledge.measureBundledLoad({cache: false}).milliseconds
  return done({cold, coldCpu, warm, uncached, people})
}

function done(figures: Record<string, unknown>): StageResult {
  return {...figures, maxRssMb: process.resourceUsage().maxRSS / 1024}
}

/** `text` cut after blank lines into pieces of at least `length` characters. */
function chunks(text: string, length: number): string[] {
  const pieces: string[] = []
  let from = 0
  while (from < text.length) {
    const cut = text.indexOf('\n\n', from + length)
    const end = cut === -1 ? text.length : cut + 2
    pieces.push(text.slice(from, end))
    from = end
  }
  return pieces
}

function add(totals: Map<string, {ms: number; cpu: number; messages: number}>, rule: RuleTimes[number]): void {
  const total = totals.get(rule.id) ?? {ms: 0, cpu: 0, messages: 0}
  total.ms += rule.ms
  total.cpu += rule.cpu
  total.messages += rule.messages
  totals.set(rule.id, total)
}

function listed(totals: Map<string, {ms: number; cpu: number; messages: number}>): RuleTimes {
  return [...totals].map(([id, {ms, cpu, messages}]) => ({id, ms, cpu, messages}))
}

function sizeOf(texts: ReadonlyArray<string>): number {
  return texts.reduce((sum, text) => sum + text.length, 0)
}
