import { request } from 'node:http'
import { WebSocket } from 'ws'
import { adoptSnapshot, follow } from '../../../src/shared/live/follow'
import type { LiveCopy } from '../../../src/shared/live/follow'
import type { AttendeeView, PhoneMessage, ServerMessage } from '../../../src/shared/room/protocol'
import type { RoomServerLimits } from '../../../src/main/room/limits'
import { startRoomServer } from '../../../src/main/room/server'
import type { RoomServer } from '../../../src/main/room/server'

export const TEST_ASSETS = {
  html: '<!doctype html><title>Phone</title><script type="module" src="./phone.js"></script>',
  js: 'console.log("phone")',
  css: 'body{}'
}

/** A room server on 127.0.0.1 with every event it reports recorded. */
export async function startTestRoom(limits: Partial<RoomServerLimits> = {}) {
  const joined: string[] = []
  const messages: Array<{ deviceId: string; message: PhoneMessage }> = []
  const phoneCounts: number[] = []
  const token = 'T0kenT0kenT0kenT0kenT0ke'
  const server: RoomServer = await startRoomServer({
    host: '127.0.0.1',
    port: 0,
    token,
    assets: TEST_ASSETS,
    limits,
    events: {
      joined: (deviceId) => joined.push(deviceId),
      message: (deviceId, message) => messages.push({ deviceId, message }),
      phones: (count) => phoneCounts.push(count)
    }
  })
  const authority = `127.0.0.1:${server.port}`
  return { server, token, authority, joined, messages, phoneCounts }
}

export interface HttpAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** One GET to the server on loopback, with the headers given (Host defaults to the server's). */
export function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<HttpAnswer>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'GET', headers, timeout: 5_000 },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    req.end()
  })
}

/** A phone's socket: records what the server sends and how it closed. */
export interface TestPhone {
  socket: WebSocket
  received: ServerMessage[]
  /** The attendee view as the phone page holds it: the last snapshot with its patches applied. */
  view(): AttendeeView | null
  /** Whether the room asks for names (its last `room` message). */
  askNames(): boolean
  closed: Promise<number>
  send(message: PhoneMessage | string): void
  /** Resolves with the first message (already received or coming) that matches. */
  next(match: (m: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>
}

/** Connects like the phone page does; rejects with the HTTP status when the upgrade is refused. */
export function connectPhone(
  port: number,
  token: string,
  deviceId: string,
  options: { origin?: string | null; host?: string; autoPong?: boolean } = {}
): Promise<TestPhone> {
  const authority = `127.0.0.1:${port}`
  const origin = options.origin === undefined ? `http://${authority}` : options.origin
  const headers: Record<string, string> = {}
  if (options.host) headers['host'] = options.host
  const socket = new WebSocket(`ws://${authority}/j/${token}/ws?device=${deviceId}`, {
    ...(origin === null ? {} : { origin }),
    headers,
    autoPong: options.autoPong ?? true
  })
  const received: ServerMessage[] = []
  const waiters: Array<{
    match: (m: ServerMessage) => boolean
    resolve: (m: ServerMessage) => void
  }> = []
  let copy: LiveCopy<AttendeeView> | null = null
  let askNames = false
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString('utf8')) as ServerMessage
    received.push(message)
    // As the phone page does: a snapshot, then each patch in order; a gap asks for the view again.
    if (message.t === 'view') copy = adoptSnapshot(copy, message.snapshot)
    if (message.t === 'room') askNames = message.askNames
    if (message.t === 'patch') {
      const followed = follow(copy, message.patch)
      if (followed.kind === 'applied') copy = followed.copy
      if (followed.kind === 'gap') socket.send(JSON.stringify({ t: 'resync' }))
    }
    for (const waiter of [...waiters]) {
      if (waiter.match(message)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(message)
      }
    }
  })
  const closed = new Promise<number>((resolve) =>
    socket.on('close', (code: number) => resolve(code))
  )
  const phone: TestPhone = {
    socket,
    received,
    view: () => copy?.view ?? null,
    askNames: () => askNames,
    closed,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next: (match, timeoutMs = 5_000) => {
      const already = received.find(match)
      if (already) return Promise.resolve(already)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching message')), timeoutMs)
        waiters.push({
          match,
          resolve: (m) => {
            clearTimeout(timer)
            resolve(m)
          }
        })
      })
    }
  }
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(phone))
    socket.once('unexpected-response', (_req, res) => {
      reject(new Error(`HTTP ${res.statusCode}`))
      socket.terminate()
    })
    socket.once('error', reject)
  })
}

/** Waits (bounded) until a condition holds. */
export async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 10))
  }
}

export const deviceId = (n: number): string => `device-${String(n).padStart(12, '0')}`
