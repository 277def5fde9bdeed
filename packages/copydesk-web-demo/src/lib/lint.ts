import type {Knowledge} from '@copydesk/knowledge/browser'
import {copydeskParse, createPreset, rules, type CopydeskSettings, type Format, type RuleSetting} from 'copydesk'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {findingOf, type Finding} from './finding.js'

/** Options of `createLinter`. */
export interface LinterOptions {
  /** Knowledge the name and date rules check against (required: a browser cannot load it from files). */
  knowledge: Knowledge
  /** Parse as plain text or Markdown (default: `'text'`). */
  format?: Format | null | undefined
  /** Date the copy was written, `YYYY-MM-DD` (default: worked out from the text). */
  date?: string | null | undefined
  /** Severity and options per rule id, as in `.copydeskrc` (default: each rule's default). */
  rules?: Record<string, RuleSetting> | null | undefined
}

/** Lints texts with one configured processor. */
export interface Linter {
  /** The findings for `text`, in the order they appear in it. */
  lint(text: string): Promise<Finding[]>
}

/**
 * The copydesk preset over every registered rule, wired to knowledge the page
 * already holds. `createProcessor` and `lintText` take style sheet *paths*
 * and load them with the file system, so the page builds its processor from
 * the parser, the rule registry and `createPreset` instead.
 */
export function createLinter(options: LinterOptions): Linter {
  const {knowledge} = options
  const preset = createPreset(rules, {
    loadKnowledge(sheets) {
      if (sheets.length > 0) {
        throw new TypeError('Unexpected style sheet paths in `settings.knowledge`, expected none: a browser cannot read files, pass sheets to `createKnowledge` instead')
      }
      return knowledge
    }
  })

  const settings: CopydeskSettings = {}
  if (options.date) settings.date = options.date
  if (options.rules) settings.rules = options.rules
  // Attaching resolves and checks every rule's options once, not per text.
  const processor = unified()
    .use(copydeskParse, {format: options.format ?? 'text'})
    .use(preset, settings)
    .freeze()

  return {
    async lint(text) {
      const file = new VFile({value: text})
      await processor.run(processor.parse(file), file)
      const findings: Finding[] = []
      for (const message of file.messages) {
        const finding = findingOf(message, text)
        if (finding) findings.push(finding)
      }
      return findings.sort((a, b) => a.start - b.start || a.end - b.end)
    }
  }
}
