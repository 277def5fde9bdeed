import {applyFix} from './fix.js'
import type {Finding} from './finding.js'
import type {Linter} from './lint.js'
import {segmentsOf} from './segments.js'

/** The page's elements the editor drives. */
export interface EditorElements {
  /** Carries `data-state`: `linting`, `ready` (findings match the text) or `error`. */
  root: HTMLElement
  input: HTMLTextAreaElement
  /** Sits behind `input` with the same box and font; gets the text with `<mark>`s. */
  overlay: HTMLElement
  list: HTMLElement
  status: HTMLElement
}

/** The running editor. */
export interface Editor {
  /** Use another linter (another date or rule settings) and lint again. */
  setLinter(linter: Linter): void
  /** Lint the current text now, without waiting for a pause in typing. */
  lintNow(): Promise<void>
}

/** Typing pause before a lint, in milliseconds: fast enough to feel live, slow enough not to lint every key. */
const pause = 200

/**
 * Lint what is typed into `input`, mark each finding in the overlay, list
 * them with rule id and reason, and offer a button per certain replacement.
 */
export function mountEditor(elements: EditorElements, initial: Linter): Editor {
  const {root, input, overlay, list, status} = elements
  let linter = initial
  let findings: Finding[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  let run = 0

  input.addEventListener('input', () => schedule())
  input.addEventListener('scroll', () => syncScroll())
  // Putting the caret in marked text brings up that finding in the list.
  for (const type of ['click', 'keyup', 'select'] as const) input.addEventListener(type, () => showAt(input.selectionStart))

  function schedule(): void {
    root.dataset['state'] = 'linting'
    clearTimeout(timer)
    timer = setTimeout(() => void lintNow(), pause)
  }

  async function lintNow(): Promise<void> {
    clearTimeout(timer)
    const text = input.value
    const mine = ++run
    root.dataset['state'] = 'linting'
    const started = performance.now()
    let found: Finding[]
    try {
      found = await linter.lint(text)
    } catch (error) {
      if (mine !== run) return
      root.dataset['state'] = 'error'
      status.textContent = 'copydesk failed: ' + String(error instanceof Error ? error.message : error)
      return
    }

    // A later run or a keystroke since has newer text; its own lint will render.
    if (mine !== run || input.value !== text) return
    findings = found
    render(text, Math.round(performance.now() - started))
    root.dataset['state'] = 'ready'
  }

  function render(text: string, milliseconds: number): void {
    renderOverlay(text)
    renderList()
    const errors = findings.filter((finding) => finding.fatal).length
    status.textContent =
      (findings.length === 0 ? 'No findings' : plural(findings.length, 'finding') + ' (' + plural(errors, 'error') + ')') +
      ', linted in ' + String(milliseconds) + ' ms'
  }

  function renderOverlay(text: string): void {
    const nodes: Node[] = []
    for (const segment of segmentsOf(text, findings)) {
      const slice = text.slice(segment.start, segment.end)
      if (segment.findings.length === 0) {
        nodes.push(document.createTextNode(slice))
        continue
      }

      const mark = document.createElement('mark')
      mark.textContent = slice
      mark.dataset['findings'] = segment.findings.join(' ')
      mark.className = segment.findings.some((index) => findings[index]!.fatal) ? 'error' : 'warn'
      nodes.push(mark)
    }

    // A final line break needs something after it to take up a line, as it does in the text area.
    nodes.push(document.createTextNode('\u200B'))
    overlay.replaceChildren(...nodes)
    syncScroll()
  }

  function renderList(): void {
    list.replaceChildren(...findings.map((finding, index) => item(finding, index)))
  }

  function item(finding: Finding, index: number): HTMLElement {
    const li = document.createElement('li')
    li.className = 'finding ' + (finding.fatal ? 'error' : 'warn')
    li.dataset['index'] = String(index)
    li.dataset['ruleId'] = finding.ruleId

    const head = document.createElement('div')
    head.className = 'head'
    const rule = document.createElement(finding.url ? 'a' : 'span')
    rule.className = 'rule'
    rule.textContent = finding.ruleId
    if (rule instanceof HTMLAnchorElement && finding.url) {
      rule.href = finding.url
      rule.target = '_blank'
      rule.rel = 'noreferrer'
    }

    const where = document.createElement('span')
    where.className = 'where'
    where.textContent = String(finding.line) + ':' + String(finding.column)
    const actual = document.createElement('q')
    actual.className = 'actual'
    actual.textContent = finding.actual
    head.append(rule, ' ', where, ' ', actual)

    const reason = document.createElement('p')
    reason.className = 'reason'
    reason.textContent = finding.reason
    li.append(head, reason)

    if (finding.note) {
      const note = document.createElement('p')
      note.className = 'note'
      note.textContent = finding.note
      li.append(note)
    }

    if (finding.expected.length > 0) {
      const fixes = document.createElement('div')
      fixes.className = 'fixes'
      for (const replacement of finding.expected) {
        const button = document.createElement('button')
        button.type = 'button'
        button.className = 'fix'
        button.dataset['replacement'] = replacement
        button.textContent = replacement === '' ? 'Delete' : 'Change to “' + replacement + '”'
        button.addEventListener('click', () => void fix(finding, replacement))
        fixes.append(button)
      }

      li.append(fixes)
    }

    li.addEventListener('mouseenter', () => highlight(index, true))
    li.addEventListener('mouseleave', () => highlight(index, false))
    li.addEventListener('click', (event) => {
      if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) return
      input.focus()
      input.setSelectionRange(finding.start, finding.end)
    })
    return li
  }

  async function fix(finding: Finding, replacement: string): Promise<void> {
    const result = applyFix(input.value, finding, replacement)
    // The text changed under the finding: lint again rather than edit the wrong place.
    if (!result) return lintNow()
    input.value = result.text
    input.focus()
    input.setSelectionRange(result.caret, result.caret)
    return lintNow()
  }

  function highlight(index: number, on: boolean): void {
    for (const mark of overlay.querySelectorAll<HTMLElement>('mark')) {
      if ((mark.dataset['findings'] ?? '').split(' ').includes(String(index))) mark.classList.toggle('active', on)
    }
  }

  function showAt(offset: number): void {
    let first: HTMLElement | undefined
    for (const li of list.querySelectorAll<HTMLElement>('li.finding')) {
      const finding = findings[Number(li.dataset['index'])]
      const inside = finding !== undefined && offset >= finding.start && offset <= finding.end && finding.start < finding.end
      li.classList.toggle('current', inside)
      if (inside) first ??= li
    }

    first?.scrollIntoView({block: 'nearest'})
  }

  function syncScroll(): void {
    overlay.scrollTop = input.scrollTop
    overlay.scrollLeft = input.scrollLeft
  }

  return {
    setLinter(next) {
      linter = next
      void lintNow()
    },
    lintNow
  }
}

function plural(count: number, noun: string): string {
  return String(count) + ' ' + noun + (count === 1 ? '' : 's')
}
