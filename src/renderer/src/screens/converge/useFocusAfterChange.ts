import { useCallback, useEffect, useRef } from 'react'

/**
 * Focuses an element by id once the meeting has re-rendered after a change. Used where a commit moves
 * the focused element (an idea moving into a theme is drawn in a new place), so focus is never lost.
 */
export function useFocusAfterChange(version: unknown): (elementId: string) => void {
  const pending = useRef<string | null>(null)
  useEffect(() => {
    const id = pending.current
    if (!id) return
    const element = document.getElementById(id)
    if (!element) return
    pending.current = null
    element.focus()
  }, [version])
  return useCallback((elementId: string) => {
    pending.current = elementId
    // The element may already be in place (no re-render coming): focus it now as well.
    document.getElementById(elementId)?.focus()
  }, [])
}
