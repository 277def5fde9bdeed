// The schema validator and the YAML parser, for bundlers and browsers: imported
// up front, as a bundle needs them. Node.js resolves `#modules` to
// `modules-node.ts` instead, which loads them on first use.
import {Ajv} from 'ajv'
import * as yaml from 'yaml'

/** The Ajv class. */
export function loadAjv(): typeof Ajv {
  return Ajv
}

/** The `yaml` package. */
export function loadYaml(): typeof yaml {
  return yaml
}
