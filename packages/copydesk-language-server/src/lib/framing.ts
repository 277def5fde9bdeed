/**
 * Frame one JSON-RPC message the way the language server protocol's base
 * protocol does: a `Content-Length` header counting UTF-8 bytes, a blank
 * line, then the JSON body.
 */
export function encodeMessage(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8')
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body])
}

const separator = Buffer.from('\r\n\r\n', 'ascii')
const contentLength = /^content-length: *(\d+) *$/im

/**
 * Collect chunks of a byte stream and give back each complete message. A
 * stream splits messages anywhere (inside the header, inside a multi-byte
 * character), so bytes are kept until a whole body has arrived.
 */
export class MessageDecoder {
  #pending: Buffer = Buffer.alloc(0)

  /**
   * Add `chunk` and return the messages it completes, in order.
   * Throws a `SyntaxError` for a header without `Content-Length` or a body
   * that is not JSON, since the stream cannot be resynchronised after that.
   */
  push(chunk: Uint8Array): unknown[] {
    this.#pending = this.#pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.#pending, chunk])
    const messages: unknown[] = []
    for (;;) {
      const end = this.#pending.indexOf(separator)
      if (end === -1) break
      const header = this.#pending.subarray(0, end).toString('ascii')
      const match = contentLength.exec(header)
      if (!match) throw new SyntaxError(`Unexpected header \`${header}\`, expected \`Content-Length: <bytes>\``)
      const start = end + separator.length
      const length = Number(match[1])
      if (this.#pending.length < start + length) break
      const body = this.#pending.subarray(start, start + length).toString('utf8')
      this.#pending = this.#pending.subarray(start + length)
      messages.push(JSON.parse(body))
    }
    return messages
  }

  /** Bytes received but not yet part of a complete message. */
  get buffered(): number {
    return this.#pending.length
  }
}
