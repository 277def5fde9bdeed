import {createKnowledge, validateStyleSheet, type Knowledge, type StyleSheet} from '@copydesk/knowledge/browser'
import {bundledSheets} from 'virtual:copydesk-bundled-sheets'

let base: StyleSheet[] | undefined
let bundled: Knowledge | undefined

/**
 * The knowledge the Node.js loader gives, built from the sheets the page was
 * bundled with (validated here, so a fault names its `data/` file), with
 * `sheets` (newsroom style sheets as objects) merged over it in order.
 * Without extra sheets it is built once per page.
 */
export function bundledKnowledge(sheets: ReadonlyArray<StyleSheet> = []): Knowledge {
  base ??= bundledSheets.map(({file, sheet}) => validateStyleSheet(sheet, {file}))
  if (sheets.length > 0) return createKnowledge([...base, ...sheets])
  bundled ??= createKnowledge(base)
  return bundled
}
