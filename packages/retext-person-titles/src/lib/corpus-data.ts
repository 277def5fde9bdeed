import type {VFile} from 'vfile'
import type {StoredUse} from './stored.js'

const ties: ReadonlySet<unknown> = new Set(['name', 'holder'])
const verdicts: ReadonlySet<unknown> = new Set(['wrong', 'fits', 'unjudged'])

/**
 * What the check across files needs of one linted file, as JSON-ready data
 * (the titles it left on `file.data`), so files linted elsewhere (another
 * worker thread, another shard) can be compared; `undefined` when the rule
 * left nothing.
 */
export function corpusDataToJSON(file: VFile): StoredUse[] | undefined {
  return file.data.copydeskPersonTitles
}

/**
 * Put data made by `corpusDataToJSON` back on `file`. Throws a `TypeError`
 * saying what is wrong when `data` is not in that shape.
 */
export function corpusDataFromJSON(file: VFile, data: unknown): void {
  if (!Array.isArray(data)) throw new TypeError('expected a list of titles')
  for (const [index, use] of (data as Array<Partial<Record<keyof StoredUse, unknown>> | null>).entries()) {
    const strings = [use?.key, use?.name, use?.short, use?.text].every((value) => typeof value === 'string')
    const optional = [use?.personId, use?.expected].every((value) => value === undefined || typeof value === 'string')
    const position = use?.position as StoredUse['position'] | undefined
    const placed = typeof position?.start?.line === 'number' && typeof position.end?.line === 'number'
    if (!strings || !optional || !placed || !ties.has(use?.tie) || !verdicts.has(use?.verdict)) {
      throw new TypeError(`title ${index + 1} is not a stored title (key, name, short, text, position, tie, verdict)`)
    }
  }
  file.data.copydeskPersonTitles = data as StoredUse[]
}
