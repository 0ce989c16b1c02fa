const KEY = 'northstar.room.device'

/**
 * This phone's random id, kept in its browser storage so a reconnect (or a reload) keeps its ideas
 * and votes. 128 random bits; crypto.getRandomValues works on a plain-http LAN page, randomUUID does not.
 */
export function deviceId(storage: Storage | null): string {
  const saved = storage?.getItem(KEY)
  if (saved && /^[A-Za-z0-9_-]{16,64}$/.test(saved)) return saved
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  const id = btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replaceAll('=', '')
  try {
    storage?.setItem(KEY, id)
  } catch {
    // Private browsing may refuse storage: the phone still works, a reload just starts afresh.
  }
  return id
}

/** Browser storage when the browser allows it. */
export function storageOrNull(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
