import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadKnowledge} from '@copydesk/knowledge'
import {chromium, type Browser, type Page} from 'playwright-core'
import {build} from 'vite'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {exampleCopy} from '../src/lib/example.js'
import {cleanCopy, seedParagraphs} from './seed.js'
import {serveFolder, type StaticServer} from './static-server.js'

const executablePath = '/usr/bin/chromium'
// Outside CI a machine without Debian's chromium skips; CI installs it (.ci/run), so there it must run.
const skipReason =
  !existsSync(executablePath) && !process.env['CI']
    ? executablePath + ' is absent (apt-get install chromium, as .ci/run does); CI runs this test'
    : undefined
const packageFolder = fileURLToPath(new URL('..', import.meta.url))
/** Longest any one step may wait for the page. */
const wait = 15_000

interface Shown {
  ruleId: string | undefined
  where: string
  actual: string
  reason: string
  fixes: Array<string | undefined>
}

describe.skipIf(skipReason !== undefined)('the demo page in Chromium' + (skipReason ? ' (skipped: ' + skipReason + ')' : ''), () => {
  let outDir: string | undefined
  let server: StaticServer | undefined
  let browser: Browser | undefined
  let page: Page
  const problems: string[] = []

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'copydesk-web-demo-'))
    await build({root: packageFolder, configFile: join(packageFolder, 'vite.config.ts'), mode: 'production', logLevel: 'error', build: {outDir, emptyOutDir: true}})
    server = await serveFolder(outDir)
    browser = await chromium.launch({
      executablePath,
      timeout: 30_000,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    page = await browser.newPage()
    page.setDefaultTimeout(wait)
    page.on('pageerror', (error) => problems.push('page error: ' + error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push('console error: ' + message.text())
    })
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(String(response.status()) + ' for ' + response.url())
    })
    await page.goto(server.url, {timeout: wait})
    await ready()
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (outDir) rmSync(outDir, {recursive: true, force: true})
  })

  /** Wait until the page has linted exactly what the text area holds. */
  async function ready(): Promise<void> {
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#app')?.dataset['state'] !== 'linting', undefined, {timeout: wait})
    expect(await page.locator('#app').getAttribute('data-state')).toBe('ready')
  }

  async function shown(): Promise<Shown[]> {
    return page.$$eval('#findings li.finding', (items) =>
      items.map((item) => ({
        ruleId: (item as HTMLElement).dataset['ruleId'],
        where: item.querySelector('.where')?.textContent ?? '',
        actual: item.querySelector('.actual')?.textContent ?? '',
        reason: item.querySelector('.reason')?.textContent ?? '',
        fixes: [...item.querySelectorAll<HTMLButtonElement>('button.fix')].map((button) => button.dataset['replacement'])
      }))
    )
  }

  async function marks(): Promise<Array<[string, string]>> {
    return page.$$eval('#overlay mark', (found) => found.map((mark): [string, string] => [mark.textContent ?? '', mark.className]))
  }

  async function typeCopy(text: string): Promise<void> {
    const input = page.locator('#copy')
    await input.fill('')
    await input.pressSequentially(text, {timeout: 60_000})
    await ready()
    expect(await input.inputValue()).toBe(text)
  }

  test('builds the bundled knowledge in the page', async () => {
    const node = loadKnowledge()
    await expect
      .poll(() => page.locator('#knowledge').textContent(), {timeout: wait})
      .toMatch(new RegExp('^' + String(node.people.length) + ' people and ' + String(node.organisations.length) + ' organisations, ready in \\d+ ms$'))
  })

  test('well-edited copy is not marked', async () => {
    await typeCopy(cleanCopy)
    expect(await shown()).toEqual([])
    expect(await marks()).toEqual([])
    expect(await page.locator('#status').textContent()).toMatch(/^No findings, linted in \d+ ms$/)
  })

  test('typed copy is marked and listed with rule ids and reasons', {timeout: 90_000}, async () => {
    await typeCopy(seedParagraphs)
    const blinken =
      'Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20; titled “US Secretary of State” in the text)'
    expect(await shown()).toEqual([
      {ruleId: 'name-spelling', where: '1:23', actual: 'Anthony Blanken', reason: blinken, fixes: ['Antony Blinken']},
      {ruleId: 'name-spelling', where: '1:287', actual: 'Anthony Blanken', reason: blinken, fixes: ['Antony Blinken']},
      {
        ruleId: 'garbled-punctuation',
        where: '3:197',
        actual: 'guarantee.',
        reason: 'Unexpected `guarantee.`, expected `guarantee`: the sentence goes on in lower case with `the`, so the full stop is stray',
        fixes: ['guarantee']
      }
    ])
    expect(await marks()).toEqual([
      ['Anthony Blanken', 'error'],
      ['Anthony Blanken', 'error'],
      ['guarantee.', 'warn']
    ])
    // The overlay mirrors the text character for character, or the marks would sit in the wrong place.
    expect(await page.locator('#overlay').textContent()).toBe(seedParagraphs + '\u200B')
    expect(await page.locator('#status').textContent()).toMatch(/^3 findings \(2 errors\), linted in \d+ ms$/)

    // Pointing at a finding in the list lights up its mark.
    await page.locator('#findings li.finding').nth(2).hover()
    expect(await page.locator('#overlay mark.active').allTextContents()).toEqual(['guarantee.'])
  })

  test('the quick fix replaces the text and the finding goes', async () => {
    const input = page.locator('#copy')
    expect(await input.inputValue()).toBe(seedParagraphs)
    await page.locator('#findings li.finding', {hasText: 'guarantee.'}).getByRole('button', {name: 'Change to “guarantee”'}).click()
    await ready()

    const fixed = seedParagraphs.replace('guarantee. the', 'guarantee the')
    expect(await input.inputValue()).toBe(fixed)
    expect(fixed).toContain('guarantee the security')
    expect((await shown()).map((finding) => [finding.ruleId, finding.actual])).toEqual([
      ['name-spelling', 'Anthony Blanken'],
      ['name-spelling', 'Anthony Blanken']
    ])
    expect(await marks()).toEqual([
      ['Anthony Blanken', 'error'],
      ['Anthony Blanken', 'error']
    ])
    // The caret lands after the replacement, ready to go on typing.
    const caret = seedParagraphs.indexOf('guarantee.') + 'guarantee'.length
    expect(await input.evaluate((area: HTMLTextAreaElement) => [area.selectionStart, area.selectionEnd])).toEqual([caret, caret])
  })

  test('the example button loads copy with each kind of fault', async () => {
    await page.locator('#example').click()
    await ready()
    expect(await page.locator('#copy').inputValue()).toBe(exampleCopy)
    expect((await shown()).map((finding) => [finding.ruleId, finding.actual, finding.fixes])).toEqual([
      ['name-spelling', 'Anthony Blanken', ['Antony Blinken']],
      ['scrape-residue', 'ALSO READ: What the talks mean for Europe', ['']],
      ['garbled-punctuation', 'guarantee.', ['guarantee']]
    ])
    expect(await page.locator('#findings button.fix').allTextContents()).toEqual(['Change to “Antony Blinken”', 'Delete', 'Change to “guarantee”'])
  })

  test('nothing went wrong in the page', () => {
    expect(problems).toEqual([])
  })
})
