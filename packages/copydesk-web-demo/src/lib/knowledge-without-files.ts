/**
 * What the page bundles for `@copydesk/knowledge`: its browser entry, plus a
 * `loadKnowledge` that says why it cannot run. The library and the
 * `name-spelling` rule import `loadKnowledge` from the package's main entry,
 * whose file reading (`node:fs`, `node:crypto` at module load) would stop the
 * page before it starts. The page always passes knowledge built with
 * `createKnowledge`, so this is reached only if that wiring breaks.
 */
export * from '@copydesk/knowledge/browser'

export function loadKnowledge(): never {
  throw new Error('Unexpected call to `loadKnowledge` in a browser, expected knowledge from `createKnowledge` (the bundled data cannot be read from files here)')
}
