import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {controlVerbs, findDirectives, type ControlDirective} from './control-directives.js'
import {offsetFinder, pointFinder} from './text-points.js'

/**
 * Configuration of `copydeskControl`.
 */
export interface ControlOptions {
  /** Rule ids directives may name; only messages of these rules are ever hidden (required). */
  ruleIds: ReadonlyArray<string>
}

/**
 * Where a document's directives turn rules off, as offsets into the
 * document; kept on `file.data.copydeskControl` so messages added later (the
 * checks across files) are filtered the same way.
 */
export interface ControlMap {
  /** The rules directives may name. */
  ruleIds: string[]
  /** `disable` and `enable` directives in document order: from `at` on, `ruleIds` (or every rule) are off or on. */
  toggles: Array<{at: number; enable: boolean; ruleIds?: string[] | undefined}>
  /** Spans covered by `ignore-next` directives, for `ruleIds` (or every rule). */
  ignores: Array<{start: number; end: number; ruleIds?: string[] | undefined}>
  /** Directive lines of plain text: what is on them is not copy. */
  lines: Array<{start: number; end: number}>
}

declare module 'vfile' {
  interface DataMap {
    /** Inline controls of the document, set by `copydeskControl`. */
    copydeskControl?: ControlMap
  }
}

/** Documentation of the directives, for the warnings about bad ones. */
export const controlUrl = 'https://github.com/copydesk/copydesk/tree/main/packages/copydesk#inline-controls'

const verbs = new Set<string>(controlVerbs)

/**
 * unified plugin for inline controls: after the rules have run, it reads
 * the document's `copydesk-disable`, `copydesk-enable` and
 * `copydesk-ignore-next` directives and removes the messages they turn off.
 * A directive naming an unknown rule, or with an unknown verb, gets a
 * warning (`ruleId: 'control'`) naming what is valid. It must be used after
 * the rules (the copydesk preset does so).
 */
export const copydeskControl: Plugin<[ControlOptions], Root> = function (options) {
  const ruleIds = options?.ruleIds
  if (!Array.isArray(ruleIds) || ruleIds.some((id) => typeof id !== 'string' || id.length === 0)) {
    throw new TypeError('Unexpected value for `ruleIds`, expected a list of rule ids')
  }
  const known = [...ruleIds]

  return function (_, file) {
    file.data.copydeskControl = readControls(file, known)
    filterControlled(file)
  }
}

/**
 * Read the directives of `file` into a `ControlMap`, adding a warning to
 * the file for each unknown verb or rule id (those parts do nothing).
 */
export function readControls(file: VFile, ruleIds: ReadonlyArray<string>): ControlMap {
  const text = String(file)
  const map: ControlMap = {ruleIds: [...ruleIds], toggles: [], ignores: [], lines: []}
  const directives = findDirectives(text, file.data.copydeskComments)
  if (directives.length === 0) return map

  const known = new Set(ruleIds)
  const pointAt = pointFinder(text)
  const expectedIds = ruleIds.map((id) => `\`${id}\``).join(', ')

  for (const directive of directives) {
    if (directive.line) map.lines.push({start: directive.start, end: directive.end})
    if (!verbs.has(directive.verb)) {
      warn(
        `Unexpected directive \`copydesk-${directive.verb}\`, expected \`copydesk-disable\`, \`copydesk-enable\` or \`copydesk-ignore-next\``,
        directive.start,
        directive.end
      )
      continue
    }
    const named: string[] = []
    for (const {id, start, end} of directive.ruleIds) {
      if (known.has(id)) named.push(id)
      else warn(`Unexpected rule \`${id}\` in \`copydesk-${directive.verb}\`, expected one of ${expectedIds}`, start, end)
    }
    // Naming only unknown rules must not turn every rule off.
    if (directive.ruleIds.length > 0 && named.length === 0) continue
    const which = named.length > 0 ? named : undefined
    add(map, directive, which)
  }
  return map

  function warn(reason: string, start: number, end: number): void {
    const message = file.message(reason, {place: {start: pointAt(start), end: pointAt(end)}, ruleId: 'control', source: 'copydesk'})
    message.actual = text.slice(start, end)
    message.url = controlUrl
  }
}

function add(map: ControlMap, directive: ControlDirective, ruleIds: string[] | undefined): void {
  if (directive.verb === 'ignore-next') {
    if (directive.scope) map.ignores.push({...directive.scope, ruleIds})
  } else {
    map.toggles.push({at: directive.end, enable: directive.verb === 'enable', ruleIds})
  }
}

/**
 * Remove from `file.messages` the messages its inline controls turn off
 * (`file.data.copydeskControl`; nothing happens without it). Safe to call
 * again after more messages were added.
 */
export function filterControlled(file: VFile): void {
  const map = file.data.copydeskControl
  if (!map || (map.toggles.length === 0 && map.ignores.length === 0 && map.lines.length === 0)) return
  const toOffset = offsetFinder(String(file))
  file.messages = file.messages.filter((message) => !isControlled(map, message, toOffset))
}

/**
 * Whether `map` turns `message` off: a message of a known rule that starts
 * on a directive line, inside a block an `ignore-next` covers, or after a
 * `disable` not followed by an `enable` for its rule.
 */
export function isControlled(
  map: ControlMap,
  message: Pick<VFileMessage, 'place' | 'ruleId'>,
  toOffset: (point: {line: number; column: number; offset?: number | undefined}) => number | undefined
): boolean {
  const ruleId = message.ruleId
  if (!ruleId || !map.ruleIds.includes(ruleId)) return false
  const place = message.place
  const point = place && 'start' in place ? place.start : place
  const offset = point ? toOffset(point) : undefined
  if (offset === undefined) return false

  const applies = (ids: string[] | undefined) => !ids || ids.includes(ruleId)
  if (map.lines.some((line) => line.start <= offset && offset < line.end)) return true
  if (map.ignores.some((span) => span.start <= offset && offset < span.end && applies(span.ruleIds))) return true
  let enabled = true
  for (const toggle of map.toggles) {
    if (toggle.at > offset) break
    if (applies(toggle.ruleIds)) enabled = toggle.enable
  }
  return !enabled
}
