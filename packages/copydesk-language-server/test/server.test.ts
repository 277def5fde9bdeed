import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {createProcessor} from 'copydesk'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {LanguageServerClient, languageServerOptions, serverBin, startLanguageServer, usage} from '../src/index.js'

describe('public API', () => {
  it('exposes the server, its options and the client', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'LanguageServerClient',
      'MessageDecoder',
      'encodeMessage',
      'fixAllAction',
      'fixAllEdits',
      'fixAllKind',
      'fixAllTitle',
      'installFixAll',
      'languageServerOptions',
      'serverBin',
      'startLanguageServer',
      'usage',
      'wantsFixAll'
    ])
  })
})

describe('languageServerOptions', () => {
  it('finds copydesk and its configuration as the command line does', () => {
    expect(languageServerOptions).toEqual({
      processorName: 'copydesk',
      processorSpecifier: 'createProcessor',
      defaultProcessor: createProcessor,
      configurationSection: 'copydesk',
      rcName: '.copydeskrc',
      packageField: 'copydesk',
      ignoreName: '.copydeskignore'
    })
  })

  it('names an export of copydesk that makes a processor with the parser and the preset', async () => {
    const copydesk = (await import('copydesk')) as Record<string, unknown>
    expect(copydesk[languageServerOptions.processorSpecifier!]).toBe(createProcessor)
    const processor = createProcessor()
    processor.data('settings', {rules: {'garbled-punctuation': 'off'}})
    const file = new VFile({value: 'Powered by\n\nThey met to guarantee. the security of Russia.\n', path: 'story.txt'})
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((message) => [String(message), message.ruleId])).toEqual([
      ['story.txt:1:1-1:11: Unexpected site credit `Powered by`, expected no website credit in the copy', 'scrape-residue']
    ])
  })
})

describe('startLanguageServer', () => {
  it('prints usage and the version without starting', () => {
    let out = ''
    const stdout = {write: (chunk: string) => (out += chunk)} as unknown as NodeJS.WritableStream
    expect(startLanguageServer(['--help'], {stdout, version: '1.2.3'})).toBe(false)
    expect(out).toBe(usage)
    out = ''
    expect(startLanguageServer(['--version'], {stdout, version: '1.2.3'})).toBe(false)
    expect(out).toBe('1.2.3\n')
  })

  it('talks over standard input and output when no transport is given', async () => {
    const client = new LanguageServerClient({args: [], timeout: 10_000})
    try {
      const capabilities = await client.initialize(tmpdir())
      expect(capabilities['textDocumentSync']).toBe(1)
      expect(await client.close()).toBe(0)
      expect(client.stderr).toBe('')
    } finally {
      client.kill()
    }
  })

  it('the committed bin runs the built server', () => {
    const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version
    const result = spawnSync(process.execPath, [serverBin, '--version'], {encoding: 'utf8'})
    expect({status: result.status, stdout: result.stdout, stderr: result.stderr}).toEqual({status: 0, stdout: version + '\n', stderr: ''})
  })
})
