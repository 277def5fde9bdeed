// Inline controls (`copydesk-disable`, `copydesk-enable`,
// `copydesk-ignore-next`) end to end: the built command on Markdown and
// plain-text copy, with the findings that remain listed exactly.

import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli, tempFolder, type JsonFile} from './support/cli.js'

const markdown = [
  '# Geneva talks',
  '',
  '<!-- copydesk-disable scrape-residue -->',
  '',
  'ALSO READ: How many Covid variants are there? Explained',
  '',
  '<!-- copydesk-enable scrape-residue -->',
  '',
  'ALSO READ: Dalit Man forced to clean manhole in Gujarat',
  '',
  '```txt',
  '<!-- copydesk-disable -->',
  '```',
  '',
  '<!-- copydesk-ignore-next garbled-punctuation -->',
  'The US issued strong warnings. .and Europe agreed.',
  '',
  'The talks were meant to guarantee. the security of Russia.',
  '',
  '<!-- copydesk-disable scrape-residu -->',
  '',
  '<!-- copydesk-disable -->',
  '',
  'Talks with Anthony Blanken ended.',
  '',
  '<!-- copydesk-enable name-spelling -->',
  '',
  'Joseph Borrell spoke. .and left.',
  ''
].join('\n')

const text = [
  'Talks began in Geneva on Monday.',
  '',
  'copydesk-ignore-next scrape-residue',
  'ALSO READ: How many Covid variants are there? Explained',
  '',
  'ALSO READ: Dalit Man forced to clean manhole in Gujarat',
  '',
  'The memo said to write copydesk-disable scrape-residue on a line of its own. .and nobody did.',
  '',
  'copydesk-disable garbled-punctuation',
  '',
  'The US issued strong warnings. .and Europe agreed.',
  '',
  '<!-- copydesk-enable garbled-punctuation -->',
  '',
  'The talks were meant to guarantee. the security of Russia.',
  '',
  'copydesk-ignore-next',
  'Talks with Anthony Blanken ended. .and then?',
  '',
  'Talks with Anthony Blanken ended.',
  ''
].join('\n')

const teaser = 'Unexpected related-link line `ALSO READ: Dalit Man forced to …`, expected no link teaser in the copy'
const guarantee = 'Unexpected `guarantee.`, expected `guarantee`: the sentence goes on in lower case with `the`, so the full stop is stray'

let folder: {path: string; remove: () => void}

beforeAll(() => {
  folder = tempFolder({'story.md': markdown, 'story.txt': text})
})

afterAll(() => folder.remove())

/** Each file's findings as `line:column-line:column ruleId: reason`. */
function findings(stdout: string): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const file of JSON.parse(stdout) as JsonFile[]) {
    result[file.path ?? ''] = file.messages.map((message) => {
      const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
      return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column} ${message.ruleId}: ${message.reason}`
    })
  }
  return result
}

describe('inline controls through the copydesk command', () => {
  it('in Markdown: HTML comments disable, enable and ignore the next block; a comment in code is code', () => {
    const result = runCli(['--report', 'json', 'story.md'], {cwd: folder.path})
    expect(findings(result.stdout)).toEqual({
      'story.md': [
        // Line 5 is inside `disable scrape-residue`; line 9 is after `enable`.
        `9:1-9:56 scrape-residue: ${teaser}`,
        // Line 16 is the block after `ignore-next garbled-punctuation`; line 18 is not.
        `18:25-18:35 garbled-punctuation: ${guarantee}`,
        '20:23-20:36 control: Unexpected rule `scrape-residu` in `copydesk-disable`, expected one of `name-spelling`, `person-title`, `date-consistency`, `scrape-residue`, `garbled-punctuation`',
        // Everything is off from line 22, then only name-spelling is back: line 28's stray full stops stay silent.
        '28:1-28:15 name-spelling: Unexpected `Joseph Borrell`, expected `Josep Borrell` (a known misspelling; EEAS High Representative of the Union for Foreign Affairs and Security Policy 2019-12-01 to 2024-11-30)'
      ]
    })
    expect(result.status).toBe(1)
  })

  it('in plain text: directives on a line of their own, bare or in a comment; a directive mentioned in a sentence is copy', () => {
    const result = runCli(['--report', 'json', 'story.txt'], {cwd: folder.path})
    expect(findings(result.stdout)).toEqual({
      'story.txt': [
        `6:1-6:56 scrape-residue: ${teaser}`,
        '8:73-8:82 garbled-punctuation: Unexpected `own. .and`, expected `own and`: the sentence goes on in lower case with `and`, so the full stops are stray',
        `16:25-16:35 garbled-punctuation: ${guarantee}`,
        // Line 19 follows a bare `copydesk-ignore-next`: every rule is silent there.
        '21:12-21:27 name-spelling: Unexpected `Anthony Blanken`, expected `Antony Blinken` (US Secretary of State 2021-01-26 to 2025-01-20)'
      ]
    })
    expect(result.status).toBe(1)
  })

  it('--fix leaves silenced findings as they are', () => {
    const made = tempFolder({'story.txt': text, 'story.md': markdown})
    try {
      const result = runCli(['--fix', '.'], {cwd: made.path})
      expect(readFileSync(join(made.path, 'story.txt'), 'utf8')).toBe(
        text
          .replace('ALSO READ: Dalit Man forced to clean manhole in Gujarat', '')
          .replace('its own. .and nobody', 'its own and nobody')
          .replace('to guarantee. the', 'to guarantee the')
          .replace(/Anthony Blanken ended\.\n$/, 'Antony Blinken ended.\n')
      )
      expect(readFileSync(join(made.path, 'story.md'), 'utf8')).toBe(
        markdown
          .replace('ALSO READ: Dalit Man forced to clean manhole in Gujarat', '')
          .replace('to guarantee. the', 'to guarantee the')
          .replace('Joseph Borrell spoke', 'Josep Borrell spoke')
      )
      // Only the unknown rule id is left, and it has no fix.
      expect(result.stdout).toContain('20:23-20:36 warning Unexpected rule `scrape-residu` in `copydesk-disable`')
      expect(result.stdout).toMatch(/⚠ 1 warning in 1 of 2 files\n$/)
      expect(result.status).toBe(0)
    } finally {
      made.remove()
    }
  })
})
