import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {parseCopy} from 'copydesk'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'

/**
 * Configuration of the guarded parser.
 */
export interface GuardOptions {
  /** Bytes of standard input, to check a file without a path (default: none). */
  stdinBytes?: Uint8Array | null | undefined
}

const url = 'https://github.com/copydesk/copydesk/tree/main/packages/copydesk-cli#bad-input'

/**
 * The CLI's parser: the copydesk parser, behind two checks on what was read.
 * A binary file (one holding NUL characters) is skipped with a note instead
 * of being linted as words. A file that is not valid UTF-8 is reported as an
 * error at the first bad byte, then linted as decoded (with `�` in place of
 * the bad bytes).
 */
export const guardedParse: Plugin<[(GuardOptions | null | undefined)?], string, Root> = function (options) {
  const stdinBytes = options?.stdinBytes ?? undefined
  this.parser = function (doc, file) {
    return checkInput(doc, file, stdinBytes) ? parseCopy(doc, file) : {type: 'RootNode', children: []}
  }
}

/**
 * The checks of `guardedParse` on what was read, without parsing: `false`
 * for a binary file (with a note on `file`: it is not to be linted), `true`
 * otherwise, after reporting bad UTF-8 (read again from `file.path`, or
 * from `stdinBytes` for standard input).
 */
export function checkInput(doc: string, file: VFile, stdinBytes?: Uint8Array | undefined): boolean {
  if (doc.includes('\u0000')) {
    const message = file.info('Skipped binary file: it holds NUL bytes, so it is not text', {
      ruleId: 'binary-file',
      source: 'copydesk'
    })
    message.url = url
    return false
  }
  if (doc.includes('\uFFFD')) reportInvalidUtf8(file, file.path ? undefined : stdinBytes)
  return true
}

function reportInvalidUtf8(file: VFile, given: Uint8Array | undefined): void {
  let bytes = given
  if (!bytes && file.path) {
    try {
      bytes = readFileSync(resolve(file.cwd, file.path))
    } catch {
      return
    }
  }
  if (!bytes) return
  const at = firstInvalidUtf8(bytes)
  if (at === -1) return
  const before = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes.subarray(0, at))
  const lines = before.split(/\r\n|\r|\n/)
  const line = lines.length
  const column = (lines.at(-1)?.length ?? 0) + 1
  const message = file.message(
    `Invalid UTF-8 at byte ${at}: the file is not UTF-8 text, so bad bytes were read as \`�\``,
    {place: {line, column, offset: before.length}, ruleId: 'invalid-utf8', source: 'copydesk'}
  )
  message.fatal = true
  message.url = url
}

/**
 * Offset of the first byte that does not start or continue a well-formed
 * UTF-8 sequence (overlong forms and surrogates included), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    let length: number
    let min = 0x80
    let max = 0xbf
    if (byte < 0x80) {
      index++
      continue
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      length = 2
    } else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3
      if (byte === 0xe0) min = 0xa0
      if (byte === 0xed) max = 0x9f
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4
      if (byte === 0xf0) min = 0x90
      if (byte === 0xf4) max = 0x8f
    } else {
      return index
    }
    for (let offset = 1; offset < length; offset++) {
      const next = bytes[index + offset]
      const low = offset === 1 ? min : 0x80
      const high = offset === 1 ? max : 0xbf
      if (next === undefined || next < low || next > high) return index
    }
    index += length
  }
  return -1
}
