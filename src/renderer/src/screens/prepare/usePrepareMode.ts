import { useCallback, useState } from 'react'
import { useKeymap } from '../../keymap/useKeymap'

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

  // Ctrl/Cmd+Shift+P, in a text field too.
  useKeymap('prepare', {
    togglePrepare: () =>
      setState((was) => ({
        meetingId,
        preparing: !(was.meetingId === meetingId ? was.preparing : notStarted)
      }))
  })

  return [preparing, setPreparing]
}
