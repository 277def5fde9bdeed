import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextNameSpelling, {type Options} from '../src/index.js'

/** Lint `value` with the rule; returns the file. */
export async function lint(value: string, options?: Options | null, path?: string): Promise<VFile> {
  const file = new VFile(path ? {value, path} : {value})
  const processor = unified().use(retextEnglish).use(retextNameSpelling, options)
  await processor.run(processor.parse(file), file)
  return file
}

/** The messages of linting `value`, as reporters print them. */
export async function findings(value: string, options?: Options | null): Promise<string[]> {
  return (await lint(value, options)).messages.map(String)
}
