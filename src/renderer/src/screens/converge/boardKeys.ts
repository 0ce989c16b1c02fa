/** What a key press on the converge board asks for. */
export type BoardKey =
  { kind: 'theme' } | { kind: 'votes'; delta: 1 | -1 } | { kind: 'move'; delta: 1 | -1 } | null

/**
 * Maps a key on the converge board: T groups into a theme, + / − change votes, ↑ / ↓ move between
 * ideas. Ignored while typing
 * in a text, number or select field so the keys keep their usual meaning there.
 */
export function boardKeyFor(event: {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  target: EventTarget | null
}): BoardKey {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  const t = event.target
  const typing =
    (t instanceof HTMLInputElement && t.type !== 'checkbox') ||
    t instanceof HTMLTextAreaElement ||
    t instanceof HTMLSelectElement
  if (typing) return null
  if (event.key === 't' || event.key === 'T') return { kind: 'theme' }
  if (event.key === '+' || event.key === '=') return { kind: 'votes', delta: 1 }
  if (event.key === '-' || event.key === '−') return { kind: 'votes', delta: -1 }
  if (event.key === 'ArrowDown') return { kind: 'move', delta: 1 }
  if (event.key === 'ArrowUp') return { kind: 'move', delta: -1 }
  return null
}
