import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {escapeData, escapeProperty, reportGithub, reportJson, reportSarif, reportStylish, summaryLine, type ReportOptions} from '../src/index.js'

const options: ReportOptions = {cwd: '/desk', quiet: false, color: false, version: '1.2.3'}

function files(): VFile[] {
  const story = new VFile({path: 'story.txt', cwd: '/desk', value: 'ALSO READ: x\n\nwarnings. .and Europe'})
  const error = story.message('Unexpected page debris `ALSO READ:`, remove it', {
    place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 11, offset: 10}},
    ruleId: 'scrape-residue',
    source: 'copydesk'
  })
  Object.assign(error, {fatal: true, actual: 'ALSO READ:', expected: [''], url: 'https://example.com/scrape-residue'})
  const warning = story.message('Unexpected `. .`, expected `.`', {
    place: {start: {line: 3, column: 9, offset: 22}, end: {line: 3, column: 12, offset: 25}},
    ruleId: 'garbled-punctuation',
    source: 'copydesk'
  })
  Object.assign(warning, {actual: '. .', expected: ['.'], note: 'Two full stops.'})
  story.info('Skipped nothing', {ruleId: 'binary-file', source: 'copydesk'})
  return [story, new VFile({path: 'clean.txt', cwd: '/desk', value: 'Fine.'})]
}

describe('json', () => {
  it('gives vfile-reporter-json’s fields without ancestors', () => {
    const data = JSON.parse(reportJson(files(), options))
    expect(data[1]).toEqual({path: 'clean.txt', cwd: '/desk', history: ['clean.txt'], messages: []})
    expect(data[0].messages[1]).toEqual({
      column: 1,
      fatal: true,
      line: 1,
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 11, offset: 10}},
      reason: 'Unexpected page debris `ALSO READ:`, remove it',
      ruleId: 'scrape-residue',
      source: 'copydesk',
      actual: 'ALSO READ:',
      expected: [''],
      url: 'https://example.com/scrape-residue'
    })
    expect(data[0].messages.map((message: {ruleId: string}) => message.ruleId)).toEqual(['binary-file', 'scrape-residue', 'garbled-punctuation'])
    expect(JSON.parse(reportJson(files(), {...options, quiet: true}))[0].messages).toHaveLength(1)
  })
})

describe('github', () => {
  it('writes one command per message', () => {
    expect(reportGithub(files(), options).split('\n')).toEqual([
      '::notice file=story.txt,title=copydesk(binary-file)::Skipped nothing',
      '::error file=story.txt,line=1,col=1,endLine=1,endColumn=11,title=copydesk(scrape-residue)::Unexpected page debris `ALSO READ:`, remove it',
      '::warning file=story.txt,line=3,col=9,endLine=3,endColumn=12,title=copydesk(garbled-punctuation)::Unexpected `. .`, expected `.`',
      ''
    ])
    expect(reportGithub([new VFile({path: 'a.txt'})], options)).toBe('')
  })

  it('escapes data and properties', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b')
    expect(escapeProperty('a,b: c%\n')).toBe('a%2Cb%3A c%25%0A')
  })
})

describe('sarif', () => {
  it('makes one run with results, regions, snippets and fixes', () => {
    const log = JSON.parse(reportSarif(files(), options))
    expect(log.version).toBe('2.1.0')
    const run = log.runs[0]
    expect(run.tool.driver).toMatchObject({name: 'copydesk', version: '1.2.3'})
    expect(run.originalUriBaseIds).toEqual({SRCROOT: {uri: 'file:///desk/'}})
    const [info, error, warning] = run.results
    expect(info).toMatchObject({level: 'note', ruleId: 'binary-file', locations: [{physicalLocation: {artifactLocation: {uri: 'story.txt', uriBaseId: 'SRCROOT'}}}]})
    expect(error).toMatchObject({
      level: 'error',
      ruleId: 'scrape-residue',
      locations: [{physicalLocation: {region: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 11, snippet: {text: 'ALSO READ:'}}}}],
      fixes: [{description: {text: 'Remove `ALSO READ:`'}, artifactChanges: [{replacements: [{deletedRegion: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 11}, insertedContent: {text: ''}}]}]}]
    })
    expect(warning.fixes[0].description.text).toBe('Replace with `.`')
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
  })
})

describe('stylish', () => {
  it('ends with one summary line instead of vfile-reporter’s', () => {
    const lines = reportStylish(files(), options).trimEnd().split('\n')
    expect(lines.at(-1)).toBe('✖ 1 error, ⚠ 1 warning in 1 of 2 files')
    expect(lines.filter((line) => /errors?|warnings?/.test(line) && line.startsWith('✖'))).toHaveLength(1)
    expect(lines).toContain('clean.txt: no issues found')
    expect(lines.some((line) => /^\s*1:1-1:11\s+error\s+Unexpected page debris/.test(line))).toBe(true)
  })

  it('says when there is nothing to report', () => {
    expect(summaryLine([new VFile({path: 'a.txt'}), new VFile({path: 'b.txt'})], {color: false})).toBe('✔ no issues in 2 files')
    expect(reportStylish([], options)).toBe('✔ no issues in 0 files\n')
  })
})
