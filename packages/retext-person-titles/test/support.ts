import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile, type Data} from 'vfile'
import retextPersonTitles, {type Options} from '../src/index.js'

/** Lint `value` with the rule; returns the file. */
export async function lint(value: string, options?: Options | null, path?: string, data?: Data): Promise<VFile> {
  return lintWith(value, options, path, data)
}

/** Lint `value` with the rule configured as `unified-lint-rule` takes it: options or `[severity, options]`. */
export async function lintWith(
  value: string,
  config: Options | [string, Options?] | null | undefined,
  path?: string,
  data?: Data
): Promise<VFile> {
  const file = new VFile(path ? {value, path} : {value})
  if (data) Object.assign(file.data, data)
  const processor = unified().use(retextEnglish).use(retextPersonTitles, config as Options)
  await processor.run(processor.parse(file), file)
  return file
}

/** The messages of linting `value`, as reporters print them. */
export async function findings(value: string, options?: Options | null): Promise<string[]> {
  return (await lint(value, options)).messages.map(String)
}
