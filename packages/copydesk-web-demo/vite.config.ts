import {fileURLToPath} from 'node:url'
import {defaultClientConditions, defineConfig} from 'vite'
import {bundledSheets} from './build/bundled-sheets.js'

export default defineConfig({
  // Relative asset URLs, so the built page works from any folder or static host.
  base: './',
  plugins: [bundledSheets(fileURLToPath(new URL('node_modules/@copydesk/knowledge/data/', import.meta.url)))],
  resolve: {
    // The package's main entry reads files; its browser entry has all the page needs.
    alias: [{find: /^@copydesk\/knowledge$/, replacement: fileURLToPath(new URL('src/lib/knowledge-without-files.ts', import.meta.url))}],
    // Bundle the workspace packages' TypeScript sources, so the demo needs no `tsc -b` first.
    conditions: ['@copydesk/source', ...defaultClientConditions]
  },
  build: {
    target: 'es2022'
  }
})
