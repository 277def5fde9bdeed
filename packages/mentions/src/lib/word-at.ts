import type {Parent, Root, Sentence, Word} from 'nlcst'

/**
 * The word starting at `offset` and the sentence holding it, found by
 * descending from the root through the children whose span holds the offset
 * (binary search where every child has a position). Rules call it once per
 * finding: walking the whole tree for a handful of findings would cost more
 * than finding them.
 */
export function wordAt(tree: Root, offset: number): [Sentence, Word] | undefined {
  return descend(tree, offset)
}

function descend(parent: Parent, offset: number): [Sentence, Word] | undefined {
  const children = parent.children
  const index = childAt(children, offset)
  if (index === none) return undefined
  if (parent.type === 'SentenceNode') {
    if (index !== unknown) {
      const child = children[index]!
      if (child.type === 'WordNode' && child.position?.start.offset === offset) return [parent as Sentence, child]
      return undefined
    }

    // A child without a position: look at each word.
    for (const child of children) {
      if (child.type === 'WordNode' && child.position?.start.offset === offset) return [parent as Sentence, child]
    }

    return undefined
  }

  if (index !== unknown) {
    const child = children[index]!
    return 'children' in child ? descend(child, offset) : undefined
  }

  let found: [Sentence, Word] | undefined
  for (const child of children) {
    if (!('children' in child)) continue
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start !== undefined && end !== undefined && (offset < start || offset >= end)) continue
    // The last match wins, as a walk in document order would leave it.
    found = descend(child, offset) ?? found
  }

  return found
}

/** No child holds the offset. */
const none = -2
/** A child has no position: every child must be looked at. */
const unknown = -1

/** Index of the child whose span holds `offset`, or `none`, or `unknown`. */
function childAt(children: Parent['children'], offset: number): number {
  let low = 0
  let high = children.length - 1
  let found = none
  while (low <= high) {
    const middle = (low + high) >> 1
    const position = children[middle]!.position
    const start = position?.start.offset
    const end = position?.end.offset
    if (start === undefined || end === undefined) return unknown
    if (offset < start) high = middle - 1
    else if (offset >= end) low = middle + 1
    else {
      found = middle
      break
    }
  }

  return found
}
