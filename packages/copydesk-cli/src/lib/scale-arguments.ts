import {parseShard, type Shard} from './shard.js'

/**
 * The flags for big runs, parsed and checked.
 */
export interface ScaleArguments {
  /** Worker threads (`--concurrency`); `undefined` for the default (one per CPU). */
  concurrency: number | undefined
  /** `--shard i/n`. */
  shard: Shard | undefined
  /** `--corpus-index <file>`: where to write this run's corpus index. */
  corpusIndex: string | undefined
  /** `--corpus-merge <file>...`: indexes of other shards to compare with. */
  corpusMerge: string[]
}

/** The flags, as `node:util` `parseArgs` options. */
export const scaleFlags = {
  concurrency: {type: 'string'},
  shard: {type: 'string'},
  'corpus-index': {type: 'string'},
  'corpus-merge': {type: 'string', multiple: true}
} as const

interface Parsed {
  values: {concurrency?: string | undefined; shard?: string | undefined; 'corpus-index'?: string | undefined; 'corpus-merge'?: string[] | undefined}
  positionals: string[]
  tokens?: ReadonlyArray<{kind: string; name?: string; value?: string | undefined; index: number}> | undefined
}

const json = /\.json$/i

/**
 * Check the flags for big runs in what `parseArgs` (with `tokens: true`)
 * returned. `--corpus-merge a.json b.json` takes every `.json` argument
 * that follows it (no file copydesk lints ends in `.json`), so those are
 * taken out of `files`. Throws a `TypeError` with a one-line message for a
 * bad value.
 */
export function readScaleArguments(parsed: Parsed): ScaleArguments & {files: string[]} {
  const {values} = parsed

  let concurrency: number | undefined
  if (values.concurrency !== undefined) {
    const value = values.concurrency
    if (!/^\d{1,4}$/.test(value) || Number(value) < 1) {
      throw new TypeError(`bad value \`${value}\` for --concurrency, expected a whole number of threads (1 or more)`)
    }
    concurrency = Number(value)
  }

  let shard: Shard | undefined
  if (values.shard !== undefined) {
    shard = parseShard(values.shard)
    if (!shard) throw new TypeError(`bad value \`${values.shard}\` for --shard, expected i/n with 1 <= i <= n, such as 1/3`)
  }

  const tokens = parsed.tokens ?? []
  const corpusMerge = tokens.length > 0 ? [] : [...(values['corpus-merge'] ?? [])]
  const taken = new Set<number>()
  for (const [at, token] of tokens.entries()) {
    if (token.kind !== 'option' || token.name !== 'corpus-merge' || token.value === undefined) continue
    corpusMerge.push(token.value)
    for (let next = at + 1; next < tokens.length; next++) {
      const following = tokens[next]!
      if (following.kind !== 'positional' || !json.test(following.value ?? '')) break
      corpusMerge.push(following.value!)
      taken.add(following.index)
    }
  }
  const files = tokens.length > 0
    ? tokens.filter((token) => token.kind === 'positional' && !taken.has(token.index)).map((token) => token.value!)
    : parsed.positionals

  const corpusIndex = values['corpus-index']
  for (const [flag, path] of [['--corpus-index', corpusIndex], ...corpusMerge.map((path) => ['--corpus-merge', path])] as const) {
    if (path !== undefined && !json.test(path)) throw new TypeError(`bad value \`${path}\` for ${flag}, expected a .json file`)
  }
  if (corpusIndex !== undefined && corpusMerge.includes(corpusIndex)) {
    throw new TypeError(`--corpus-index ${corpusIndex} is also given to --corpus-merge; write the index to another file`)
  }

  return {concurrency, shard, corpusIndex, corpusMerge, files}
}
