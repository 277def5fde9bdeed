// Character classes on UTF-16 code units. ASCII is decided by arithmetic so
// the hot loop rarely reaches a regular expression; lone surrogates are never
// letters, which keeps astral symbols (emoji) out of words.

const letter = /\p{L}/u
const upper = /\p{Lu}/u
const lower = /\p{Ll}/u
const digit = /\p{Nd}/u
const combining = /\p{M}/u

/** Stands for text the rule must not read or span: Markdown syntax between leaves, inline code. */
export const opaque = 0xfffc

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}

export function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** White space that does not end a line. */
export function isHorizontalSpace(code: number): boolean {
  return isSpace(code) && code !== 0x0a && code !== 0x0d && code !== 0x0b && code !== 0x0c && code !== 0x2028 && code !== 0x2029
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d
}

export function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  return !isSurrogate(code) && code !== opaque && letter.test(String.fromCharCode(code))
}

export function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return !isSurrogate(code) && upper.test(String.fromCharCode(code))
}

export function isLower(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a
  return !isSurrogate(code) && lower.test(String.fromCharCode(code))
}

export function isDigit(code: number): boolean {
  if (code < 0x80) return code >= 0x30 && code <= 0x39
  return !isSurrogate(code) && digit.test(String.fromCharCode(code))
}

export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019
}

/** Letters, digits, combining marks, apostrophes and hyphens: what a word is made of. */
export function isWordPart(code: number): boolean {
  if (isLetter(code) || isDigit(code) || isApostrophe(code) || code === 0x2d) return true
  return code >= 0x80 && !isSurrogate(code) && combining.test(String.fromCharCode(code))
}

/** The marks whose misplacement this rule repairs: full stop, comma, semicolon, colon. */
export function isClauseMark(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a
}

/** Longest word a span reaches back or forward over; longer runs are not words worth quoting. */
export const maxWord = 64
