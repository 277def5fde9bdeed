import {createProcessor} from 'copydesk'
import type {Options} from 'unified-language-server'

/**
 * How the server finds copydesk and its configuration.
 *
 * The processor is `copydesk`'s `createProcessor`, which unified-engine
 * calls once per document: copydesk's parser (text or Markdown by
 * extension) plus the preset with every registered rule. A workspace that
 * installs its own `copydesk` gets that version, rules included; otherwise
 * the copy bundled with the server runs. The preset is not passed again as
 * an engine plugin: a workspace copy would then run next to the bundled one
 * and every finding would be reported twice.
 *
 * Configuration discovery is the command line's: `.copydeskrc*` files and
 * the `copydesk` field of `package.json`, found upwards from each document,
 * whose `settings` the preset reads, and `.copydeskignore` files. Like the
 * command line, no plugin prefix is set, so plugins named in a config file
 * resolve to the same packages in both.
 */
export const languageServerOptions: Options = {
  processorName: 'copydesk',
  processorSpecifier: 'createProcessor',
  defaultProcessor: createProcessor,
  configurationSection: 'copydesk',
  rcName: '.copydeskrc',
  packageField: 'copydesk',
  ignoreName: '.copydeskignore'
}
