import {lintText} from '../packages/copydesk/src/index.js'
import {loadKnowledge, type Knowledge} from '../packages/knowledge/src/index.js'
import {beforeAll, describe, expect, it} from 'vitest'
import {describeMiss, findingsOnFault, fixRestores} from './support/catch.js'
import {readArticles, type Article, type LintedFile as VFile} from './support/fixtures.js'
import {applyMutation, roundRobin, seededRandom, type Mutation} from './support/mutations.js'
import {nameMutations} from './support/name-mutations.js'
import {titleMutations} from './support/title-mutations.js'
import {secondDayMutations, statedSecondDayMutations, weekdayMutations, type DatedEventLike} from './support/date-mutations.js'

// Fixed seeds: a failure names injections that the next run reproduces.
const seeds = {names: 20_260_901, titles: 20_260_902, dates: 20_260_903}
const wanted = {names: 240, titles: 120, dates: 120, secondDays: 40}
const minimum = {names: 200, titles: 100, dates: 100}
const minimumCatchRate = 0.9

let articles: Article[]
let knowledge: Knowledge

beforeAll(() => {
  articles = readArticles()
  knowledge = loadKnowledge()
})

async function lint(mutation: Mutation): Promise<VFile> {
  return lintText(applyMutation(mutation), {path: mutation.article.name})
}

interface Outcome {
  caught: number
  misses: string[]
  /** Per kind of fault: injected and caught. */
  kinds: Map<string, {injected: number; caught: number}>
}

async function run(mutations: ReadonlyArray<Mutation>, ruleId: string, isCatch: (file: VFile, mutation: Mutation) => boolean): Promise<Outcome> {
  const misses: string[] = []
  const kinds = new Map<string, {injected: number; caught: number}>()
  let caught = 0
  for (const mutation of mutations) {
    const file = await lint(mutation)
    const kind = kinds.get(mutation.kind) ?? {injected: 0, caught: 0}
    kinds.set(mutation.kind, kind)
    kind.injected++
    if (isCatch(file, mutation)) {
      caught++
      kind.caught++
    } else misses.push(describeMiss(mutation, file, ruleId))
  }
  return {caught, misses, kinds}
}

function summary(label: string, count: number, outcome: Outcome): string {
  const kinds = [...outcome.kinds].map(([kind, {injected, caught}]) => `${kind} ${caught}/${injected}`).join(', ')
  const rate = ((outcome.caught / Math.max(count, 1)) * 100).toFixed(1)
  return `${label}: ${outcome.caught} of ${count} caught (${rate}%; ${kinds})\n${outcome.misses.join('\n')}`
}

/**
 * Lint each injection alone, print the catch rate per kind of fault and the
 * misses, and assert the count of injections and the catch rate.
 */
async function measure(
  ruleId: string,
  mutations: ReadonlyArray<Mutation>,
  least: number,
  isCatch: (file: VFile, mutation: Mutation) => boolean
): Promise<void> {
  expect(mutations.length, `${ruleId} injections`).toBeGreaterThanOrEqual(least)
  const outcome = await run(mutations, ruleId, isCatch)
  const report = summary(ruleId, mutations.length, outcome)
  console.log(report)
  expect(outcome.caught / mutations.length, report).toBeGreaterThanOrEqual(minimumCatchRate)
}

describe('injected faults', () => {
  it('name-spelling catches misspelt names of known people and offers the canonical name', async () => {
    const groups = articles.flatMap((article) => nameMutations(article, knowledge))
    await measure('name-spelling', roundRobin(groups, wanted.names, seededRandom(seeds.names)), minimum.names, (file, mutation) =>
      findingsOnFault(file, mutation, 'name-spelling').some((message) => fixRestores(mutation, message))
    )
  }, 300_000)

  it('person-title catches a title swapped for another rank or for one the person held at another time', async () => {
    const groups = articles.flatMap((article) => titleMutations(article, knowledge))
    await measure('person-title', roundRobin(groups, wanted.titles, seededRandom(seeds.titles)), minimum.titles, (file, mutation) =>
      findingsOnFault(file, mutation, 'person-title').length > 0
    )
  }, 300_000)

  it('date-consistency catches a weekday beside a date it does not fall on, and a second day for a dated event', async () => {
    const weekdays: Mutation[][] = []
    const secondDays: Mutation[][] = []
    for (const article of articles) {
      weekdays.push(...weekdayMutations(article))
      const clean = await lintText(article.value, {path: article.name})
      // Events the rule dated, and events read from the text by a pattern of its own, each place once.
      const fromRule = secondDayMutations(article, datedEvents(clean))
      const places = new Set(fromRule.map((group) => group[0]?.start))
      secondDays.push(...fromRule, ...statedSecondDayMutations(article).filter((group) => !places.has(group[0]?.start)))
    }
    const random = seededRandom(seeds.dates)
    const mutations = [...roundRobin(secondDays, wanted.secondDays, random), ...roundRobin(weekdays, wanted.dates - wanted.secondDays, random)]
    await measure('date-consistency', mutations, minimum.dates, (file, mutation) => findingsOnFault(file, mutation, 'date-consistency').length > 0)
  }, 300_000)
})

/** The events the date rule dated in a clean run of an article. */
function datedEvents(file: VFile): Array<DatedEventLike & {day: {weekday?: number}}> {
  const data = file.data as {copydeskDatedEvents?: {events: Array<DatedEventLike & {day: {weekday?: number}}>}}
  return data.copydeskDatedEvents?.events ?? []
}
