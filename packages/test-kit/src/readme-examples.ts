import {readFileSync} from 'node:fs'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'

/**
 * One example from a README's `## Examples` section.
 */
export interface ReadmeExample {
  /** File name in the heading, such as `ok.txt`. */
  name: string
  /** Options given with ``When configured with `…` ``, if any. */
  config: unknown
  /** Input text. */
  input: string
  /** Expected `String(message)` lines; empty for “No messages.”. */
  output: string[]
}

/**
 * Read the examples of a README written as
 * `##### \`name\``, an optional ``When configured with `json` `` line,
 * `###### In` with a fenced block, and `###### Out` with a fenced block or
 * `No messages.`.
 */
export function readmeExamples(readmePath: string): ReadmeExample[] {
  const doc = readFileSync(readmePath, 'utf8')
  const start = doc.indexOf('\n## Examples')
  if (start === -1) throw new Error(`No \`## Examples\` section in ${readmePath}`)
  const end = doc.indexOf('\n## ', start + 1)
  const section = doc.slice(start, end === -1 ? undefined : end)
  const parts = section.split(/^##### /m).slice(1)
  return parts.map((part) => {
    const name = /^`([^`]+)`/.exec(part)?.[1]
    if (!name) throw new Error(`Example heading without a \`name\` in ${readmePath}`)
    const configText = /When configured with `([^`]+)`/.exec(part)?.[1]
    const input = fenced(part, '###### In', readmePath, name)
    const outIndex = part.indexOf('###### Out')
    if (outIndex === -1) throw new Error(`Example \`${name}\` has no Out in ${readmePath}`)
    const outPart = part.slice(outIndex)
    const output = /^###### Out\s+No messages\./.test(outPart)
      ? []
      : fenced(outPart, '###### Out', readmePath, name).split('\n').filter(Boolean)
    return {name, config: configText === undefined ? undefined : JSON.parse(configText), input, output}
  })
}

function fenced(text: string, heading: string, path: string, name: string): string {
  const index = text.indexOf(heading)
  const match = /```[^\n]*\n([\s\S]*?)\n```/.exec(text.slice(index))
  if (index === -1 || !match || match[1] === undefined) {
    throw new Error(`Example \`${name}\` has no fenced block after ${heading} in ${path}`)
  }
  return match[1]
}

/**
 * Run every README example through `retext-english` and `plugin`, returning
 * what each produced, for a test to compare with what the README says.
 */
export async function checkReadmeExamples(
  readmePath: string,
  plugin: Plugin<[any?], Root>
): Promise<Array<{example: ReadmeExample; actual: string[]; messages: VFile['messages']}>> {
  const results = []
  for (const example of readmeExamples(readmePath)) {
    const file = new VFile({path: example.name, value: example.input})
    await unified()
      .use(retextEnglish)
      .use(plugin, example.config as never)
      .run(unified().use(retextEnglish).parse(file), file)
    results.push({example, actual: file.messages.map(String), messages: file.messages})
  }
  return results
}
