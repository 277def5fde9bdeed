import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {createProcessor, lintCorpus, lintFiles, lintText, rules} from '../src/index.js'

const linkLine = 'ALSO READ:  How many Covid variants are there? Explained'
const story = `Talks between the two delegations began in Geneva on Monday, officials said.\n\n${linkLine}\n\nThe delegations will meet again next week.\n`
const clean =
  'Russian Deputy Foreign Minister Sergei Ryabkov ruled out concessions on Monday.\n\n' +
  'Wendy Sherman, the US deputy secretary of state, said the talks had been frank.\n'

const folder = mkdtempSync(join(tmpdir(), 'copydesk-api-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describe('library API', () => {
  it('exposes its functions and the registry', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'applyFixes', 'copydesk', 'copydeskControl', 'copydeskParse', 'corpusCompleter', 'corpusRecordReader', 'createPreset', 'createProcessor',
      'defineRule', 'filterControlled', 'findDirectives', 'formatOf', 'lintCorpus', 'lintFiles', 'lintSegments', 'lintText', 'loadSheets',
      'mergeSettings', 'optionsForKey', 'parseCopy', 'releaseTree', 'resolveRules', 'rules', 'runCorpus', 'segmentLength', 'toCorpusRecord', 'validateDate',
      'validateSettings'
    ])
    expect(rules.map((entry) => entry.id)).toContain('scrape-residue')
    for (const entry of rules) expect(entry.url).toBe(`https://github.com/copydesk/copydesk/tree/main/packages/retext-${entry.id === 'person-title' ? 'person-titles' : entry.id}#readme`)
  })

  it('lintText finds page debris at its exact place', async () => {
    const file = await lintText(story, {path: 'story.txt'})
    const found = file.messages.filter((message) => message.ruleId === 'scrape-residue')
    expect(found.map((message) => [message.line, message.column, message.fatal, message.source])).toEqual([[3, 1, true, 'copydesk']])
    const place = found[0]!.place as {start: {offset: number}; end: {offset: number}}
    expect(story.slice(place.start.offset, place.end.offset)).toBe(found[0]!.actual)
    expect(file.path).toBe('story.txt')
  })

  it('lintText leaves well-edited copy alone', async () => {
    expect((await lintText(clean)).messages.filter((message) => message.ruleId === 'scrape-residue')).toEqual([])
    expect((await lintText('')).messages).toEqual([])
  })

  it('lintText takes severities per rule', async () => {
    const off = await lintText(story, {rules: {'scrape-residue': 'off'}})
    expect(off.messages.filter((message) => message.ruleId === 'scrape-residue')).toEqual([])
    const warn = await lintText(story, {rules: {'scrape-residue': 'warn'}})
    expect(warn.messages.filter((message) => message.ruleId === 'scrape-residue').map((message) => message.fatal)).toEqual([false])
    await expect(lintText(story, {rules: {'scrape-residue': 'loud' as 'warn'}})).rejects.toThrow('for `options.rules.scrape-residue`')
    await expect(lintText(story, {date: '2022-02-30'})).rejects.toThrow('Unexpected `"2022-02-30"` for `options.date`')
  })

  it('lintText reads Markdown by path or format, skipping code', async () => {
    const markdown = `# Talks\n\n\`\`\`\n${linkLine}\n\`\`\`\n\n> ${linkLine}\n`
    const file = await lintText(markdown, {path: 'story.md'})
    expect(file.messages.filter((message) => message.ruleId === 'scrape-residue').map((message) => message.line)).toEqual([7])
    const forced = await lintText(markdown, {format: 'markdown'})
    expect(forced.messages.map(String)).toEqual(file.messages.map((message) => String(message).replace(/^story\.md:/, '')))
  })

  it('lintFiles reads files and rejects a missing one', async () => {
    writeFileSync(join(folder, 'a.txt'), story)
    writeFileSync(join(folder, 'b.md'), clean)
    const files = await lintFiles([join(folder, 'a.txt'), join(folder, 'b.md')])
    expect(files.map((file) => [file.basename, file.messages.filter((message) => message.ruleId === 'scrape-residue').length])).toEqual([
      ['a.txt', 1],
      ['b.md', 0]
    ])
    // No file keeps its tree: no message has ancestors, no mentions are left.
    expect(files[0]!.messages.length).toBeGreaterThan(0)
    expect(files.flatMap((file) => file.messages).filter((message) => message.ancestors !== undefined)).toEqual([])
    expect(files.map((file) => 'copydeskMentions' in file.data)).toEqual([false, false])
    const alone = await lintText(story, {path: join(folder, 'a.txt')})
    expect(alone.messages.some((message) => message.ancestors !== undefined)).toBe(true)
    expect(files[0]!.messages.map(String)).toEqual(alone.messages.map(String))
    await expect(lintFiles([join(folder, 'missing.txt')])).rejects.toThrow('ENOENT')
    const together = await lintFiles([join(folder, 'a.txt'), join(folder, 'b.md')], {corpus: true})
    expect(together.map((file) => file.messages.length)).toEqual(files.map((file) => file.messages.length))
  })

  it('lintCorpus lints VFiles and plain objects together', async () => {
    const given = new VFile({path: 'one.txt', value: story})
    const files = await lintCorpus([given, {path: 'two.txt', value: clean}])
    expect(files[0]).toBe(given)
    expect(files.map((file) => file.path)).toEqual(['one.txt', 'two.txt'])
    expect(files[0]!.messages.some((message) => message.ruleId === 'scrape-residue')).toBe(true)
  })

  it('createProcessor gives a processor to run on files', async () => {
    const processor = createProcessor({rules: {'scrape-residue': 'warn'}})
    const file = new VFile({path: 'x.txt', value: story})
    await processor.run(processor.parse(file), file)
    expect(file.messages.filter((message) => message.ruleId === 'scrape-residue').map((message) => message.fatal)).toEqual([false])
  })
})
