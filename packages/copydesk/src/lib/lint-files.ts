import {VFile} from 'vfile'
import {createProcessor, lintCorpus, lintOne, type LintOptions} from './api.js'
import {releaseTree} from './release-tree.js'

/**
 * Options of `lintFiles`.
 */
export interface LintFilesOptions extends Omit<LintOptions, 'path'> {
  /** Also compare the files with each other as one story package (default: `false`). */
  corpus?: boolean | null | undefined
}

/**
 * Read and lint files from disk (UTF-8; Node.js only). The format of each is
 * chosen from its extension unless `format` is given. Messages come without
 * `ancestors`, so the files do not keep their syntax trees.
 *
 * Rejects with the file system error when a file cannot be read.
 */
export async function lintFiles(paths: ReadonlyArray<string>, options?: LintFilesOptions | null): Promise<VFile[]> {
  // Loaded here, not at the top, so the rest of the library stays usable in a browser.
  const {readFile} = await import('node:fs/promises')
  const texts = await Promise.all(paths.map((path) => readFile(path, 'utf8')))
  if (options?.corpus) {
    return lintCorpus(
      paths.map((path, index) => ({path, value: texts[index]!})),
      options
    )
  }
  // One processor for all: attaching the rules (indexing their options) once, not per file.
  const processor = createProcessor(options)
  const files: VFile[] = []
  for (const [index, path] of paths.entries()) {
    const file = new VFile({path, value: texts[index]!})
    await lintOne(file, options, processor)
    // Kept until the last file is done, the files must not keep their trees.
    releaseTree(file)
    files.push(file)
  }
  return files
}
