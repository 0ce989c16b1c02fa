import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, sep } from 'node:path'
import type { Protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../security/contentSecurityPolicy'

/** The built renderer is served as `app://northstar/…` rather than from `file://`. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'northstar'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Declares the app scheme a standard, secure origin (like https): pages get a real origin, so
 * relative module imports, `fetch` and storage behave as on the web. `corsEnabled` stays off, so no
 * other origin can read the app's files. Must run before `app` is ready.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/**
 * Maps a request URL to a file inside `rootDir`, or null when the URL is not ours or would escape
 * the folder (`..`, encoded `%2e%2e`, `%2f`, backslashes, NUL). `/` is the entry page.
 */
export function resolveAppAsset(rootDir: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const file = join(rootDir, pathname === '/' ? 'index.html' : pathname)
  const inside = relative(rootDir, file)
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return null
  }
  return file
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8'
}

/** The Content-Type for a file, by extension; unknown types are served as opaque bytes. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** Headers on every app response: the CSP, and no MIME sniffing. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff'
}

/**
 * Builds the `protocol.handle` handler that serves the built renderer from `rootDir`. Anything
 * outside the folder is a 404 (not a 403, so probing learns nothing); only GET and HEAD are served.
 */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: SECURITY_HEADERS })
    }
    const file = resolveAppAsset(rootDir, request.url)
    if (file === null) return new Response(null, { status: 404, headers: SECURITY_HEADERS })
    try {
      const body = await readFile(file)
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) }
      })
    } catch {
      return new Response(null, { status: 404, headers: SECURITY_HEADERS })
    }
  }
}
