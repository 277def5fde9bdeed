import {describe, expect, it} from 'vitest'
import {parseArguments} from '../src/index.js'

describe('flags for big runs', () => {
  it('has defaults', () => {
    const args = parseArguments(['a.txt'])
    expect([args.concurrency, args.shard, args.corpusIndex, args.corpusMerge, args.corpus]).toEqual([undefined, undefined, undefined, [], false])
  })

  it('reads --concurrency and --shard', () => {
    const args = parseArguments(['--concurrency', '2', '--shard', '1/3', 'stories/'])
    expect([args.concurrency, args.shard, args.files]).toEqual([2, {index: 1, count: 3}, ['stories/']])
  })

  it('takes every .json after --corpus-merge as an index, and turns corpus mode on', () => {
    const args = parseArguments(['--shard', '2/2', '--corpus-merge', 'a.json', 'b.json', 'stories/', 'c.txt', '--corpus-merge', 'd.json'])
    expect([args.corpusMerge, args.files, args.corpus]).toEqual([['a.json', 'b.json', 'd.json'], ['stories/', 'c.txt'], true])
    expect(parseArguments(['--corpus-index', 'shard-1.json', 'x.txt'])).toMatchObject({corpusIndex: 'shard-1.json', corpus: true, files: ['x.txt']})
  })

  it.each([
    [['--concurrency', '0', 'x.txt'], 'bad value `0` for --concurrency, expected a whole number of threads (1 or more)'],
    [['--concurrency', 'two', 'x.txt'], 'bad value `two` for --concurrency, expected a whole number of threads (1 or more)'],
    [['--shard', '1-3', 'x.txt'], 'bad value `1-3` for --shard, expected i/n with 1 <= i <= n, such as 1/3'],
    [['--corpus-index', 'out.txt', 'x.txt'], 'bad value `out.txt` for --corpus-index, expected a .json file'],
    [['--corpus-merge', 'a.txt', 'x.txt'], 'bad value `a.txt` for --corpus-merge, expected a .json file'],
    [['--corpus-index', 'a.json', '--corpus-merge', 'a.json', 'x.txt'], '--corpus-index a.json is also given to --corpus-merge; write the index to another file'],
    [['--corpus-merge'], 'missing value for --corpus-merge']
  ])('refuses %j in one line', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(message)
  })
})
