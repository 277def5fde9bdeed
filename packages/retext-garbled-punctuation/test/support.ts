import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextGarbledPunctuation, {type Options} from '../src/index.js'

/** Lint `value` (plain text) with the rule and `options`. */
export async function lint(value: string, options?: Options | null, path?: string): Promise<VFile> {
  const file = new VFile(path === undefined ? {value} : {path, value})
  const processor = unified().use(retextEnglish).use(retextGarbledPunctuation, options)
  const tree: Root = processor.parse(file)
  await processor.run(tree, file)
  return file
}

/** `String(message)` of each message, with its `actual` and `expected`. */
export async function findings(value: string, options?: Options | null): Promise<Array<[string, string | undefined, ReadonlyArray<string> | undefined]>> {
  const file = await lint(value, options)
  return file.messages.map((message) => [String(message), message.actual, message.expected])
}
