import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {encodeMessage, MessageDecoder} from '../src/index.js'

describe('encodeMessage', () => {
  it('counts the body in UTF-8 bytes, not characters', () => {
    const frame = encodeMessage({jsonrpc: '2.0', method: 'x', params: {text: 'Café – “quoted” 🎉'}})
    const body = '{"jsonrpc":"2.0","method":"x","params":{"text":"Café – “quoted” 🎉"}}'
    expect(frame.toString('utf8')).toBe(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
    expect(Buffer.byteLength(body)).toBeGreaterThan(body.length)
  })
})

describe('MessageDecoder', () => {
  it('gives back messages split anywhere, and several in one chunk', () => {
    const first = {jsonrpc: '2.0', id: 1, result: {text: 'guarantee. the security'}}
    const second = {jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: {uri: 'file:///a.txt', diagnostics: []}}
    const bytes = Buffer.concat([encodeMessage(first), encodeMessage(second)])
    const decoder = new MessageDecoder()
    expect(decoder.push(bytes.subarray(0, 7))).toEqual([])
    expect(decoder.push(bytes.subarray(7, 40))).toEqual([])
    expect(decoder.push(bytes.subarray(40))).toEqual([first, second])
    expect(decoder.buffered).toBe(0)
  })

  it('reads other headers and any case of Content-Length', () => {
    const body = '{"id":2,"result":null}'
    const decoder = new MessageDecoder()
    const frame = `content-length: ${body.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body}`
    expect(decoder.push(Buffer.from(frame))).toEqual([{id: 2, result: null}])
  })

  it('keeps a multi-byte character cut between chunks whole', () => {
    const frame = encodeMessage({text: '🎉'})
    const cut = frame.length - 4
    const decoder = new MessageDecoder()
    expect(decoder.push(frame.subarray(0, cut))).toEqual([])
    expect(decoder.push(frame.subarray(cut))).toEqual([{text: '🎉'}])
  })

  it('rejects a header without a length', () => {
    expect(() => new MessageDecoder().push(Buffer.from('Content-Type: text/plain\r\n\r\n{}'))).toThrow(
      'Unexpected header `Content-Type: text/plain`, expected `Content-Length: <bytes>`'
    )
  })

  it('round-trips any JSON split at any points (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), {minLength: 1, maxLength: 5}), fc.array(fc.nat(), {maxLength: 8}), (values, cuts) => {
        const bytes = Buffer.concat(values.map((value) => encodeMessage(value)))
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b)
        const decoder = new MessageDecoder()
        const out: unknown[] = []
        let from = 0
        for (const point of [...points, bytes.length]) {
          out.push(...decoder.push(bytes.subarray(from, point)))
          from = point
        }
        expect(out).toEqual(values.map((value) => JSON.parse(JSON.stringify(value)) as unknown))
        expect(decoder.buffered).toBe(0)
      })
    )
  })
})
