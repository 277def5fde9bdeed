import type {LintedFile as VFile} from './fixtures.js'
import {applyMutation, faultSpan, type Mutation} from './mutations.js'

type Message = VFile['messages'][number]

/** Start and end offsets of a message, when it has a span. */
export function messageSpan(message: Message): [number, number] | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const {start, end} = place
  if (start.offset === undefined || end.offset === undefined) return undefined
  return [start.offset, end.offset]
}

/** Findings of `ruleId` on `file` that overlap the injected fault (house-style advice at `info` does not count). */
export function findingsOnFault(file: VFile, mutation: Mutation, ruleId: string): Message[] {
  const [start, end] = faultSpan(mutation)
  return file.messages.filter((message) => {
    if (message.ruleId !== ruleId || message.fatal === undefined) return false
    const span = messageSpan(message)
    return span !== undefined && span[0] < end && span[1] > start
  })
}

/**
 * Whether a finding's first replacement, put at its span, gives back the
 * article as it was before the fault: the fix names the right person.
 */
export function fixRestores(mutation: Mutation, message: Message): boolean {
  const span = messageSpan(message)
  const replacement = message.expected?.[0]
  if (!span || replacement === undefined || replacement === null) return false
  const mutated = applyMutation(mutation)
  return mutated.slice(0, span[0]) + replacement + mutated.slice(span[1]) === mutation.article.value
}

/** A miss as one line: `file:offset kind subject; found …`. */
export function describeMiss(mutation: Mutation, file: VFile, ruleId: string): string {
  const mine = file.messages.filter((message) => message.ruleId === ruleId)
  const found = mine.length === 0 ? 'no finding of the rule' : mine.map((message) => `${String(message)} ${JSON.stringify(message.expected ?? [])}`).join(' | ')
  return `${mutation.article.name}@${mutation.start} ${mutation.kind} ${mutation.subject}; ${found}`
}
