/**
 * The room server alone in a child process, on 127.0.0.1, so the bench can read its memory at a given
 * number of connections. Prints `port token` when listening; answers `mem` on stdin with its RSS.
 */
import { createInterface } from 'node:readline'
import { startRoomServer } from '../../src/main/room/server'

async function main(): Promise<void> {
  const token = 'BenchTokenBenchTokenBenc'
  const server = await startRoomServer({
    host: '127.0.0.1',
    port: 0,
    token,
    assets: { html: '<!doctype html><title>Phone</title>', js: '', css: '' },
    events: { joined: () => undefined, message: () => undefined, phones: () => undefined }
  })
  console.log(`${server.port} ${token}`)
  const lines = createInterface({ input: process.stdin })
  lines.on('line', (line) => {
    if (line === 'mem') console.log(String(process.memoryUsage().rss))
  })
  lines.on('close', () => void server.close().then(() => process.exit(0)))
}

void main()
