#!/usr/bin/env node
// The command is built from TypeScript into dist/; a fresh checkout has no
// dist until `pnpm build` (or `pnpm install`, whose prepare step builds).
try {
  await import('../dist/cli.js')
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    console.error('copydesk: the CLI is not built yet; run `pnpm build` at the repository root')
    process.exitCode = 2
  } else {
    throw error
  }
}
