// The schema validator and the YAML parser, loaded on first use: together they
// are most of the time it takes to import this package, and a process that
// reads the bundled data back from the parse cache needs neither. Bundlers and
// browsers get `modules.ts` instead (see `imports` in package.json).
import {createRequire} from 'node:module'
import type {Ajv} from 'ajv'

const require = createRequire(import.meta.url)

/** The Ajv class. */
export function loadAjv(): typeof Ajv {
  return (require('ajv') as {Ajv: typeof Ajv}).Ajv
}

/** The `yaml` package. */
export function loadYaml(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml')
}
