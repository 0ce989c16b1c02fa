import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf'
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>/` */
  url: string
  close(): Promise<void>
}

/**
 * Serves a built folder on the loopback interface at a random port. Module scripts do not load from
 * `file://` in a plain browser, so the built renderer is served over HTTP in tests.
 */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const root = resolve(folder)
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
      // Browsers ask for a favicon on their own; the app has none (Electron never asks).
      if (pathname === '/favicon.ico') {
        response.writeHead(204).end()
        return
      }
      const file = resolve(join(root, pathname === '/' ? 'index.html' : pathname))
      // Refuse anything outside the served folder (../ tricks).
      if (file !== root && !file.startsWith(root + sep)) {
        response.writeHead(403).end()
        return
      }
      const info = await stat(file).catch(() => null)
      if (!info?.isFile()) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-store'
      })
      createReadStream(file).pipe(response)
    })().catch(() => response.writeHead(500).end())
  })
  await new Promise<void>((done, failed) => {
    server.once('error', failed)
    server.listen(0, '127.0.0.1', done)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}
