import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'

type ParagraphPlugin = (node: Paragraph) => undefined | void

/**
 * parse-latin's paragraph plugin that breaks a sentence at white space
 * holding two or more line breaks, doing the same to the same tree.
 *
 * The stock plugin splits every white-space node of every sentence with a
 * regular expression to count its line breaks: about 30 MB of arrays and
 * strings per megabyte of text, nearly all for single spaces. This one counts
 * the breaks in place (CRLF, lone CR and lone LF, as that expression does)
 * and otherwise cuts exactly where and how the stock plugin cuts.
 */
export function breakImplicitSentences(paragraph: Paragraph): undefined {
  const siblings = paragraph.children
  // The length is read afresh on each turn: a cut adds two siblings, and the
  // new sentence after the cut is looked at in its turn, as parse-latin's
  // iteration does.
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!
    if (child.type !== 'SentenceNode') continue
    const children = child.children
    // The first and last children never break a sentence.
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]!
      if (node.type !== 'WhiteSpaceNode' || !breaksTwice(node)) continue

      child.children = children.slice(0, position)
      const insertion: Sentence = {type: 'SentenceNode', children: children.slice(position + 1)}
      const tail = children[position - 1]!
      const head = children[position + 1]!
      siblings.splice(index + 1, 0, node, insertion)
      if (child.position && tail.position && head.position) {
        const end = child.position.end
        child.position.end = tail.position.end
        insertion.position = {start: head.position.start, end}
      }

      // The white space just added is passed over; the new sentence is next.
      index++
      break
    }
  }
  return undefined
}

/** Whether white space holds two line breaks or more. */
function breaksTwice(node: SentenceContent): boolean {
  const value = 'value' in node ? node.value : toString(node)
  let breaks = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 0x0d) {
      if (value.charCodeAt(index + 1) === 0x0a) index++
    } else if (code !== 0x0a) {
      continue
    }
    if (++breaks === 2) return true
  }
  return false
}

/**
 * parse-english's paragraph plugins with the stock `breakImplicitSentences`
 * (which parse-latin does not export) swapped for the one above. It is the
 * only plugin that breaks a sentence at a blank line, which is how it is
 * found; should none or several do so (another parse-latin), the list is
 * left as it is.
 */
export function paragraphPlugins(): ParagraphPlugin[] {
  const plugins = [...ParseEnglish.prototype.tokenizeParagraphPlugins]
  const parser = new ParseEnglish()
  const breakers = plugins.flatMap((plugin, index) => {
    const probe: Paragraph = {type: 'ParagraphNode', children: [parser.tokenizeSentence('One\n\nTwo')]}
    plugin(probe)
    return probe.children.length === 3 && probe.children[2]?.type === 'SentenceNode' ? [index] : []
  })
  if (breakers.length === 1) plugins[breakers[0]!] = breakImplicitSentences
  return plugins
}
