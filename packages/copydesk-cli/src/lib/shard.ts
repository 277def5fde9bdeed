import {relative, resolve, sep} from 'node:path'

/**
 * One part of a run split over several machines or jobs: `index` of
 * `count`, both counted from 1 (`--shard 2/3`).
 */
export interface Shard {
  index: number
  count: number
}

/**
 * Read `--shard i/n`. Returns `undefined` for a value that is not two whole
 * numbers with 1 ≤ i ≤ n (the caller reports it).
 */
export function parseShard(value: string): Shard | undefined {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(value)
  if (!match) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1 || index < 1 || index > count) return undefined
  return {index, count}
}

/**
 * The shard (1 to `count`) a file belongs to: the FNV-1a hash (32 bits) of
 * its path relative to the working folder, written with `/`, taken modulo
 * `count`. It depends only on that path, so every machine that checks out
 * the archive at the same place agrees, whatever the order or number of
 * files.
 */
export function shardOf(path: string, cwd: string, count: number): number {
  return (fnv1a(portablePath(path, cwd)) % count) + 1
}

/**
 * `path` relative to `cwd`, with `/` between folders (as on POSIX), so
 * shards and indexes agree across operating systems.
 */
export function portablePath(path: string, cwd: string): string {
  const relativePath = relative(cwd, resolve(cwd, path)) || path
  return sep === '/' ? relativePath : relativePath.split(sep).join('/')
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte
    // Multiplying by the FNV prime 16777619 as shifts keeps the value exact in 32 bits.
    hash = (hash + (hash << 1) + (hash << 4) + (hash << 7) + (hash << 8) + (hash << 24)) >>> 0
  }
  return hash
}
