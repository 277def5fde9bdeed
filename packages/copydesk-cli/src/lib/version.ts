import {readFileSync} from 'node:fs'

/**
 * Version of this package, from its `package.json` (the same relative path
 * from `src/lib/` and `dist/lib/`).
 */
export function packageVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
  const version = (manifest as {version?: unknown}).version
  return typeof version === 'string' ? version : '0.0.0'
}
