import type {Finding} from './finding.js'

/** A run of text and the findings (indices into the list) that cover all of it. */
export interface Segment {
  start: number
  end: number
  findings: number[]
}

/**
 * Cut `text` into runs at every finding's start and end, so overlapping
 * findings each keep their own extent and each run knows every finding over
 * it. Empty findings (a place between two characters) cover no run.
 */
export function segmentsOf(text: string, findings: ReadonlyArray<Finding>): Segment[] {
  const cuts = new Set<number>([0, text.length])
  for (const finding of findings) {
    cuts.add(Math.min(finding.start, text.length))
    cuts.add(Math.min(finding.end, text.length))
  }

  const points = [...cuts].sort((a, b) => a - b)
  const byStart = findings.map((_, index) => index).sort((a, b) => findings[a]!.start - findings[b]!.start)
  const segments: Segment[] = []
  let open: number[] = []
  let next = 0
  for (let index = 0; index + 1 < points.length; index++) {
    const start = points[index]!
    const end = points[index + 1]!
    while (next < byStart.length && findings[byStart[next]!]!.start <= start) open.push(byStart[next++]!)
    // Every end is a cut, so a finding still open past `start` reaches at least `end`.
    open = open.filter((item) => findings[item]!.end > start)
    segments.push({start, end, findings: [...open].sort((a, b) => a - b)})
  }

  return segments
}
