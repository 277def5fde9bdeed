import {fileURLToPath} from 'node:url'
import {loadKnowledge} from '@copydesk/knowledge'
import {readmeExamples} from '@copydesk/test-kit'
import {describe, expect, test} from 'vitest'
import type {Finding} from '../src/lib/finding.js'
import {createLinter, type LinterOptions} from '../src/lib/lint.js'

const readme = fileURLToPath(new URL('../README.md', import.meta.url))
const knowledge = loadKnowledge()

/** A finding as a message prints: `line:column-line:column: reason`. */
function print(finding: Finding): string {
  return `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}: ${finding.reason}`
}

describe('README examples', () => {
  const examples = readmeExamples(readme)

  test('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3)
  })

  for (const example of examples) {
    test(`gives what the README says for ${example.name}`, async () => {
      const config = (example.config ?? {}) as Omit<LinterOptions, 'knowledge'>
      const findings = await createLinter({...config, knowledge}).lint(example.input)
      expect(findings.map(print)).toEqual(example.output)
    })
  }
})
