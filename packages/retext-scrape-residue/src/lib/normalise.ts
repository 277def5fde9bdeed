const wordCharacter = /[\p{L}\p{N}]/u

/** Whether the UTF-16 unit at `index` starts a letter or digit. */
export function isWordCharacterAt(text: string, index: number): boolean {
  const unit = text.charCodeAt(index)
  // ASCII, nearly every character of English copy, without a regular expression.
  if (unit < 0x80) return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39)
  const code = text.codePointAt(index)
  return code !== undefined && wordCharacter.test(String.fromCodePoint(code))
}

const curly = /[\u2018\u2019\u02BC]/
const curlyAll = /[\u2018\u2019\u02BC]/g

/**
 * Lower-case a token's text for matching: curly apostrophes become straight
 * ones so `Don’t miss` and `Don't miss` are one phrase.
 */
export function normaliseToken(value: string): string {
  let upper = false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x80) {
      const lower = value.toLowerCase()
      return curly.test(lower) ? lower.replace(curlyAll, "'") : lower
    }
    if (code >= 0x41 && code <= 0x5a) upper = true
  }
  // ASCII holds no curly apostrophe; lower-case ASCII, most words of English
  // copy, is already normal.
  return upper ? value.toLowerCase() : value
}

/**
 * Normalise a phrase given as data or by a user the way line text is
 * normalised: lower case, straight apostrophes, single spaces, trimmed.
 */
export function normalisePhrase(value: string): string {
  return normaliseToken(value).replace(/\s+/g, ' ').trim()
}

/**
 * The key a phrase or a position in a line is indexed by: the run of letters
 * and digits starting there (at most `limit` units, so a five-megabyte word
 * costs no more than a short one), or the single character there when it is
 * not a letter or digit (`©`).
 */
export function keyAt(text: string, at: number, limit: number): string {
  let end = at
  while (end < text.length && end - at <= limit && isWordCharacterAt(text, end)) {
    end += text.charCodeAt(end) < 0xd800 ? 1 : (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1
  }
  if (end === at) {
    const code = text.codePointAt(at)
    return code === undefined ? '' : String.fromCodePoint(code)
  }
  return text.slice(at, end)
}

/**
 * A line's text as a label: trailing separators and full stops dropped
 * (`Share This Post On:`), runs of digits made `0` (`12 Comments`).
 */
export function labelKey(text: string): string {
  let end = text.length
  while (end > 0 && ' :.!…»>|-–—'.includes(text.charAt(end - 1))) end--
  const label = text.slice(0, end)
  return hasNumber(label) ? label.replace(/\p{N}+/gu, '0') : label
}

/** Whether `text` may hold a number: an ASCII digit, or anything not ASCII. */
function hasNumber(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x80 || (code >= 0x30 && code <= 0x39)) return true
  }
  return false
}
