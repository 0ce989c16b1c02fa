import { useCallback, useMemo, useRef, useState } from 'react'
import { nextIdeaNumber } from '../../../../shared/meeting/ideaNumbers'
import type { Idea, Meeting, Round } from '../../../../shared/meeting/schema'
import type { CapturedIdea } from '../../components/CaptureBar'
import { useAppStore } from '../../store/StoreProvider'
import { pendingIdea, unconfirmed, withSavedId } from './pendingIdeas'
import type { PendingIdea } from './pendingIdeas'

/**
 * Capture with ideas shown at once: an idea sent to main appears on the board (as pending) in the
 * same frame and goes when main's copy arrives. `onSaved` hears which idea it built on.
 */
export function usePendingIdeas(
  meeting: Meeting,
  round: Round,
  roundIdeas: Idea[],
  onSaved: (buildsOnId: string | null) => void
) {
  const sendCommand = useAppStore((s) => s.sendCommand)
  const [pending, setPending] = useState<PendingIdea[]>([])
  const pendingCount = useRef(0)
  const meetingRef = useRef(meeting)
  meetingRef.current = meeting
  const pendingRef = useRef(pending)
  pendingRef.current = pending
  const roundIdeaIds = useMemo(() => roundIdeas.map((i) => i.id), [roundIdeas])

  const onCommit = useCallback(
    async (idea: CapturedIdea) => {
      const number = nextIdeaNumber(meetingRef.current) + pendingRef.current.length
      const id = `pending-${++pendingCount.current}`
      setPending((list) => [...list, pendingIdea(id, round.id, idea, roundIdeaIds, number)])
      // Main's reply names the idea's id: its stand-in goes the moment that idea is on the board.
      const saved = await sendCommand(
        { type: 'idea.add', roundId: round.id, ...idea },
        'capture',
        (receipt) => setPending((list) => withSavedId(list, id, receipt.newIds))
      )
      setPending((list) => list.filter((e) => e.idea.id !== id))
      if (saved) onSaved(idea.buildsOnId)
      return saved
    },
    [sendCommand, round.id, roundIdeaIds, onSaved]
  )
  const shownPending = useMemo(() => unconfirmed(pending, roundIdeas), [pending, roundIdeas])
  const boardIdeas = useMemo(
    () => (shownPending.length === 0 ? roundIdeas : [...roundIdeas, ...shownPending]),
    [roundIdeas, shownPending]
  )
  const pendingIds = useMemo(() => new Set(shownPending.map((i) => i.id)), [shownPending])
  return { onCommit, boardIdeas, pendingIds, roundIdeaIds }
}
