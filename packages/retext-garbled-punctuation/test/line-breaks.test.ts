import {describe, expect, it} from 'vitest'
import {lint} from './support.js'

describe('line breaks in reasons', () => {
  it('shows a break of any kind as one `↵`, so the reason is one line whatever the line endings', async () => {
    const text = 'The talks ended in the Austrian capital.\n, ,\nDelegates left on Tuesday.\n'
    const reasons = async (value: string) => (await lint(value)).messages.map((message) => message.reason)
    const lf = await reasons(text)
    expect(lf).toEqual(['Unexpected `capital.↵, ,`: marks of different kinds run together, so which one belongs there is for an editor to decide'])
    expect(await reasons(text.replace(/\n/g, '\r\n'))).toEqual(lf)
    expect(await reasons(text.replace(/\n/g, '\r'))).toEqual(lf)
  })
})
