import type {Nodes as MdastNodes} from 'mdast'
import type {Nodes, Parents, RootContent} from 'nlcst'
import {pointFinder} from './text-points.js'

/** Block types mdast-util-to-nlcst skips. */
const ignored = new Set(['table', 'tableRow', 'tableCell'])

interface TextRun {
  /** Offset in the source where the value starts. */
  start: number
  /** Offset in the source where the node ends. */
  end: number
  value: string
}

/**
 * mdast-util-to-nlcst places the tokens of a text node one after the other
 * from the node's start, as if the node's value were the source. It is not
 * where markup was removed from inside the text (`>` and indentation on
 * continuation lines, backslash escapes, character references), so every
 * token after that drifts. This puts each leaf back on the source characters
 * it came from, then rebuilds the positions of the nodes around them.
 *
 * `source` is the text the positions index into; `unit` the mdast node that
 * was converted into `nodes`.
 */
export function realignLeaves(nodes: RootContent[], unit: MdastNodes, source: string): void {
  const runs = textRuns(unit)
  const toPoint = pointFinder(source)
  const leaves = leavesOf(nodes)
  let runIndex = 0
  let consumed = 0
  let map: number[] | undefined
  const synthetic: number[] = []

  for (let index = 0; index < leaves.length; index++) {
    const leaf = leaves[index]!
    const run = runs[runIndex]
    const offset = leaf.position?.start.offset
    if (run && offset === run.start + consumed && run.value.startsWith(leaf.value, consumed)) {
      if (consumed === 0) map = alignment(run, source)
      if (map) {
        const from = map[consumed]!
        const to = map[consumed + leaf.value.length - 1]! + 1
        leaf.position = {start: toPoint(from), end: toPoint(to)}
      }
      consumed += leaf.value.length
      if (consumed >= run.value.length) {
        runIndex++
        consumed = 0
        // Runs that produced no tokens (empty values) are passed over.
        while (runs[runIndex]?.value.length === 0) runIndex++
      }
    } else if (leaf.type === 'WhiteSpaceNode') {
      synthetic.push(index)
    }
  }

  // Line breaks made up between blocks span the gap between their neighbours.
  for (const index of synthetic) {
    const leaf = leaves[index]!
    const before = leaves[index - 1]?.position?.end
    const after = leaves[index + 1]?.position?.start
    if (before && after && (after.offset ?? 0) >= (before.offset ?? 0)) {
      leaf.position = {start: {...before}, end: {...after}}
    }
  }

  for (const node of nodes) rebuild(node)
}

/** Text the converter tokenizes, in the order it does. */
function textRuns(unit: MdastNodes): TextRun[] {
  const runs: TextRun[] = []
  const stack: MdastNodes[] = [unit]
  let node: MdastNodes | undefined
  while ((node = stack.pop())) {
    if (ignored.has(node.type) || node.type === 'inlineCode') continue
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'text' && start !== undefined && end !== undefined) {
      runs.push({start, end, value: node.value})
    } else if ((node.type === 'image' || node.type === 'imageReference') && node.alt && start !== undefined && end !== undefined) {
      runs.push({start: start + 2, end, value: node.alt})
    } else if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    }
  }
  return runs.filter((run) => run.value.length > 0)
}

/**
 * For each character of `run.value`, the source offset it came from, or
 * `undefined` when the value is the source itself (nothing to move).
 * Characters are matched in order; source characters that do not match are
 * markup and skipped.
 */
function alignment(run: TextRun, source: string): number[] | undefined {
  if (source.startsWith(run.value, run.start)) return undefined
  const map: number[] = []
  let at = run.start
  for (let index = 0; index < run.value.length; index++) {
    const found = source.indexOf(run.value[index]!, at)
    at = found === -1 || found >= run.end ? Math.min(at, run.end) : found
    map.push(at)
    if (found !== -1 && found < run.end) at++
  }
  return map
}

type Leaf = Extract<Nodes, {value: string}>

function leavesOf(nodes: ReadonlyArray<Nodes>): Leaf[] {
  const result: Leaf[] = []
  const stack: Nodes[] = [...nodes].reverse()
  let node: Nodes | undefined
  while ((node = stack.pop())) {
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
    } else {
      result.push(node)
    }
  }
  return result
}

/** Give each parent the span from its first to its last child. */
function rebuild(node: Nodes): void {
  if (!('children' in node)) return
  const parent: Parents = node
  for (const child of parent.children) rebuild(child)
  const first = parent.children[0]?.position
  const last = parent.children.at(-1)?.position
  if (first && last) parent.position = {start: {...first.start}, end: {...last.end}}
}
