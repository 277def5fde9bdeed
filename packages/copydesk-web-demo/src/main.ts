import {mountEditor} from './lib/editor.js'
import {exampleCopy} from './lib/example.js'
import {bundledKnowledge} from './lib/knowledge.js'
import {createLinter} from './lib/lint.js'

const root = element('app', HTMLElement)
const status = element('status', HTMLElement)
const date = element('date', HTMLInputElement)

try {
  const started = performance.now()
  const knowledge = bundledKnowledge()
  element('knowledge', HTMLElement).textContent =
    String(knowledge.people.length) + ' people and ' + String(knowledge.organisations.length) +
    ' organisations, ready in ' + String(Math.round(performance.now() - started)) + ' ms'

  const linterFor = (value: string) => createLinter({knowledge, date: value === '' ? undefined : value})
  const input = element('copy', HTMLTextAreaElement)
  const editor = mountEditor(
    {root, input, overlay: element('overlay', HTMLElement), list: element('findings', HTMLElement), status},
    linterFor(date.value)
  )
  date.addEventListener('change', () => editor.setLinter(linterFor(date.value)))
  element('example', HTMLButtonElement).addEventListener('click', () => {
    input.value = exampleCopy
    void editor.lintNow()
  })
  void editor.lintNow()
} catch (error) {
  root.dataset['state'] = 'error'
  status.textContent = 'copydesk could not start: ' + String(error instanceof Error ? error.message : error)
}

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id)
  if (!(found instanceof type)) throw new Error('Expected `#' + id + '` in the page')
  return found
}
