import type {VFile} from 'vfile'

/**
 * Let go of what ties a linted file to its syntax tree, for callers that
 * keep many files until the last is done (`lintFiles`, the command line):
 * each message's `ancestors` (the nodes above the finding, the tree's root
 * among them) and the mentions the rules shared. What a report, `--fix` and
 * the checks across files read stays: reasons, places, `actual`,
 * `expected`, and the rules' data, which holds positions, not nodes.
 */
export function releaseTree(file: VFile): void {
  for (const message of file.messages) message.ancestors = undefined
  delete (file.data as Record<string, unknown>)['copydeskMentions']
}
