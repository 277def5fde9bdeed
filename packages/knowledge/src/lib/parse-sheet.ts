import type {Document, LineCounter} from 'yaml'
import {loadYaml} from '#modules'
import {StyleSheetError} from './errors.js'
import type {StyleSheet} from './types.js'
import {validateStyleSheet, type Locator, type SheetPath} from './validate.js'

/**
 * Parse and validate a style sheet from text, YAML or JSON (JSON is read by the
 * YAML parser too, so both keep line numbers). `file` names the sheet in errors.
 * Throws a `StyleSheetError` for a syntax error or an invalid sheet.
 */
export function parseStyleSheet(text: string, file: string): StyleSheet {
  const {LineCounter, parseDocument} = loadYaml()
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})

  if (document.errors.length > 0) {
    throw new StyleSheetError(
      document.errors.map((error) => {
        const place = lineCounter.linePos(error.pos[0])
        return {
          file,
          line: place.line,
          column: place.col,
          field: '',
          message: 'expected valid YAML or JSON, got a syntax error: ' + firstLine(error.message)
        }
      })
    )
  }

  let value: unknown
  try {
    value = document.toJS({maxAliasCount: 100})
  } catch (error) {
    // Aliases are resolved only here: an unknown or runaway alias fails late.
    throw new StyleSheetError([
      {file, field: '', message: 'expected valid YAML or JSON, got ' + firstLine(String((error as Error).message))}
    ])
  }

  return validateStyleSheet(value, {file, locate: createLocator(document, lineCounter)})
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message
  return line.charAt(0).toLowerCase() + line.slice(1)
}

/**
 * A locator that parses `text` only when first asked, for sheets whose data came
 * from elsewhere (a cache) but whose errors still need lines.
 */
export function lazyLocator(text: string): Locator {
  let locate: Locator | undefined
  return function (path, key) {
    if (!locate) {
      const {LineCounter, parseDocument} = loadYaml()
      const lineCounter = new LineCounter()
      locate = createLocator(parseDocument(text, {lineCounter, prettyErrors: false}), lineCounter)
    }

    return locate(path, key)
  }
}

/**
 * Point at the deepest node of `path` that exists: the value itself, or the entry
 * that lacks a required field.
 */
function createLocator(document: Document, lineCounter: LineCounter): Locator {
  const {isMap, isScalar, isSeq} = loadYaml()
  return function (path: SheetPath, key?: boolean) {
    let node: unknown = document.contents
    let offset = rangeStart(node)

    for (const [position, segment] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => String(isScalar(item.key) ? item.key.value : item.key) === String(segment)
        )
        if (!pair) break
        const last = position === path.length - 1
        node = key && last ? pair.key : pair.value
        // `end:` with no value has no node of its own: fall back to the key.
        offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment]
        offset = rangeStart(node) ?? offset
      } else {
        break
      }
    }

    if (offset === undefined) return undefined
    const place = lineCounter.linePos(offset)
    return {line: place.line, column: place.col}
  }
}

function rangeStart(node: unknown): number | undefined {
  if (typeof node === 'object' && node !== null && 'range' in node) {
    const range = (node as {range?: [number, number, number] | null}).range
    if (range) return range[0]
  }

  return undefined
}
