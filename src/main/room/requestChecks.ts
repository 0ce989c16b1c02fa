import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** The room's address as the Host header and Origin must name it (IPv6 in brackets). */
export function roomAuthority(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`
}

/** Compares a token from a URL with the session's in constant time. */
export function tokenMatches(candidate: string, token: string): boolean {
  const a = Buffer.from(candidate)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * DNS rebinding defence: a page on another site that resolves its own name to this address still sends
 * its own Host and Origin. Only requests naming this exact address and port are served; an Origin,
 * when present (always on a WebSocket from a browser), must be this server's.
 */
export function hostAndOriginOk(
  req: IncomingMessage,
  authority: string,
  originRequired: boolean
): boolean {
  if (req.headers.host !== authority) return false
  const origin = req.headers.origin
  if (origin === undefined) return !originRequired
  return origin === `http://${authority}`
}

export type RoomPath =
  | { kind: 'page' }
  | { kind: 'asset'; name: 'phone.js' | 'phone.css' }
  | { kind: 'socket' }
  | { kind: 'redirect' }
  | { kind: 'badToken' }
  | { kind: 'notFound' }

/** Reads `/j/<token>/…`: the token is checked on every request, page, asset or socket alike. */
export function parseRoomPath(rawUrl: string | undefined, token: string): RoomPath {
  let pathname: string
  try {
    pathname = new URL(rawUrl ?? '/', 'http://room.invalid').pathname
  } catch {
    return { kind: 'notFound' }
  }
  const parts = pathname.split('/')
  if (parts[1] !== 'j' || parts[2] === undefined) return { kind: 'notFound' }
  if (!tokenMatches(parts[2], token)) return { kind: 'badToken' }
  const rest = parts.slice(3).join('/')
  if (parts.length === 3) return { kind: 'redirect' }
  if (rest === '') return { kind: 'page' }
  if (rest === 'phone.js' || rest === 'phone.css') return { kind: 'asset', name: rest }
  if (rest === 'ws') return { kind: 'socket' }
  return { kind: 'notFound' }
}

/**
 * The phone page's Content-Security-Policy: its own script, style and socket only; no inline script,
 * no third-party resource, no framing, no forms, no base tag.
 */
export function phonePageCsp(authority: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ws://${authority}`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'"
  ].join('; ')
}
