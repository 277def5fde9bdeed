import type {FileSet} from 'unified-engine'

/** Progress is shown only for runs of more files than this. */
export const progressThreshold = 20

const watched = new WeakSet<FileSet>()

/**
 * Engine plugin that writes `checked n/total files` to `stream` (a
 * terminal) as files finish, on runs of more than `progressThreshold` files,
 * and clears the line when the last one is done.
 */
export function progress(stream: NodeJS.WritableStream, fileSet?: FileSet): undefined {
  if (!fileSet || watched.has(fileSet)) return
  watched.add(fileSet)
  let done = 0
  fileSet.on('one', () => {
    done++
    const total = fileSet.valueOf().length
    if (total <= progressThreshold) return
    stream.write(done >= total ? '\r\u001B[K' : `\rcopydesk: checked ${done}/${total} files`)
  })
}
