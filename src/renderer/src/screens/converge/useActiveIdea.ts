import { useEffect, useState } from 'react'
import { useFocusAfterChange } from './useFocusAfterChange'

/**
 * The idea the keyboard is on. The board's virtual lists keep the active idea drawn and scroll it into
 * view, so `moveTo` can focus an idea that was out of the drawn rows, and `focusIdea` finds an idea
 * again after a change draws it in another theme.
 */
export function useActiveIdea(version: unknown) {
  const focusLater = useFocusAfterChange(version)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [focusTick, setFocusTick] = useState(0)
  useEffect(() => {
    if (focusTick > 0 && activeId) document.getElementById(`converge-idea-${activeId}`)?.focus()
  }, [focusTick]) // eslint-disable-line react-hooks/exhaustive-deps -- only when asked to move
  const moveTo = (ideaId: string) => {
    setActiveId(ideaId)
    setFocusTick((n) => n + 1)
  }
  const focusIdea = (ideaId: string) => {
    moveTo(ideaId)
    focusLater(`converge-idea-${ideaId}`)
  }
  return { activeId, moveTo, focusIdea, focusLater }
}
