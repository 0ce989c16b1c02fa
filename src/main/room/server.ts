import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer } from 'ws'
import type { RawData } from 'ws'
import { deviceIdSchema, phoneMessageSchema } from '../../shared/room/messageSchema'
import type { PhoneErrorCode, PhoneMessage, ServerMessage } from '../../shared/room/protocol'
import { fullBucket, takeToken } from '../../shared/room/tokenBucket'
import type { TokenBucket } from '../../shared/room/tokenBucket'
import { DEFAULT_ROOM_LIMITS } from './limits'
import type { RoomServerLimits } from './limits'
import type { PhoneAssets } from './phoneAssets'
import { hostAndOriginOk, parseRoomPath, phonePageCsp, roomAuthority } from './requestChecks'

/** What the room server tells its owner (the bridge in main, through the utility process). */
export interface RoomServerEvents {
  /** A phone connected: a new one, or one reconnecting with its device id. */
  joined(deviceId: string): void
  /** A phone sent a well-formed message within its rate. */
  message(deviceId: string, message: PhoneMessage): void
  /** How many phones are connected now. */
  phones(count: number): void
}

export interface RoomServerOptions {
  /** The one address to listen on (a LAN address in the app, 127.0.0.1 in tests). */
  host: string
  /** 0 picks a random free port. */
  port: number
  /** The session token (≥ 128 bits, URL-safe); every request and upgrade must carry it. */
  token: string
  assets: PhoneAssets
  events: RoomServerEvents
  limits?: Partial<RoomServerLimits>
  nowMs?: () => number
}

export interface RoomServer {
  port: number
  /** The address phones open: `http://<host>:<port>/j/<token>/`. */
  url: string
  send(deviceId: string, message: ServerMessage): void
  broadcast(message: ServerMessage): void
  /** A locked room refuses phones it has not seen in this session; phones already in stay. */
  setLocked(locked: boolean): void
  /** Closes every connection and stops listening. */
  close(): Promise<void>
}

interface Phone {
  deviceId: string
  socket: WebSocket
  alive: boolean
}

/** Codes a phone page reads to explain why its connection closed. */
export const CLOSE_CODES = { replaced: 4000, refused: 4003, flood: 4008, tooBig: 1009 } as const
/** A phone that cannot keep up with what it is sent is dropped rather than buffered without end. */
const MAX_BUFFERED_BYTES = 1 << 20

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  // The token is in the address: never send it on to anyone.
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin'
}

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
}

/**
 * The room's HTTP + WebSocket server: serves the phone page and carries phone messages, and nothing
 * else. It owns transport safety (token, Host/Origin, message size, rate, connection cap, idle
 * timeouts); what a message means is decided by its owner. Plain Node: the Electron utility process
 * wraps it, and tests run it on 127.0.0.1.
 */
export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const limits = { ...DEFAULT_ROOM_LIMITS, ...options.limits }
  const nowMs = options.nowMs ?? Date.now
  const { token, assets, events } = options
  const phones = new Map<WebSocket, Phone>()
  const byDevice = new Map<string, Phone>()
  /** Devices seen in this session: they may come back while the room is locked. */
  const known = new Set<string>()
  const buckets = new Map<string, TokenBucket>()
  const strikes = new Map<string, number>()
  let locked = false
  let authority = ''

  const http = createServer({
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout: limits.requestTimeoutMs
  })
  http.keepAliveTimeout = 5_000
  http.maxRequestsPerSocket = 100
  // Sockets beyond the WebSocket cap plus room for page loads are refused by the kernel-side accept.
  http.maxConnections = limits.maxConnections + 64

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    perMessageDeflate: false,
    clientTracking: false
  })

  const answer = (res: ServerResponse, status: number, body = '', type = 'text/plain'): void => {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'content-type': `${type}; charset=utf-8`,
      'content-length': Buffer.byteLength(body)
    })
    res.end(body)
  }

  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!hostAndOriginOk(req, authority, false)) return answer(res, 421, 'Wrong address.')
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'Not allowed.')
    // Browsers ask for an icon on their own: answer with nothing rather than a logged 404.
    if (req.url === '/favicon.ico') return answer(res, 204)
    const path = parseRoomPath(req.url, token)
    switch (path.kind) {
      case 'badToken':
        return answer(res, 403, 'This room link is not valid any more.')
      case 'redirect':
        res.writeHead(308, { ...SECURITY_HEADERS, location: `/j/${token}/`, 'content-length': 0 })
        return void res.end()
      case 'page':
        res.setHeader('content-security-policy', phonePageCsp(authority))
        return answer(res, 200, assets.html, 'text/html')
      case 'asset':
        return path.name === 'phone.js'
          ? answer(res, 200, assets.js, 'text/javascript')
          : answer(res, 200, assets.css, 'text/css')
      default:
        return answer(res, 404, 'Not found.')
    }
  })

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!hostAndOriginOk(req, authority, true)) return refuseUpgrade(socket, 403, 'Forbidden')
    const path = parseRoomPath(req.url, token)
    if (path.kind !== 'socket') return refuseUpgrade(socket, 403, 'Forbidden')
    const device = deviceIdSchema.safeParse(
      new URL(req.url ?? '/', 'http://room.invalid').searchParams.get('device')
    )
    if (!device.success) return refuseUpgrade(socket, 400, 'Bad Request')
    if (phones.size >= limits.maxConnections) return refuseUpgrade(socket, 503, 'Room Full')
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, device.data))
  })

  const sendTo = (ws: WebSocket, data: string): void => {
    if (ws.readyState !== WebSocket.OPEN) return
    if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return ws.terminate()
    ws.send(data)
  }

  function accept(ws: WebSocket, deviceId: string): void {
    if (locked && !known.has(deviceId)) {
      sendTo(ws, JSON.stringify({ t: 'refused', code: 'locked' } satisfies ServerMessage))
      return ws.close(CLOSE_CODES.refused, 'locked')
    }
    // One connection per phone: a reconnect replaces the old one.
    const previous = byDevice.get(deviceId)
    if (previous) {
      phones.delete(previous.socket)
      previous.socket.close(CLOSE_CODES.replaced, 'replaced')
    }
    const phone: Phone = { deviceId, socket: ws, alive: true }
    phones.set(ws, phone)
    byDevice.set(deviceId, phone)
    known.add(deviceId)
    ws.on('pong', () => (phone.alive = true))
    ws.on('message', (data: RawData, isBinary: boolean) => receive(phone, data, isBinary))
    ws.on('error', () => ws.terminate())
    ws.on('close', () => {
      if (phones.delete(ws)) {
        if (byDevice.get(deviceId) === phone) byDevice.delete(deviceId)
        events.phones(phones.size)
      }
    })
    events.phones(phones.size)
    events.joined(deviceId)
  }

  function receive(phone: Phone, data: RawData, isBinary: boolean): void {
    phone.alive = true
    const { deviceId, socket } = phone
    const attempt = takeToken(
      buckets.get(deviceId) ?? fullBucket(limits.rate, nowMs()),
      limits.rate,
      nowMs()
    )
    buckets.set(deviceId, attempt.bucket)
    if (!attempt.allowed) {
      const count = (strikes.get(deviceId) ?? 0) + 1
      strikes.set(deviceId, count)
      if (count >= limits.floodDisconnectAfter) return socket.close(CLOSE_CODES.flood, 'flood')
      // One explanation per burst, not one per message: a flood must not be answered with a flood.
      if (count === 1) sendError(socket, 'rate')
      return
    }
    strikes.delete(deviceId)
    let parsed: unknown
    try {
      if (isBinary) throw new Error('binary')
      parsed = JSON.parse(rawText(data))
    } catch {
      return sendError(socket, 'unreadable')
    }
    const message = phoneMessageSchema.safeParse(parsed)
    if (!message.success) return sendError(socket, 'unreadable')
    events.message(deviceId, message.data)
  }

  const sendError = (ws: WebSocket, code: PhoneErrorCode): void =>
    sendTo(ws, JSON.stringify({ t: 'error', code } satisfies ServerMessage))

  // Dead or silent phones (no pong for a whole period) are closed.
  const heartbeat = setInterval(
    () => {
      for (const phone of phones.values()) {
        if (!phone.alive) {
          phone.socket.terminate()
          continue
        }
        phone.alive = false
        phone.socket.ping()
      }
    },
    Math.max(50, limits.idleMs / 2)
  )
  heartbeat.unref()

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject)
    http.listen({ host: options.host, port: options.port, exclusive: true }, () => {
      http.off('error', reject)
      resolve()
    })
  })
  const address = http.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  authority = roomAuthority(options.host, port)

  return {
    port,
    url: `http://${authority}/j/${token}/`,
    send(deviceId, message) {
      const phone = byDevice.get(deviceId)
      if (phone) sendTo(phone.socket, JSON.stringify(message))
    },
    broadcast(message) {
      const data = JSON.stringify(message)
      for (const ws of phones.keys()) sendTo(ws, data)
    },
    setLocked(value) {
      locked = value
    },
    async close() {
      clearInterval(heartbeat)
      for (const ws of phones.keys()) ws.terminate()
      phones.clear()
      byDevice.clear()
      await new Promise<void>((resolve) => {
        http.close(() => resolve())
        http.closeAllConnections()
      })
    }
  }
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8')
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8')
  return data.toString('utf8')
}
