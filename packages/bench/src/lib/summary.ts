/** One target of the benchmark and what this run measured for it. */
export interface Check {
  /** What is measured, as the summary table names it. */
  name: string
  /** The target, in words: `<= 2.00×`. */
  target: string
  /** The value measured, formatted; `not run` when the stage did not run. */
  measured: string
  /** `PASS`, `FAIL`, or `SKIP` when the stage did not run (`--quick`) or failed. */
  verdict: 'PASS' | 'FAIL' | 'SKIP'
}

/**
 * A check of `value` against an upper bound (`value <= limit` passes); an
 * `undefined` value (stage not run, or crashed) is skipped.
 */
export function atMost(name: string, value: number | undefined, limit: number, unit: string, digits = 2): Check {
  const format = (number: number) => number.toFixed(digits) + unit
  if (value === undefined || Number.isNaN(value)) return {name, target: '<= ' + format(limit), measured: 'not run', verdict: 'SKIP'}
  return {name, target: '<= ' + format(limit), measured: format(value), verdict: value <= limit ? 'PASS' : 'FAIL'}
}

/** Rows as a plain-text table: columns padded to their widest cell, a rule under the header. */
export function table(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => (row[index] ?? '').length)))
  const line = (cells: ReadonlyArray<string>) =>
    cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ').trimEnd()
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

/** Megabytes per second of `characters` (about bytes) in `ms` milliseconds. */
export function throughput(characters: number, ms: number): number {
  return characters / 1_000_000 / (ms / 1000)
}
