import {copydesk, parseCopy, type CopydeskSettings} from 'copydesk'
import type {Root} from 'nlcst'
import {unified, type Plugin, type Processor} from 'unified'

// The bytes were checked (binary, UTF-8) where the file was read, so this
// parser only parses.
const parse: Plugin<[], string, Root> = function () {
  this.parser = parseCopy
}

/** One processor per configuration, so knowledge is loaded once per thread. */
const processors = new Map<string, Processor<Root, Root, Root>>()

/**
 * The preset's processor for `settings` (copydesk settings as JSON), made
 * once per thread and configuration.
 */
export function presetProcessor(settings: string): Processor<Root, Root, Root> {
  let processor = processors.get(settings)
  if (!processor) {
    processor = unified()
      .use(parse)
      .use(copydesk, JSON.parse(settings) as CopydeskSettings)
      .freeze() as unknown as Processor<Root, Root, Root>
    processors.set(settings, processor)
  }
  return processor
}
