import {VFileMessage} from 'vfile-message'

/**
 * A `VFileMessage` as plain data, to cross a worker thread boundary (the
 * structured clone of an `Error` keeps only its message and stack). The
 * syntax tree `ancestors` are left out; a `cause` is kept the same way.
 */
export interface PlainMessage {
  /** Every own field but `ancestors` and `cause`. */
  fields: Record<string, unknown>
  cause?: PlainMessage | {error: string; stack?: string | undefined} | undefined
}

/**
 * `message` as plain data.
 */
export function toPlainMessage(message: VFileMessage): PlainMessage {
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(message)) {
    if (key !== 'ancestors' && key !== 'cause' && value !== undefined) fields[key] = value
  }
  // `stack` is not enumerable on errors.
  if (message.stack !== undefined) fields['stack'] = message.stack
  const plain: PlainMessage = {fields}
  const cause = message.cause
  if (cause instanceof VFileMessage) plain.cause = toPlainMessage(cause)
  else if (cause instanceof Error) plain.cause = {error: cause.message, stack: cause.stack}
  return plain
}

/**
 * A `VFileMessage` from `toPlainMessage` data: the same fields, so it
 * prints and reports as the original.
 */
export function fromPlainMessage(plain: PlainMessage): VFileMessage {
  const message = new VFileMessage(String(plain.fields['reason'] ?? ''))
  Object.assign(message, plain.fields)
  const cause = plain.cause
  if (cause && 'fields' in cause) message.cause = fromPlainMessage(cause)
  else if (cause) message.cause = Object.assign(new Error(cause.error), {stack: cause.stack})
  return message
}
