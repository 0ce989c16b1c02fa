/**
 * The origin of a URL as `scheme://host[:port]`, lower-cased, or null when it has none. WHATWG `URL.origin`
 * is "null" for custom schemes such as `app:`, so it is rebuilt here from the parts.
 */
export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.host === '') return null
  return `${parsed.protocol}//${parsed.host}`.toLowerCase()
}

/** Whether `url` belongs to one of the app's own origins (exact scheme, host and port). */
export function isFromOrigins(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && allowedOrigins.includes(origin)
}
