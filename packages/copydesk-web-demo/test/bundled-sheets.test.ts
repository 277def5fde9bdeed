import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadKnowledge} from '@copydesk/knowledge'
import {createKnowledge, validateStyleSheet} from '@copydesk/knowledge/browser'
import {afterAll, describe, expect, test} from 'vitest'
import {readBundledData} from '../build/bundled-sheets.js'

const dataFolder = fileURLToPath(new URL('../node_modules/@copydesk/knowledge/data/', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'copydesk-web-demo-'))

afterAll(() => rmSync(scratch, {recursive: true, force: true}))

describe('readBundledData', () => {
  test('names the files as the Node.js loader does, in its order', () => {
    expect(readBundledData(dataFolder).map((sheet) => sheet.file)).toEqual([
      'data/organisations/europe.yaml',
      'data/organisations/international.yaml',
      'data/organisations/us.yaml',
      'data/organisations/world.yaml',
      'data/people/europe.yaml',
      'data/people/international.yaml',
      'data/people/us.yaml',
      'data/people/world.yaml'
    ])
  })

  test('gives the browser the same knowledge as loadKnowledge', () => {
    const browser = createKnowledge(readBundledData(dataFolder).map(({file, sheet}) => validateStyleSheet(sheet, {file})))
    const node = loadKnowledge()
    expect(browser.people.map((person) => person.id)).toEqual(node.people.map((person) => person.id))
    expect(browser.organisations.map((organisation) => organisation.id)).toEqual(node.organisations.map((organisation) => organisation.id))
    expect(browser.similarPeople('Anthony Blanken')[0]?.form).toBe('Antony Blinken')
  })

  test('a file that is not YAML fails with its name', () => {
    const folder = join(scratch, 'broken')
    mkdirSync(join(folder, 'people'), {recursive: true})
    writeFileSync(join(folder, 'people', 'desk.yaml'), 'people:\n  - id: a\n    id: b\n')
    expect(() => readBundledData(folder)).toThrow(/^data\/people\/desk\.yaml: Map keys must be unique/)
  })

  test('a folder without sheets fails', () => {
    const folder = join(scratch, 'empty')
    mkdirSync(folder)
    writeFileSync(join(folder, 'notes.txt'), 'not a sheet')
    expect(() => readBundledData(folder)).toThrow('Expected YAML style sheets in `' + folder + '`, found none')
  })
})
