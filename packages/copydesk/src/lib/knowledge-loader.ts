import {loadKnowledge, type Knowledge} from '@copydesk/knowledge'

const cache = new Map<string, Knowledge>()

/**
 * Load the bundled knowledge with newsroom style sheets merged over it, once
 * per list of sheets (the engine attaches the preset once per file). A bad
 * sheet throws the knowledge package's `StyleSheetError`, naming the file,
 * line and field.
 */
export function loadSheets(sheets: ReadonlyArray<string>): Knowledge {
  const key = JSON.stringify(sheets)
  let knowledge = cache.get(key)
  if (!knowledge) {
    knowledge = loadKnowledge({sheets})
    cache.set(key, knowledge)
  }
  return knowledge
}
