/**
 * Letters that NFKD does not decompose into a base letter plus a mark, so stripping
 * marks alone would keep them apart from their usual ASCII spelling in copy.
 */
const foldLetters: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h'
}

const foldPattern = new RegExp('[' + Object.keys(foldLetters).join('') + ']', 'g')

/** Every dash a name or title may be typed with. */
const hyphens = /[\u002D\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g
/** Every apostrophe-like mark (typewriter, curly, modifier letter, prime, backtick, acute). */
const apostrophes = /[\u0027\u2018\u2019\u201B\u02BC\u02BB\u2032\u0060\u00B4]/g
/** Invisible characters pasted in from web pages: zero-width, joiners, direction marks, soft hyphen. */
const invisible = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g

/** ASCII letters in words one space apart, nothing else. */
const plainName = /^[A-Za-z]+(?: [A-Za-z]+)*$/

/**
 * The form names are compared in: NFKD without marks, lower case, one kind of hyphen
 * and apostrophe, dots of initials dropped, spaces collapsed. `Josep Borrell Fontelles`
 * and `JOSEP  BORRELL FONTELLES` agree; `Jean Claude` and `Jean-Claude` do not, as a
 * lost hyphen is a spelling fault worth reporting.
 */
export function normaliseName(value: string): string {
  // Names in copy are mostly plain letters and single spaces, which every step
  // below but lower-casing leaves alone; lookups run per word of a text.
  if (plainName.test(value)) return value.toLowerCase()
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(invisible, '')
    .toLowerCase()
    .replace(foldPattern, (letter) => foldLetters[letter] ?? letter)
    .replace(hyphens, '-')
    .replace(apostrophes, "'")
    .replace(/\./g, ' ')
    // Collapse spaces before closing them up around hyphens: `\s*-\s*` would
    // rescan a long run of spaces from each of its positions.
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, '-')
    .trim()
}

/** Words of a normalised name or title. */
export function words(normalised: string): string[] {
  return normalised === '' ? [] : normalised.split(' ')
}

/** Kebab-case id of a name: `Josep Borrell` -> `josep-borrell`. */
export function toId(value: string): string {
  return normaliseName(value)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
