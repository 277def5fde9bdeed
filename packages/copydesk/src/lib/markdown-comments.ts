import type {Nodes, Parents, Root} from 'mdast'

/**
 * An HTML node of a Markdown document that may hold copydesk directives,
 * with the block a `copydesk-ignore-next` in it covers.
 */
export interface MarkdownComment {
  /** Source of the HTML node. */
  value: string
  /** Offset of the node in the document. */
  start: number
  /** Offset just after the node. */
  end: number
  /** Span of the next block (paragraph, heading, list, quote…) after the block holding the node, if any. */
  next?: {start: number; end: number} | undefined
}

declare module 'vfile' {
  interface DataMap {
    /**
     * HTML nodes of a Markdown document that mention `copydesk-` (set by the
     * copydesk parser for Markdown, empty when there are none), read by the
     * inline controls.
     */
    copydeskComments?: MarkdownComment[]
  }
}

/** Nodes whose children are blocks: a comment directly inside one is a block itself. */
const flowParents = new Set(['root', 'blockquote', 'listItem', 'list', 'footnoteDefinition'])

/**
 * The HTML nodes of `tree` that mention `copydesk-`, in document order,
 * each with the block after it. The walk keeps its own stack, so deeply
 * nested Markdown cannot overflow the call stack.
 */
export function collectComments(tree: Root): MarkdownComment[] {
  const found: MarkdownComment[] = []
  // Each frame: a parent and the index of its child being visited next.
  const frames: Array<{parent: Parents; index: number}> = [{parent: tree, index: 0}]
  while (frames.length > 0) {
    const frame = frames.at(-1)!
    const node = frame.parent.children[frame.index++] as Nodes | undefined
    if (!node) {
      frames.pop()
    } else if (node.type === 'html') {
      const position = node.position
      if (position?.start.offset !== undefined && position.end.offset !== undefined && node.value.includes('copydesk-')) {
        const comment: MarkdownComment = {value: node.value, start: position.start.offset, end: position.end.offset}
        const next = nextBlock(frames)
        if (next) comment.next = next
        found.push(comment)
      }
    } else if ('children' in node) {
      frames.push({parent: node, index: 0})
    }
  }
  return found
}

/**
 * The block after the one holding the node just visited in `frames`: climb
 * out of inline content (a comment inside a paragraph belongs to that
 * paragraph), then to the first ancestor that has a next sibling. Comments
 * in between are passed over, so stacked directives all cover the block
 * after them.
 */
function nextBlock(frames: ReadonlyArray<{parent: Parents; index: number}>): {start: number; end: number} | undefined {
  let depth = frames.length - 1
  while (depth > 0 && !flowParents.has(frames[depth]!.parent.type)) depth--
  for (; depth >= 0; depth--) {
    const {parent, index: after} = frames[depth]!
    const siblings = parent.children as Nodes[]
    let index = after
    while (isComment(siblings[index])) index++
    const start = siblings[index]?.position?.start.offset
    const end = siblings[index]?.position?.end.offset
    if (start !== undefined && end !== undefined) return {start, end}
  }
  return undefined
}

function isComment(node: Nodes | undefined): boolean {
  return node?.type === 'html' && node.value.trimStart().startsWith('<!--')
}
