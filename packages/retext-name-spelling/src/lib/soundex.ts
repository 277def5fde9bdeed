const codes: Record<string, string> = {
  b: '1', f: '1', p: '1', v: '1',
  c: '2', g: '2', j: '2', k: '2', q: '2', s: '2', x: '2', z: '2',
  d: '3', t: '3',
  l: '4',
  m: '5', n: '5',
  r: '6'
}

/**
 * American Soundex of a folded word: whether two spellings of a given name sound
 * alike (`Anthony`/`Antony`, `Joseph`/`Josep`) rather than being two names
 * (`Jill`/`Bill`).
 */
export function soundex(word: string): string {
  const letters = word.replace(/[^a-z]/g, '')
  const first = letters[0]
  if (!first) return ''
  let result = first
  let previous = codes[first] ?? ''
  for (const letter of letters.slice(1)) {
    const code = codes[letter] ?? ''
    // "h" and "w" do not separate equal codes; vowels do.
    if (letter === 'h' || letter === 'w') continue
    if (code && code !== previous) result += code
    previous = code
    if (result.length === 4) break
  }

  return result.padEnd(4, '0')
}
