import {fromMarkdown} from 'mdast-util-from-markdown'
import {toNlcst} from 'mdast-util-to-nlcst'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextScrapeResidue, {type Options} from '@copydesk/retext-scrape-residue'

/** Lint plain text with the rule; the file has no path, so messages print as `line:column-…`. */
export async function lint(value: string, options?: Options | null): Promise<VFile> {
  const file = new VFile({value})
  const processor = unified().use(retextEnglish).use(retextScrapeResidue, options)
  await processor.run(processor.parse(file), file)
  return file
}

/** Lint Markdown converted to nlcst, as copydesk does for `.md` files. */
export async function lintMarkdown(value: string, options?: Options | null): Promise<VFile> {
  const file = new VFile({value, path: 'story.md'})
  const tree = toNlcst(fromMarkdown(value), file, ParseEnglish) as Root
  await unified().use(retextScrapeResidue, options).run(tree, file)
  return file
}

/** Lint a tree with the rule (for trees built by hand). */
export async function lintTree(tree: Root, value: string): Promise<VFile> {
  const file = new VFile({value})
  await unified().use(retextScrapeResidue).run(tree, file)
  return file
}

/** Messages as `String(message)` lines. */
export async function report(value: string, options?: Options | null): Promise<string[]> {
  return (await lint(value, options)).messages.map(String)
}
