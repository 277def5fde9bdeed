import type {VFile} from 'vfile'
import type {DatedEvent, DatedEvents} from './events.js'

/**
 * What the check across files needs of one linted file, as JSON-ready data
 * (the dated events it left on `file.data`), so files linted elsewhere
 * (another worker thread, another shard) can be compared; `undefined` when
 * the rule left nothing.
 */
export function corpusDataToJSON(file: VFile): DatedEvents | undefined {
  return file.data.copydeskDatedEvents
}

/**
 * Put data made by `corpusDataToJSON` back on `file`. Throws a `TypeError`
 * saying what is wrong when `data` is not in that shape.
 */
export function corpusDataFromJSON(file: VFile, data: unknown): void {
  const record = data as {events?: unknown; rescheduled?: unknown} | null
  if (!Array.isArray(record?.events) || !Array.isArray(record.rescheduled)) {
    throw new TypeError('expected an object with `events` and `rescheduled` lists')
  }
  if (!record.rescheduled.every((lemma) => typeof lemma === 'string')) throw new TypeError('expected `rescheduled` to list words')
  for (const [index, event] of (record.events as Array<Partial<Record<keyof DatedEvent, unknown>> | null>).entries()) {
    const place = event?.place as DatedEvent['place'] | undefined
    const day = event?.day as DatedEvent['day'] | undefined
    const ok =
      typeof event?.lemma === 'string' &&
      typeof event.actual === 'string' &&
      typeof event.sentence === 'number' &&
      Array.isArray(event.descriptor) &&
      typeof day?.text === 'string' &&
      typeof place?.start?.line === 'number' &&
      typeof place.end?.line === 'number'
    if (!ok) throw new TypeError(`event ${index + 1} is not a dated event (lemma, actual, sentence, descriptor, day, place)`)
  }
  file.data.copydeskDatedEvents = data as DatedEvents
}
