import type { KeyboardEvent } from 'react'

/**
 * A key handler that runs `action` on `key` (Escape, Enter) and keeps the key from doing anything
 * else; `stop` also keeps it from outer handlers (Escape that closes a tool, not the stage).
 */
export function onKey(key: string, action: () => void, { stop = false } = {}) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== key) return
    event.preventDefault()
    if (stop) event.stopPropagation()
    action()
  }
}
