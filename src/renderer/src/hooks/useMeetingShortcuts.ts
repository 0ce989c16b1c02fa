import { useEffect } from 'react'
import type { MeetingShortcut } from './shortcuts'
import { describeKeyPress, shortcutFor } from './shortcuts'

/** Listens for the meeting's keyboard shortcuts on the whole window while mounted. */
export function useMeetingShortcuts(handlers: Record<MeetingShortcut, () => void>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const shortcut = shortcutFor(describeKeyPress(event))
      if (!shortcut) return
      event.preventDefault()
      handlers[shortcut]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [handlers])
}
