import {readFileSync} from 'node:fs'

/**
 * One short line saying what is wrong with a config file the engine could not
 * parse, and where. JSON errors (from `parse-json`) give an offset, a quoted
 * stretch of the file and its absolute path; they become `at line L, column
 * C`. YAML errors already give the line; the colon that leads into their code
 * frame goes.
 */
export function describeParseError(error: {message: string; fileName?: unknown}): string {
  let text = error.message.split('\n')[0]!.trim()
  const fileName = typeof error.fileName === 'string' ? error.fileName : undefined
  if (fileName && text.endsWith(' in ' + fileName)) text = text.slice(0, -(' in ' + fileName).length)
  // The quoted stretch repeats the file's text with escaped line breaks: noise on one line.
  const near = text.indexOf(' while parsing ')
  if (near !== -1) text = text.slice(0, near)
  const position = / at position (\d+)(?: \(line \d+ column \d+\))?/.exec(text)
  const source = fileName ? readText(fileName) : undefined
  if (position && source !== undefined) {
    const {line, column} = lineAndColumn(source, Number(position[1]))
    text = text.slice(0, position.index) + ` at line ${line}, column ${column}` + text.slice(position.index + position[0].length)
  } else if (text.startsWith('Unexpected end of JSON input') && source !== undefined) {
    text += ` at line ${lineAndColumn(source, source.length).line} (the file ends too soon)`
  }
  return text.replace(/:$/, '')
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/** 1-based line and column of `offset` in `text`, counting CRLF, CR and LF as one break each. */
export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  const end = Math.min(offset, text.length)
  for (let index = 0; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: end - lineStart + 1}
}
