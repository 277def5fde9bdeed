import {readFile} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname, join, normalize, sep} from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml'
}

/** A running static server and its address. */
export interface StaticServer {
  url: string
  close(): Promise<void>
}

/**
 * Serve `folder` on 127.0.0.1 at a free port: GET only, no listing, nothing
 * outside the folder, `index.html` for `/`.
 */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const root = normalize(folder + sep)
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path))
    if (request.method !== 'GET' || !file.startsWith(root)) {
      response.writeHead(request.method === 'GET' ? 403 : 405).end()
      return
    }

    readFile(file).then(
      (body) => {
        response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'}).end(body)
      },
      () => {
        response.writeHead(404).end()
      }
    )
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const {port} = server.address() as AddressInfo
  return {
    url: 'http://127.0.0.1:' + String(port) + '/',
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
