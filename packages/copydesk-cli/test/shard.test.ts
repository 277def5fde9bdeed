import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {parseArguments, parseShard, portablePath, shardOf} from '../src/index.js'

describe('parseShard', () => {
  it.each([
    ['1/1', {index: 1, count: 1}],
    ['2/3', {index: 2, count: 3}],
    ['3/3', {index: 3, count: 3}],
    ['12/40', {index: 12, count: 40}]
  ])('reads %s', (value, shard) => {
    expect(parseShard(value)).toEqual(shard)
  })

  it.each(['0/3', '4/3', '1/0', '1', '1/', '/3', 'a/b', '1/3/5', '-1/3', '1.5/3', ' 1/3', '1 / 3', ''])('refuses %j', (value) => {
    expect(parseShard(value)).toBeUndefined()
  })

  it('is a one-line usage error on the command line', () => {
    expect(() => parseArguments(['--shard', '4/3', 'a.txt'])).toThrow('bad value `4/3` for --shard, expected i/n with 1 <= i <= n, such as 1/3')
    expect(parseArguments(['--shard', '2/3', 'a.txt']).shard).toEqual({index: 2, count: 3})
  })
})

describe('shardOf', () => {
  it('hashes the path relative to the working folder (FNV-1a), the same on every machine', () => {
    // FNV-1a (32 bits) of `a` is 0xe40c292c (3826002220).
    expect(shardOf('a', '/desk', 7)).toBe((3826002220 % 7) + 1)
    expect(shardOf('/desk/a', '/desk', 7)).toBe(shardOf('a', '/desk', 7))
    expect(shardOf('stories/2022/geneva.txt', '/desk', 3)).toBe(shardOf('/archive/stories/2022/geneva.txt', '/archive', 3))
    expect([1, 2, 3, 4].map((count) => shardOf('000_f653e7d4b9240d4a.txt', '/x', count))).toEqual([1, 1, 2, 3])
    expect([1, 2, 3, 4].map((count) => shardOf('004_9f9cc69ba27d57d6.txt', '/x', count))).toEqual([1, 2, 1, 2])
  })

  it('writes paths with `/`', () => {
    expect(portablePath('/desk/stories/a.txt', '/desk')).toBe('stories/a.txt')
    expect(portablePath('stories/a.txt', '/desk')).toBe('stories/a.txt')
  })

  it('puts every file in exactly one shard, within 1..n', () => {
    fc.assert(
      fc.property(fc.string({minLength: 1}), fc.integer({min: 1, max: 50}), (name, count) => {
        const shard = shardOf('stories/' + name + '.txt', '/desk', count)
        expect(Number.isInteger(shard) && shard >= 1 && shard <= count).toBe(true)
      })
    )
  })

  it('spreads an archive evenly', () => {
    const counts = [0, 0, 0, 0]
    for (let index = 0; index < 4000; index++) counts[shardOf(`archive/2021/${index}.txt`, '/desk', 4) - 1]!++
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(100)
  })
})
