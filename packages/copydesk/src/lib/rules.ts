import type {RuleEntry} from './rule-entry.js'
export const rules: ReadonlyArray<RuleEntry> = []
