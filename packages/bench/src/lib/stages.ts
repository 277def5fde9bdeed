import {createProcessor, lintCorpus, lintText} from 'copydesk'
import {VFile} from 'vfile'
import {buildArticles} from './articles.js'
import {stopwatch, timeBareParse, timeParse, timeRules, type Elapsed} from './measure.js'
import {buildProse, paragraphs} from './prose.js'

/** What a stage reports: its figures, and the process's peak resident memory. */
export type StageResult = Record<string, unknown> & {maxRssMb: number}

/** Per rule: milliseconds alone over parsed trees, and the messages it made. */
export type RuleTimes = Array<{id: string; ms: number; cpu: number; messages: number}>

/** Stages run one per child process, so each one's peak memory is its own. */
export const stageNames = ['prose-preset', 'prose-parse', 'scraped-parse', 'files-separate', 'files-corpus', 'files-rules', 'knowledge'] as const
export type StageName = (typeof stageNames)[number]

/**
 * Prose figures are the median of this many runs: the JIT goes on compiling
 * (on threads whose CPU time counts) well after a small warm-up, so a single
 * run of the preset's larger code measures the compiler as much as copydesk.
 * Parse and preset alike are measured this way.
 */
const rounds = 3

/**
 * Texts of one segment (2 MB) or less are measured this many times: a run
 * takes a few seconds, and where the collector's work on the last run's
 * garbage falls (in the bare parse or in the preset) moves a single ratio by
 * a quarter either way.
 */
const segmentRounds = 5

/** Longest warm-up text of the prose stages. */
const warmUpLength = 1_000_000

/** Warm-up runs (preset and bare parse) over `warmUpLength` characters. */
const warmUpRuns = 4

/** Articles a file stage lints, its own way, after the prose warm-up. */
const warmUpArticles = 300

/**
 * Texts under 1 MB take a tenth of a second or so, when the collector may
 * still be busy with the warm-up's garbage: they are measured this many
 * times.
 */
const shortRounds = 9

/**
 * Passes of prose between the texts of two rounds, or of two warm-ups
 * (`buildProse`'s `firstPass`): more than a 10 MB text holds, and a count
 * that moves every number but the years, and every weekday, so that a
 * paragraph with numbers or days reads differently in each text.
 */
const passesApart = 1003

/** First pass of the warm-up texts, past every measured round's. */
const warmUpPass = 50_021

/** Above this many characters (the 50 MB memory stage) the preset runs once. */
const oneRoundAbove = 20_000_000

/** Per-rule times are taken over trees of at most this many characters, as the preset lints long texts in segments. */
const ruleChunk = 2_000_000

const seeds = new URL('../../../../seeds/', import.meta.url)
const wellEdited = new URL('../../../../tests/fixtures/well-edited/', import.meta.url)
// The bench does not depend on @copydesk/knowledge (copydesk brings it); its
// build in the workspace is what a cold process loads.
const knowledgeEntry = new URL('../../../knowledge/dist/index.js', import.meta.url).href

/** Run one stage (`amount`: characters of prose, or a number of files) and report. */
export async function runStage(name: StageName, amount: number): Promise<StageResult> {
  if (name === 'knowledge') return knowledgeStage()
  // News copy as a newsroom has it (edited stories, a few scraped pages);
  // the scraped pages alone are the worst case for `scrape-residue`.
  const source = name === 'scraped-parse' ? paragraphs(seeds) : paragraphs(seeds, wellEdited)
  // Warm up the JIT, so the figures are those of a long run (an archive, an
  // editor session), not of a cold start: V8 goes on compiling the rules'
  // code for several megabytes (after two runs over 1 MB it still optimised
  // some 120 functions during the next, after four 16 to 60 in each of the
  // next five, as after six), so every stage but the 50 MB one warms up on
  // four runs over 1 MB, and the file stages then on articles of their own,
  // linted the way they measure them. The warm-up texts hold other numbers
  // and weekdays than the measured ones, so what copydesk remembers across
  // files (calendar readings, name lookups) is what a long run would have,
  // not the measured text's own answers. (Not the 50 MB stage: it measures
  // memory, which a warm-up's garbage would swell.)
  const memory = amount > oneRoundAbove
  for (let round = 0; round < (memory ? 1 : warmUpRuns); round++) {
    const warmUp = buildProse(source, memory ? 50_000 : warmUpLength, warmUpPass + round * passesApart)
    await lintText(warmUp, {path: 'warm-up.txt'})
    timeBareParse(warmUp)
  }
  if (name === 'files-separate' || name === 'files-corpus' || name === 'files-rules') {
    const warmUp = buildArticles(buildProse(source, warmUpArticles * 4600, warmUpPass + warmUpRuns * passesApart), warmUpArticles)
    if (name === 'files-corpus') await lintCorpus(warmUp.map((value, index) => ({path: `warm-up-${index}.txt`, value})))
    else await lintSeparately(warmUp)
  }

  // Each round its own text: the same paragraphs, other numbers and weekdays.
  const textOfRound = (round: number, first: string): string => (round === 0 ? first : buildProse(source, amount, round * passesApart))

  switch (name) {
    case 'prose-preset': {
      const text = buildProse(source, amount)
      // The bare parse of the same text runs in the same process, each round
      // just before the preset, so both see the same machine and the same
      // state of the JIT and heap; the ratio is taken between them. (Not for
      // the 50 MB memory stage.)
      const withBare = text.length <= oneRoundAbove
      const presets: Elapsed[] = []
      const bares: Elapsed[] = []
      let messages = 0
      for (let round = 0; round < roundsFor(text.length); round++) {
        const measured = textOfRound(round, text)
        if (withBare) {
          const elapsed = stopwatch()
          timeBareParse(measured)
          bares.push(elapsed())
        }
        const elapsed = stopwatch()
        const file = await lintText(measured, {path: 'bench.txt'})
        messages = file.messages.length
        presets.push(elapsed())
      }
      const bare = withBare ? middle(bares) : undefined
      return done({size: text.length, ...middle(presets), messages, ...(bare ? {bare: bare.ms, bareCpu: bare.cpu} : {})})
    }
    case 'prose-parse':
    case 'scraped-parse': {
      const text = buildProse(source, amount)
      const bareRun = await median(async () => {
        const elapsed = stopwatch()
        timeBareParse(text)
        return elapsed()
      }, roundsFor(text.length))
      const runs: Array<{parse: Elapsed; perRule: RuleTimes}> = []
      for (let round = 0; round < roundsFor(text.length); round++) {
        const parse: Elapsed = {ms: 0, cpu: 0}
        const perRule = new Map<string, {ms: number; cpu: number; messages: number}>()
        const measured = textOfRound(round, text)
        for (const chunk of chunks(measured, ruleChunk)) {
          const parsed = timeParse(chunk)
          parse.ms += parsed.ms
          parse.cpu += parsed.cpu
          // Each rule is timed on a second pass over the tree: in the first,
          // the collector is still busy with the parse's garbage, on threads
          // whose CPU time would be charged to whichever rule ran first.
          await timeRules(parsed.tree, chunk)
          for (const rule of await timeRules(parsed.tree, chunk)) add(perRule, rule)
        }
        runs.push({parse, perRule: listed(perRule)})
      }
      const parse = middle(runs.map((run) => run.parse))
      const perRule = runs[0]!.perRule.map(({id, messages}) => ({
        id,
        messages,
        ...middle(runs.map((run) => run.perRule.find((rule) => rule.id === id)!))
      }))
      return done({size: text.length, bare: bareRun.ms, bareCpu: bareRun.cpu, parse: parse.ms, parseCpu: parse.cpu, perRule})
    }
    case 'files-separate': {
      const articles = buildArticles(buildProse(source, amount * 4600), amount)
      let bare = 0
      const bareClock = stopwatch()
      for (const article of articles) bare += timeBareParse(article)
      const bareCpu = bareClock().cpu
      const elapsed = stopwatch()
      const messages = await lintSeparately(articles)
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
 * Lint `articles` one by one with one processor, as `lintFiles` does; the
 * number of messages made.
 */
async function lintSeparately(articles: ReadonlyArray<string>): Promise<number> {
  let messages = 0
  const processor = createProcessor()
  for (const [index, article] of articles.entries()) {
    const file = new VFile({path: `article-${index}.txt`, value: article})
    await processor.run(processor.parse(file), file)
    messages += file.messages.length
  }
  return messages
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

/** How many times a text of `length` characters is measured. */
function roundsFor(length: number): number {
  if (length > oneRoundAbove) return 1
  if (length < warmUpLength) return shortRounds
  return length <= ruleChunk ? segmentRounds : rounds
}

/** Run `measure` `times` times and keep the run of median CPU time. */
async function median(measure: () => Promise<Elapsed>, times = rounds): Promise<Elapsed> {
  const runs: Elapsed[] = []
  for (let round = 0; round < times; round++) runs.push(await measure())
  return middle(runs)
}

/** The run of median CPU time. */
function middle(runs: ReadonlyArray<Elapsed>): Elapsed {
  const sorted = [...runs].sort((a, b) => a.cpu - b.cpu)
  const run = sorted[Math.floor(sorted.length / 2)]!
  return {ms: run.ms, cpu: run.cpu}
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
