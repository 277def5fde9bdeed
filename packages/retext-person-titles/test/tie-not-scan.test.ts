import type {Knowledge} from '@copydesk/knowledge'
import {expect, it} from 'vitest'
import {knowledge} from './sheet.js'
import {lint} from './support.js'

/** The knowledge, counting `rolesMatching` calls. */
function counting(): {knowledge: Knowledge; calls: () => number} {
  let calls = 0
  const wrapped = new Proxy(knowledge, {
    get(target, property, receiver) {
      if (property !== 'rolesMatching') return Reflect.get(target, property, receiver) as unknown
      return (...parameters: Parameters<Knowledge['rolesMatching']>) => {
        calls++
        return target.rolesMatching(...parameters)
      }
    }
  })
  return {knowledge: wrapped, calls: () => calls}
}

async function callsFor(repeats: number): Promise<{calls: number; messages: number}> {
  const {knowledge: wrapped, calls} = counting()
  const value = [
    'Deputy Secretary of State Wendy Sherman met Deputy Foreign Minister Sergei Ryabkov in Geneva.',
    ...Array.from({length: repeats}, () => 'The US Deputy Secretary of State said talks would go on.')
  ].join('\n\n')
  const file = await lint(value, {knowledge: wrapped, date: '2022-01-10'})
  return {calls: calls(), messages: file.messages.length}
}

it('ties a title standing alone to its holder once per wording, not once per occurrence', async () => {
  const once = await callsFor(1)
  const often = await callsFor(200)
  expect(once.calls).toBeGreaterThan(0)
  // Checking each occurrence against each named person would grow with the repeats.
  expect(often.calls).toBe(once.calls)
  // Each occurrence is still judged: one piece of advice (a title standing alone is lower case) each.
  expect(once.messages).toBe(1)
  expect(often.messages).toBe(200)
})
