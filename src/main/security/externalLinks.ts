/** The only schemes the app hands to the operating system. */
const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:'])

/** Longer than any real link; a guard against pathological input reaching the OS. */
const MAX_URL_LENGTH = 4_096

/** Control characters and spaces: the URL parser silently strips some of them (`java\nscript:`). */
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f]/

/** mailto parameters some mail clients honour to attach local files. */
const MAILTO_FILE_PARAMS = /(^|[?&])(attach|attachment)=/i

/**
 * Decides whether a link may be opened by the system's own apps, and returns the normalised URL to
 * open, or null to refuse. Only `https:` and `mailto:` pass. Links are typed into the meeting by
 * people in the room, so anything that hides where it really goes is refused too: credentials before
 * the host (`https://bank.com@evil.com` goes to evil.com) and internationalised host names, which are
 * the usual way to fake a familiar domain with look-alike letters.
 */
export function safeExternalUrl(raw: string): string | null {
  if (raw.length === 0 || raw.length > MAX_URL_LENGTH || CONTROL_OR_SPACE.test(raw)) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null
  if (url.protocol === 'mailto:') {
    return url.pathname.length > 0 && !MAILTO_FILE_PARAMS.test(url.search) ? url.href : null
  }
  if (url.username !== '' || url.password !== '') return null
  if (url.hostname === '' || url.hostname.split('.').some((label) => label.startsWith('xn--'))) {
    return null
  }
  return url.href
}

/**
 * The one way the app opens a link outside itself. Returns whether the link was handed to the system;
 * refused or failing links are dropped quietly (the renderer shows links, it does not depend on them).
 */
export async function openExternalSafely(
  raw: string,
  openExternal: (url: string) => Promise<void>
): Promise<boolean> {
  const url = safeExternalUrl(raw)
  if (url === null) return false
  try {
    await openExternal(url)
    return true
  } catch {
    return false
  }
}
