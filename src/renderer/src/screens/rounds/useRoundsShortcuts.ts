import { useEffect, useRef } from 'react'
import type { RoundsShortcut } from './roundsShortcuts'
import { roundsShortcutFor } from './roundsShortcuts'

/** Listens on the whole window for the Rounds stage's Alt shortcuts while mounted. */
export function useRoundsShortcuts(handle: (shortcut: RoundsShortcut) => boolean) {
  // The latest handler, without re-subscribing on every render.
  const latest = useRef(handle)
  useEffect(() => {
    latest.current = handle
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const shortcut = roundsShortcutFor(event)
      if (shortcut && latest.current(shortcut)) event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
