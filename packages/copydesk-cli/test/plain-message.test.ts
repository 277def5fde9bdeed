import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {fromPlainMessage, toPlainMessage} from '../src/lib/plain-message.js'

describe('plain messages', () => {
  it('carry every reported field and the cause through a structured clone', () => {
    const file = new VFile({path: 'b.txt', value: 'The talks began on Tuesday.'})
    const message = file.message('Unexpected `began on Tuesday` for the talks', {
      place: {start: {line: 1, column: 11, offset: 10}, end: {line: 1, column: 27, offset: 26}},
      ruleId: 'date-consistency',
      source: 'copydesk',
      cause: new VFileMessage('The talks: `began on Monday`', {place: {line: 1, column: 1}, ruleId: 'date-consistency', source: 'copydesk'})
    })
    Object.assign(message, {fatal: true, actual: 'began on Tuesday', url: 'https://example.org/rule', note: 'from a.txt'})
    const back = fromPlainMessage(structuredClone(toPlainMessage(message)))
    expect(back).toBeInstanceOf(VFileMessage)
    expect(String(back)).toBe(String(message))
    expect({...back, ancestors: []}).toEqual({...message, ancestors: []})
    expect(back.stack).toBe(message.stack)
    expect(back.cause).toBeInstanceOf(VFileMessage)
    expect(String(back.cause)).toBe('1:1: The talks: `began on Monday`')
  })

  it('keeps a plain error as the cause, and leaves out syntax trees', () => {
    const message = new VFileMessage('Cannot lint', {cause: new TypeError('bad options'), ancestors: [{type: 'RootNode'}]})
    const plain = toPlainMessage(message)
    expect(plain.fields['ancestors']).toBeUndefined()
    const back = fromPlainMessage(structuredClone(plain))
    expect((back.cause as Error).message).toBe('bad options')
    expect(back.ancestors).toBeUndefined()
  })
})
