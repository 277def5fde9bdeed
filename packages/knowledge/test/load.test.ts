import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {cacheFolder, createKnowledge, loadKnowledge, measureBundledLoad, parseStyleSheet, readBundledSheets} from '../src/index.js'
import {validationMetrics} from '../src/lib/validate.js'

const newsroomPath = new URL('fixtures/newsroom.yaml', import.meta.url).pathname

describe('loadKnowledge', () => {
  test('the bundled knowledge is loaded once and cached', () => {
    expect(loadKnowledge()).toBe(loadKnowledge({bundled: true}))
    expect(loadKnowledge().people.length).toBeGreaterThan(60)
  })

  test('without bundled data only the given sheets count', () => {
    const knowledge = loadKnowledge({bundled: false, sheets: [{organisations: [{id: 'daily-planet', name: 'Daily Planet', source: 'https://example.com'}]}]})
    expect(knowledge.people).toEqual([])
    expect(knowledge.organisations.map((entry) => entry.id)).toEqual(['daily-planet'])
  })

  test("a newsroom sheet is merged over the bundled data: the newsroom's spelling wins", () => {
    const knowledge = loadKnowledge({sheets: [newsroomPath]})
    const sherman = knowledge.person('wendy-sherman')
    expect(sherman?.name).toBe('Wendy R. Sherman')
    // The fields the newsroom gives replace the bundled ones; the others stay.
    expect(sherman?.roles.map((role) => role.title)).toEqual(['Deputy Secretary of State'])
    expect(knowledge.personByName('Wendy R. Sherman')?.id).toBe('wendy-sherman')
    expect(knowledge.person('perry-white')?.roles[0]?.organisation).toBe('daily-planet')
    expect(knowledge.person('antony-blinken')?.name).toBe('Antony Blinken')
    // The cached bundled knowledge is untouched.
    expect(loadKnowledge().person('wendy-sherman')?.name).toBe('Wendy Sherman')
  })

  test('later sheets win over earlier ones', () => {
    const base = parseStyleSheet(readFileSync(newsroomPath, 'utf8'), 'newsroom.yaml')
    const override = {people: [{id: 'perry-white', name: 'Perry J. White', surname: 'White', roles: [], source: 'masthead'}]}
    const knowledge = loadKnowledge({sheets: [base, override]})
    expect(knowledge.person('perry-white')).toMatchObject({name: 'Perry J. White', given: 'Perry', roles: []})
  })

  test('the README example sheet loads', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const block = /<!-- example-sheet -->\s*```yaml\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(block).toBeDefined()
    const knowledge = loadKnowledge({sheets: [parseStyleSheet(block ?? '', 'README.md')]})
    expect(knowledge.personByName('Perry White')?.roles[0]?.title).toBe('Editor-in-Chief')
    expect(knowledge.personByMisspelling?.('Perry Whyte')?.id).toBe('perry-white')
  })

  test('load time of the bundled data is reported', () => {
    const report = measureBundledLoad()
    expect(report.files).toBeGreaterThanOrEqual(2)
    expect(report.people).toBe(loadKnowledge().people.length)
    // Generous bound for a shared CI machine; the README gives measured figures.
    expect(report.milliseconds).toBeLessThan(5000)
  })

  test('the parse cache gives the same sheets, and a damaged cache is parsed again', () => {
    const fresh = readBundledSheets(undefined, {cache: false})
    expect(readBundledSheets()).toEqual(fresh)
    expect(readBundledSheets()).toEqual(fresh)
    for (const file of readdirSync(cacheFolder).filter((name) => name.endsWith('.json'))) {
      writeFileSync(join(cacheFolder, file), '{"people": 1}')
    }

    expect(readBundledSheets()).toEqual(fresh)
  })
})

describe('the parse cache of the bundled data', () => {
  test('a cache hit is not validated again, neither when read nor when the knowledge is built', () => {
    const fresh = readBundledSheets(undefined, {cache: false})
    readBundledSheets()
    const before = validationMetrics.sheets
    const cached = readBundledSheets()
    expect(cached).toEqual(fresh)
    createKnowledge(cached)
    expect(validationMetrics.sheets).toBe(before)
  })

  test('a cache file whose content no longer matches its hash is parsed and validated again', () => {
    const fresh = readBundledSheets(undefined, {cache: false})
    readBundledSheets()
    const bundles = readdirSync(cacheFolder).filter((name) => name.startsWith('bundled-') && name.endsWith('.json'))
    expect(bundles.length).toBeGreaterThan(0)
    for (const name of bundles) {
      const path = join(cacheFolder, name)
      writeFileSync(path, readFileSync(path, 'utf8').replace('"Antony Blinken"', '"Anthony Blinken"'))
    }

    const before = validationMetrics.sheets
    const read = readBundledSheets()
    expect(read).toEqual(fresh)
    expect(validationMetrics.sheets - before).toBe(fresh.length)
  })

  test('a newsroom sheet is still checked against the bundled data read from the cache', () => {
    readBundledSheets()
    const sheet = {people: [{id: 'x-person', name: 'X Person', surname: 'Person', roles: [{title: 'Chair', organisation: 'no-such-body', start: '2020'}], source: 'masthead'}]}
    expect(() => loadKnowledge({sheets: [sheet]})).toThrow(/<sheet 9>: people\[0\] \(x-person\)\.roles\[0\]\.organisation: expected the id of an organisation defined in a loaded sheet, got "no-such-body"/)
  })
})
