/**
 * How much a rule's findings matter: `'off'` (not run), `'warn'` (reported,
 * does not fail a run) or `'error'` (fails a run).
 */
export type Severity = 'error' | 'off' | 'warn'

/**
 * A rule's setting: a severity, or a severity with options for the rule.
 */
export type RuleSetting = Severity | [Severity] | [Severity, unknown]

/**
 * copydesk settings, as written under `settings` in a `.copydeskrc` file or
 * given to the library functions.
 */
export interface CopydeskSettings {
  /** Per rule id, its severity or `[severity, options]` (default: each rule's own severity). */
  rules?: Record<string, RuleSetting> | undefined
  /** Date the copy was written, `YYYY-MM-DD` (default: worked out from the text by the rules that need it). */
  date?: string | undefined
  /** Paths of newsroom style sheets (YAML or JSON) added to the bundled knowledge (default: none). */
  knowledge?: string[] | undefined
  /** Whether to compare files with each other as one story package (default: `false`). */
  corpus?: boolean | undefined
  /**
   * Texts longer than this many characters are linted in segments of about
   * this size, so memory stays that of one segment (default: `2_000_000`;
   * the command line only, and not in a corpus run).
   */
  segmentLength?: number | undefined
}

declare module 'unified' {
  interface Settings {
    /** copydesk: per-rule severity and options. */
    rules?: Record<string, RuleSetting> | undefined
    /** copydesk: date of the copy, `YYYY-MM-DD`. */
    date?: string | undefined
    /** copydesk: paths of newsroom style sheets. */
    knowledge?: string[] | undefined
    /** copydesk: compare files as one story package. */
    corpus?: boolean | undefined
    /** copydesk: lint texts longer than this many characters in segments. */
    segmentLength?: number | undefined
  }
}

const settingKeys = ['rules', 'date', 'knowledge', 'corpus', 'segmentLength'] as const
const severities = new Set<unknown>(['off', 'warn', 'error'])
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Check `value` against the settings schema and return it typed.
 *
 * `label` names where the value came from (`settings`, `options`), and every
 * error names the key and what was expected there. `ruleIds` lists the rules
 * that may be configured. Unknown keys are rejected too: a misspelt key
 * (`rule` for `rules`) would otherwise be ignored without a word.
 */
export function validateSettings(value: unknown, label: string, ruleIds: ReadonlyArray<string>): CopydeskSettings {
  if (value === null || value === undefined) return {}
  if (!isRecord(value)) {
    throw new TypeError(`Unexpected ${describe(value)} for \`${label}\`, expected an object`)
  }
  const known = new Set<string>(settingKeys)
  for (const key of Object.keys(value)) {
    if (!known.has(key)) {
      throw new TypeError(
        `Unexpected key \`${label}.${key}\`, expected one of ${settingKeys.map((d) => `\`${d}\``).join(', ')}`
      )
    }
  }
  const result: CopydeskSettings = {}
  for (const key of settingKeys) {
    const field = value[key]
    if (field === undefined || field === null) continue
    const at = `${label}.${key}`
    switch (key) {
      case 'rules': {
        result.rules = validateRules(field, at, ruleIds)
        break
      }
      case 'date': {
        result.date = validateDate(field, at)
        break
      }
      case 'knowledge': {
        if (!Array.isArray(field) || field.some((item) => typeof item !== 'string' || item.length === 0)) {
          throw new TypeError(`Unexpected ${describe(field)} for \`${at}\`, expected a list of style sheet paths`)
        }
        result.knowledge = [...(field as string[])]
        break
      }
      case 'corpus': {
        if (typeof field !== 'boolean') {
          throw new TypeError(`Unexpected ${describe(field)} for \`${at}\`, expected \`true\` or \`false\``)
        }
        result.corpus = field
        break
      }
      case 'segmentLength': {
        if (typeof field !== 'number' || !Number.isInteger(field) || field < 1) {
          throw new TypeError(`Unexpected ${describe(field)} for \`${at}\`, expected a positive whole number of characters`)
        }
        result.segmentLength = field
        break
      }
    }
  }
  return result
}

/**
 * Check a `YYYY-MM-DD` date that exists on the calendar.
 */
export function validateDate(value: unknown, at: string): string {
  const match = typeof value === 'string' ? isoDate.exec(value) : null
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
    const date = new Date(Date.UTC(year, month - 1, day))
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return value as string
    }
  }
  throw new TypeError(`Unexpected ${describe(value)} for \`${at}\`, expected a date as \`YYYY-MM-DD\``)
}

function validateRules(value: unknown, at: string, ruleIds: ReadonlyArray<string>): Record<string, RuleSetting> {
  if (!isRecord(value)) {
    throw new TypeError(`Unexpected ${describe(value)} for \`${at}\`, expected an object of rule ids`)
  }
  const known = new Set(ruleIds)
  const result: Record<string, RuleSetting> = {}
  for (const [id, setting] of Object.entries(value)) {
    if (!known.has(id)) {
      throw new TypeError(
        `Unexpected rule \`${id}\` in \`${at}\`, expected one of ${ruleIds.map((d) => `\`${d}\``).join(', ')}`
      )
    }
    if (severities.has(setting)) {
      result[id] = setting as Severity
    } else if (Array.isArray(setting) && setting.length >= 1 && setting.length <= 2 && severities.has(setting[0])) {
      result[id] = setting.length === 1 ? [setting[0] as Severity] : [setting[0] as Severity, setting[1]]
    } else {
      throw new TypeError(
        `Unexpected ${describe(setting)} for \`${at}.${id}\`, expected \`'off'\`, \`'warn'\`, \`'error'\` or \`[severity, options]\``
      )
    }
  }
  return result
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** A short, quoted rendering of a bad value for an error message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  if (text.length > 40) text = text.slice(0, 37) + '…'
  return `\`${text}\``
}
