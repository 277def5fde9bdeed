import {describe, expect, it} from 'vitest'
import {runCli, tempFolder} from './support/cli.js'

// A broken style sheet or config file stops the run (exit 2) with one line on
// stderr naming the file, the line and what is wrong, and nothing on stdout.

const story = 'The city council voted 7-2 on Tuesday night to approve the budget.\n'

const syntaxSheet = 'people:\n  - id: perry-white\n    name: Perry White\n    surname: [White\n'
const schemaSheet = 'people:\n  - id: perry-white\n    name: Perry White\n    surname: 42\n    roles: []\n    source: masthead\n'

function run(files: Record<string, string>, args: string[]) {
  const folder = tempFolder({...files, 'story.txt': story})
  try {
    const result = runCli([...args, 'story.txt'], {cwd: folder.path})
    return {...result, stderr: result.stderr.replaceAll(folder.path, '<folder>')}
  } finally {
    folder.remove()
  }
}

function expectOneLine(result: {status: number | null; stdout: string; stderr: string}, stderr: string): void {
  expect({status: result.status, stdout: result.stdout, stderr: result.stderr}).toEqual({status: 2, stdout: '', stderr})
}

describe('broken style sheets', () => {
  it('names the file and line of a YAML syntax error', () => {
    expectOneLine(
      run({'house.yaml': syntaxSheet}, ['--knowledge', 'house.yaml']),
      'copydesk: bad style sheet given to --knowledge: <folder>/house.yaml:5: expected valid YAML or JSON, got a syntax error: flow sequence in block collection must be sufficiently indented and end with a ]\n'
    )
  })

  it('names the file, line and field of a value of the wrong type', () => {
    expectOneLine(
      run({'house.yaml': schemaSheet}, ['--knowledge', 'house.yaml']),
      'copydesk: bad style sheet given to --knowledge: <folder>/house.yaml:4: people[0] (perry-white).surname: expected a surname (non-empty string), got 42\n'
    )
  })

  it('names the config file and the style sheet when the config brings the sheet in', () => {
    expectOneLine(
      run({'house.yaml': schemaSheet, '.copydeskrc.json': '{"settings": {"knowledge": ["house.yaml"]}}'}, []),
      'copydesk: bad config in .copydeskrc.json: <folder>/house.yaml:4: people[0] (perry-white).surname: expected a surname (non-empty string), got 42\n'
    )
  })
})

describe('broken config files', () => {
  it('names the line and column of bad JSON', () => {
    expectOneLine(
      run({'.copydeskrc.json': '{\n  "settings": {\n    "rules": {"scrape-residue": "off",}\n  }\n}\n'}, []),
      'copydesk: bad config in .copydeskrc.json: Expected double-quoted property name in JSON at line 3, column 39\n'
    )
  })

  it('says where JSON that stops too soon ends', () => {
    expectOneLine(
      run({'.copydeskrc.json': '{\n  "settings": '}, []),
      'copydesk: bad config in .copydeskrc.json: Unexpected end of JSON input at line 2 (the file ends too soon)\n'
    )
  })

  it('names the line of bad YAML', () => {
    expectOneLine(
      run({'.copydeskrc.yaml': 'settings:\n  rules:\n    scrape-residue: [off\n'}, []),
      'copydesk: bad config in .copydeskrc.yaml: Flow sequence in block collection must be sufficiently indented and end with a ] at line 4, column 1\n'
    )
  })
})
