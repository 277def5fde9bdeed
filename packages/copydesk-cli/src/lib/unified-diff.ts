import {formatPatch, structuredPatch} from 'diff'

/**
 * A unified diff of one file, as `git diff` writes it: `--- a/path`,
 * `+++ b/path`, then hunks with three lines of context. `path` uses `/`
 * between folders, so the diff applies with `git apply` or `patch -p1`
 * from the folder it is relative to. Empty when the texts are equal.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return ''
  const name = path.split('\\').join('/')
  const patch = structuredPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {context: 3})
  // jsdiff opens with a line of `=`; git's format has none.
  return formatPatch(patch).replace(/^=+\n/, '')
}
