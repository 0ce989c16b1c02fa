import { useCallback, useEffect, useState } from 'react'

/** Ctrl+Shift+P (Cmd+Shift+P on macOS) opens or closes Prepare, in a text field too. */
export function isPrepareToggle(event: {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    event.shiftKey &&
    !event.altKey &&
    event.key.toLowerCase() === 'p'
  )
}

/**
 * Whether the open meeting shows Prepare instead of its current stage. A meeting that has not
 * started opens in Prepare; another meeting resets the choice.
 */
export function usePrepareMode(
  meetingId: string | undefined,
  notStarted: boolean
): [boolean, (preparing: boolean) => void] {
  const [state, setState] = useState({ meetingId, preparing: notStarted })
  const preparing = state.meetingId === meetingId ? state.preparing : notStarted
  const setPreparing = useCallback(
    (next: boolean) => setState({ meetingId, preparing: next }),
    [meetingId]
  )

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isPrepareToggle(event)) return
      event.preventDefault()
      setState((was) => ({
        meetingId,
        preparing: !(was.meetingId === meetingId ? was.preparing : notStarted)
      }))
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [meetingId, notStarted])

  return [preparing, setPreparing]
}
