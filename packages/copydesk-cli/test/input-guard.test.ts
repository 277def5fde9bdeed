import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {firstInvalidUtf8} from '../src/index.js'

function reference(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    return true
  } catch {
    return false
  }
}

describe('firstInvalidUtf8', () => {
  it('finds the first bad byte', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('Café 👍 talks'))).toBe(-1)
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe9, 0x62]))).toBe(1)
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0xaf]))).toBe(1) // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0) // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0) // above U+10FFFF
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toBe(1) // cut short
    expect(firstInvalidUtf8(new Uint8Array([]))).toBe(-1)
  })

  it('agrees with a fatal TextDecoder (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 24}), (bytes) => {
        expect(firstInvalidUtf8(bytes) === -1).toBe(reference(bytes))
        const at = firstInvalidUtf8(bytes)
        if (at !== -1) expect(reference(bytes.subarray(0, at))).toBe(true)
      }),
      {numRuns: 2000}
    )
    fc.assert(
      fc.property(fc.string({unit: 'grapheme'}), (text) => {
        expect(firstInvalidUtf8(new TextEncoder().encode(text))).toBe(-1)
      })
    )
  })
})
