import type {Kind} from './kinds.js'
import type {Line} from './lines.js'
import {tokenAt, type Range} from './line-tools.js'
import {splitLabels} from './platforms.js'

/** Debris inside a line of otherwise real copy. */
export interface InlineFinding extends Range {
  readonly kind: Kind
}

/**
 * What a page's e-mail protection script leaves in place of an address,
 * after the opening `[email`: a space, or an escaped no-break space.
 */
const protectedTails = [' protected]', '&#160;protected]', '&nbsp;protected]', '&#xa0;protected]']

/**
 * Find protected e-mail addresses (`[email protected]`) and link labels run
 * together (`FacebookTwitterInstagram`) in a line.
 */
export function inlineFindings(line: Line): InlineFinding[] {
  const found: InlineFinding[] = []
  let at = line.text.indexOf('[email')
  while (at !== -1) {
    const after = at + '[email'.length
    const tail = protectedTails.find((candidate) => line.text.startsWith(candidate, after))
    if (tail) {
      found.push({kind: 'email', from: tokenAt(line, at), to: tokenAt(line, after + tail.length - 1)})
      at = line.text.indexOf('[email', after + tail.length)
    } else {
      at = line.text.indexOf('[email', after)
    }
  }
  line.tokens.forEach((token, index) => {
    if (splitLabels(token)) found.push({kind: 'platforms', from: index, to: index})
  })
  return found.sort((a, b) => a.from - b.from)
}
