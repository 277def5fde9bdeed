import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {TitleUse} from './uses.js'

/**
 * A title as one file's run leaves it for the check across files.
 */
export interface StoredUse {
  /** Who: a person id, or `name:` and the folded name of someone the knowledge does not know. */
  key: string
  personId?: string | undefined
  name: string
  short: string
  /** The title as written. */
  text: string
  position: Position
  /** `name`: next to the name; `holder`: a title alone, tied to its holder at the date. */
  tie: 'name' | 'holder'
  /** What the knowledge said of it at the file's date: `wrong` (reported in the file), `fits`, or `unjudged`. */
  verdict: 'wrong' | 'fits' | 'unjudged'
  /** The right title, when the knowledge decided it. */
  expected?: string | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** Titles given to people in the file, left by the `person-title` rule for its check across files. */
    copydeskPersonTitles: StoredUse[]
  }
}

/** Keep the file's titles (not those marked as past) on `file.data` for `corpus`. */
export function storeUses(
  file: VFile,
  uses: ReadonlyArray<TitleUse>,
  verdict: (use: TitleUse) => {kind: StoredUse['verdict']; expected?: string | undefined}
): void {
  file.data.copydeskPersonTitles = uses.map((use) => {
    const {kind, expected} = verdict(use)
    const stored: StoredUse = {
      key: use.key,
      personId: use.person?.id,
      name: use.name,
      short: use.short,
      text: use.title.text,
      position: use.title.position,
      tie: use.tie,
      verdict: kind
    }
    if (expected !== undefined) stored.expected = expected
    return stored
  })
}
