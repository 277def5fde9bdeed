import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {describeParseError, lineAndColumn} from '../src/lib/parse-error.js'

const folder = mkdtempSync(join(tmpdir(), 'copydesk-parse-error-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

function written(name: string, value: string): string {
  const path = join(folder, name)
  writeFileSync(path, value)
  return path
}

describe('describeParseError', () => {
  it('turns a JSON offset into a line and column and drops the quoted stretch and path', () => {
    const fileName = written('a.json', '{\n  "a": 1,\n}\n')
    const message = `Expected double-quoted property name in JSON at position 12 while parsing near "...\\"a\\": 1,\\n}\\n" in ${fileName} \n\n> 3 | }\n`
    expect(describeParseError({message, fileName})).toBe('Expected double-quoted property name in JSON at line 3, column 1')
  })

  it('reads the offset, not the line Node 22 adds, so both give the same line', () => {
    const fileName = written('b.json', '{\n  "a": 1,\n}\n')
    const message = `Expected double-quoted property name in JSON at position 12 (line 3 column 1) while parsing near "x" in ${fileName}`
    expect(describeParseError({message, fileName})).toBe('Expected double-quoted property name in JSON at line 3, column 1')
  })

  it('says where a file that ends too soon ends', () => {
    const fileName = written('c.json', '{\r\n  "a": ')
    expect(describeParseError({message: `Unexpected end of JSON input while parsing "{" in ${fileName}`, fileName})).toBe(
      'Unexpected end of JSON input at line 2 (the file ends too soon)'
    )
  })

  it('keeps a YAML message, without the colon that leads into its code frame', () => {
    expect(describeParseError({message: 'Flow sequence must end with a ] at line 4, column 1:\n\n    a: [b\n'})).toBe('Flow sequence must end with a ] at line 4, column 1')
  })

  it('leaves the offset when the file cannot be read', () => {
    expect(describeParseError({message: 'Unexpected token in JSON at position 3 in /no/such/file.json', fileName: '/no/such/file.json'})).toBe(
      'Unexpected token in JSON at position 3'
    )
  })
})

describe('lineAndColumn', () => {
  it('counts LF, CRLF and lone CR as one break each', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({line: 2, column: 2})
    expect(lineAndColumn('ab\r\ncd', 5)).toEqual({line: 2, column: 2})
    expect(lineAndColumn('ab\rcd', 4)).toEqual({line: 2, column: 2})
    expect(lineAndColumn('abc', 0)).toEqual({line: 1, column: 1})
  })
})
