#!/usr/bin/env node
// The server is built from TypeScript into dist/; a fresh checkout has no
// dist until `pnpm build` (or `pnpm install`, whose prepare step builds).
try {
  await import('../dist/server.js')
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/server.js')) {
    console.error('copydesk-language-server: the server is not built yet; run `pnpm build` at the repository root')
    process.exitCode = 2
  } else {
    throw error
  }
}
