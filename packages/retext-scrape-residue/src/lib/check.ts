import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {appealOf} from './appeals.js'
import {HeadlineTracker} from './headlines.js'
import {inlineFindings, type InlineFinding} from './inline.js'
import {wording, type Kind} from './kinds.js'
import {forEachLine, type Line} from './lines.js'
import {segmentsOf, wholeLine, type Range} from './line-tools.js'
import {lineSpan, partSpan, tokenText} from './place.js'
import {LineScreen} from './screen.js'
import {describeFinding, emit} from './report.js'
import {sentenceVerdict} from './sentences.js'
import type {Settings} from './settings.js'
import {isHashtagLine, isLabelLine, isNavigation, labelOf, openerOf, type Verdict} from './whole-line.js'

/** What a whole line was found to be, and whether removing it is the fix. */
interface LineVerdict extends Verdict {
  readonly remove: boolean
  /** More evidence for the note. */
  readonly notes?: ReadonlyArray<string>
}

const headlineNote = 'A headline copied again by the web page; if the line is a subhead, keep it.'
const aboutNote = 'Text the website adds to its pages; no fix is offered because it reads like copy and a person should decide.'

/**
 * Check every line of a tree and add messages to the file. Lines are
 * screened first and only those that may hold a finding are built and
 * checked; `screened: false` checks every line, which gives the same
 * messages, slower (the tests compare the two).
 */
export function checkTree(tree: Root, file: VFile, settings: Settings, screened = true): void {
  const source = file.value === undefined ? undefined : String(file)
  const headlines = settings.headlineRepeats ? new HeadlineTracker() : undefined
  const context: Context = {tree, file, source, settings, headlines}
  const screen = screened ? new LineScreen(settings.openingKeys, headlines, source) : undefined
  forEachLine(
    tree,
    (line) => {
      // Looking a line up hashes all its text; most newsrooms allow no lines.
      if (settings.allow.size === 0 || !settings.allow.has(line.text)) checkLine(line, context)
    },
    screen
  )
}

interface Context {
  readonly tree: Root
  readonly file: VFile
  readonly source: string | undefined
  readonly settings: Settings
  readonly headlines: HeadlineTracker | undefined
}

function checkLine(line: Line, context: Context): void {
  const {tree, file, source} = context
  const inline = inlineFindings(line)
  const segments = segmentsOf(line)
  const verdicts = segments.map((segment) => sentenceVerdict(line, segment, context.settings.phrases))
  const whole = lineVerdict(line, segments, verdicts, context.settings)
  const all = wholeLine(line)

  if (whole) {
    const inside = inline.filter((found) => !(found.kind === whole.kind && found.from === 0 && found.to === all.to))
    emit(file, tree, line, {
      kind: whole.kind,
      span: lineSpan(line, source),
      text: tokenText(line, all),
      evidence: whole.evidence,
      remove: whole.remove,
      notes: [...(whole.notes ?? []), ...alsoNote(line, inside)]
    })
    return
  }

  const reported: Range[] = []
  for (const run of debrisRuns(segments, verdicts)) {
    const range = {from: run.from, to: run.to}
    reported.push(range)
    emit(file, tree, line, {
      kind: run.kind,
      span: partSpan(line, range, source, true),
      text: tokenText(line, range),
      remove: true,
      notes: alsoNote(line, inline.filter((found) => within(found, range)))
    })
  }

  const repeat = context.headlines?.check(line)
  if (repeat && reported.length === 0) {
    reported.push(all)
    emit(file, tree, line, {
      kind: 'headline',
      span: lineSpan(line, source),
      text: tokenText(line, all),
      evidence: repeat,
      remove: false,
      notes: [headlineNote, ...alsoNote(line, inline)]
    })
  }

  for (const found of inline) {
    if (reported.some((range) => within(found, range))) continue
    emit(file, tree, line, {
      kind: found.kind,
      span: partSpan(line, found, source, false),
      text: tokenText(line, found),
      remove: false,
      notes: []
    })
  }
}

/** What the whole line is, trying the cheapest and surest checks first. */
function lineVerdict(
  line: Line,
  segments: ReadonlyArray<Range>,
  verdicts: ReadonlyArray<Verdict | undefined>,
  settings: Settings
): LineVerdict | undefined {
  const all = wholeLine(line)
  const direct = labelOf(line, all) ?? openerOf(line, all, settings.phrases)
  if (direct) return {...direct, remove: true}
  if (isHashtagLine(line)) return {kind: 'tags', remove: true}
  if (isLabelLine(line)) return {kind: all.from === all.to ? 'platforms' : 'share', remove: true}
  if (isNavigation(line)) return {kind: 'navigation', remove: true}
  if (verdicts.length > 0 && verdicts.every(Boolean)) {
    const kinds = [...new Set(verdicts.map((verdict) => verdict!.kind))]
    const first = verdicts[0]!
    const notes = kinds.length > 1 ? [`Its sentences are: ${kinds.map((kind) => wording[kind].what).join(', ')}.`] : []
    return {...first, remove: true, notes}
  }
  const appeal = appealOf(line, segments)
  if (appeal) return {kind: appeal.kind, remove: appeal.pure, notes: appeal.pure ? [] : [aboutNote]}
  return undefined
}

/** Runs of neighbouring debris sentences in a line that also holds copy. */
function debrisRuns(segments: ReadonlyArray<Range>, verdicts: ReadonlyArray<Verdict | undefined>): Array<Range & {kind: Kind}> {
  const runs: Array<Range & {kind: Kind}> = []
  let open: {from: number; to: number; kind: Kind} | undefined
  segments.forEach((segment, index) => {
    const verdict = verdicts[index]
    if (!verdict) {
      if (open) runs.push(open)
      open = undefined
    } else if (open) {
      open.to = segment.to
    } else {
      open = {from: segment.from, to: segment.to, kind: verdict.kind}
    }
  })
  if (open) runs.push(open)
  return runs
}

function alsoNote(line: Line, found: ReadonlyArray<InlineFinding>): string[] {
  if (found.length === 0) return []
  return [`Also on this line: ${found.map((item) => describeFinding(item.kind, tokenText(line, item))).join(', ')}.`]
}

function within(inner: Range, outer: Range): boolean {
  return inner.from >= outer.from && inner.to <= outer.to
}
