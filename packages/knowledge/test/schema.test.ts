import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import fc from 'fast-check'
import {
  createKnowledge,
  isPartialDate,
  loadKnowledge,
  parseStyleSheet,
  StyleSheetError,
  validateStyleSheet,
  type StyleSheet
} from '../src/index.js'

const brokenPath = new URL('fixtures/broken.yaml', import.meta.url).pathname

/** The message of the `StyleSheetError` that `run` throws. */
function rejection(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof StyleSheetError) return error.message
    throw error
  }

  throw new Error('Expected a StyleSheetError')
}

const person = (id: string, extra = '') =>
  `  - id: ${id}\n    name: Ann Example\n    surname: Example\n    roles: []\n    source: https://example.com/${id}\n${extra}`

describe('schema rejections name the file, line, entry and field', () => {
  test('a bad date and a missing surname, found together in one file read from disk', () => {
    expect(rejection(() => loadKnowledge({sheets: [brokenPath]}))).toBe(
      [
        brokenPath + ':7: people[1] (lloyd-austin).surname: missing, expected a surname (non-empty string)',
        brokenPath + ':25: people[3] (wendy-sherman).roles[0].start: expected a date YYYY-MM-DD, got "2021-13-01"'
      ].join('\n')
    )
  })

  test('the issues carry line and column for editors', () => {
    try {
      parseStyleSheet(readFileSync(brokenPath, 'utf8'), 'newsroom.yaml')
    } catch (error) {
      expect(error).toBeInstanceOf(StyleSheetError)
      expect((error as StyleSheetError).issues[1]).toEqual({
        file: 'newsroom.yaml',
        line: 25,
        column: 16,
        field: 'people[3] (wendy-sherman).roles[0].start',
        message: 'expected a date YYYY-MM-DD, got "2021-13-01"'
      })
    }

    expect.assertions(2)
  })

  test('an organisation that no loaded sheet defines', () => {
    const text = [
      'people:',
      '  - id: ann-example',
      '    name: Ann Example',
      '    surname: Example',
      '    roles:',
      '      - title: Editor',
      '        organisation: daily-bugle',
      "        start: '2020'",
      '    source: https://example.com/ann'
    ].join('\n')
    expect(rejection(() => loadKnowledge({sheets: [parseStyleSheet(text, 'newsroom.yaml')]}))).toBe(
      'newsroom.yaml:7: people[0] (ann-example).roles[0].organisation: expected the id of an organisation defined in a loaded sheet, got "daily-bugle"'
    )
  })

  test('an organisation defined in the bundled data is found from a newsroom sheet', () => {
    const text = person('ann-example').replace('roles: []', "roles:\n      - {title: Envoy, organisation: nato, start: '2020'}")
    const knowledge = loadKnowledge({sheets: [parseStyleSheet('people:\n' + text, 'newsroom.yaml')]})
    expect(knowledge.person('ann-example')?.roles[0]?.organisation).toBe('nato')
  })

  test('an end before the start', () => {
    const text = person('ann-example').replace(
      'roles: []',
      "roles:\n      - title: Editor\n        organisation: nato\n        start: '2021-04'\n        end: '2021-03-31'"
    )
    expect(rejection(() => parseStyleSheet('people:\n' + text, 'newsroom.yaml'))).toBe(
      'newsroom.yaml:9: people[0] (ann-example).roles[0].end: expected a date on or after the start 2021-04, got "2021-03-31"'
    )
  })

  test('an end in the same month as a start given to the month is fine', () => {
    const text = person('ann-example').replace(
      'roles: []',
      "roles:\n      - {title: Editor, organisation: nato, start: '2021-04', end: '2021-04-02'}"
    )
    expect(parseStyleSheet('people:\n' + text, 'newsroom.yaml').people?.[0]?.roles[0]?.end).toBe('2021-04-02')
  })

  test('a duplicate id', () => {
    expect(rejection(() => parseStyleSheet('people:\n' + person('ann-example') + person('ann-example'), 'newsroom.yaml'))).toBe(
      'newsroom.yaml:7: people[1] (ann-example).id: expected a unique id, got "ann-example" again (first used by people[0] on line 2)'
    )
  })

  test('bad YAML syntax', () => {
    expect(rejection(() => parseStyleSheet('people:\n  - id: ann-example\n   name: Ann\n', 'newsroom.yaml'))).toBe(
      'newsroom.yaml:3: expected valid YAML or JSON, got a syntax error: sequence item without - indicator'
    )
  })

  test('duplicate keys in one entry', () => {
    expect(rejection(() => parseStyleSheet('people:\n  - id: a\n    id: b\n', 'newsroom.yaml'))).toBe(
      'newsroom.yaml:3: expected valid YAML or JSON, got a syntax error: map keys must be unique'
    )
  })

  test('a JSON sheet: unknown field and a bad id, with lines', () => {
    const json = '{\n  "people": [\n    {"id": "Ann_Example", "name": "Ann Example", "surname": "Example",\n     "roles": [], "source": "https://example.com", "titel": "Editor"}\n  ]\n}'
    expect(rejection(() => parseStyleSheet(json, 'newsroom.json'))).toBe(
      [
        'newsroom.json:4: people[0] (Ann_Example).titel: unexpected field "titel", expected one of id, name, given, surname, variants, transliterations, misspellings, roles, source, note, wikidata',
        'newsroom.json:3: people[0] (Ann_Example).id: expected a kebab-case id (lower-case letters and digits joined by single hyphens), got "Ann_Example"'
      ].join('\n')
    )
  })

  test('a surname that is not part of the name', () => {
    expect(rejection(() => parseStyleSheet('people:\n' + person('ann-example').replace('surname: Example', 'surname: Exampel'), 'n.yaml'))).toBe(
      'n.yaml:4: people[0] (ann-example).surname: expected whole words of the name "Ann Example", got "Exampel"'
    )
  })

  test('a wrong type at the top', () => {
    expect(rejection(() => parseStyleSheet('people: {}\n', 'n.yaml'))).toBe(
      'n.yaml:1: people: expected a list of people, got a mapping'
    )
  })

  test('a sheet given as an object is named by its position, without a line', () => {
    const sheet = {people: [{id: 'ann-example', name: 'Ann Example', surname: 'Example', roles: [], source: ''}]}
    expect(rejection(() => createKnowledge([sheet]))).toBe(
      '<sheet 1>: people[0] (ann-example).source: expected a source (URL or citation), got ""'
    )
  })

  test('an empty file is an empty sheet', () => {
    expect(parseStyleSheet('', 'empty.yaml')).toEqual({})
    expect(parseStyleSheet('# nothing yet\n', 'empty.yaml')).toEqual({})
  })

  test('the valid fixture passes unchanged', () => {
    const text = readFileSync(new URL('fixtures/newsroom.yaml', import.meta.url), 'utf8')
    const sheet: StyleSheet = parseStyleSheet(text, 'newsroom.yaml')
    expect(sheet.people?.map((entry) => entry.id)).toEqual(['wendy-sherman', 'perry-white'])
    expect(validateStyleSheet(structuredClone(sheet))).toEqual(sheet)
  })
})

describe('dates', () => {
  test('accepts the three precisions and real calendar days only', () => {
    expect(['2021', '2021-02', '2020-02-29', '1999-12-31'].map((date) => isPartialDate(date))).toEqual([true, true, true, true])
    expect(['2021-13', '2021-02-29', '2021-00-10', '2021-1-1', '21', '2021-04-31', '2021-04-01T00:00'].map((date) => isPartialDate(date))).toEqual([
      false, false, false, false, false, false, false
    ])
  })
})

describe('any text', () => {
  test('either parses or throws a StyleSheetError', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 200}), (text) => {
        try {
          parseStyleSheet(text, 'fuzz.yaml')
        } catch (error) {
          if (!(error instanceof StyleSheetError)) throw error
          for (const issue of error.issues) {
            if (issue.line !== undefined && (issue.line < 1 || issue.line > text.split('\n').length + 1)) {
              throw new Error('line out of range: ' + issue.line)
            }
          }
        }
      }),
      {numRuns: 300}
    )
  })
})
