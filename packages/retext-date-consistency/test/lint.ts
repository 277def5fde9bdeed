import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextDateConsistency, {type Options} from '../src/index.js'

/**
 * Run the rule on `text` (retext-english, as the CLI does for `.txt`).
 */
export async function lint(text: string, options?: Options, path?: string): Promise<VFile> {
  const file = new VFile(path === undefined ? {value: text} : {value: text, path})
  const processor = unified().use(retextEnglish).use(retextDateConsistency, options)
  const tree = processor.parse(file) as Root
  await processor.run(tree, file)
  return file
}

/**
 * The findings as `line:column-line:column: reason` strings.
 */
export async function findings(text: string, options?: Options): Promise<string[]> {
  return (await lint(text, options)).messages.map(String)
}
