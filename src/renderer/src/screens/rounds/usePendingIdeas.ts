import { useCallback, useMemo, useRef, useState } from 'react'
import { nextIdeaNumber } from '../../../../shared/meeting/ideaNumbers'
import type { Idea, Meeting, Round } from '../../../../shared/meeting/schema'
import type { CapturedIdea } from '../../components/CaptureBar'
import { useAppStore } from '../../store/StoreProvider'
import { pendingIdea, unconfirmed } from './pendingIdeas'
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
  const applyCommand = useAppStore((s) => s.applyCommand)
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
      const entry = pendingIdea(
        `pending-${++pendingCount.current}`,
        round.id,
        idea,
        roundIdeaIds,
        number
      )
      setPending((list) => [...list, entry])
      const saved = await applyCommand({ type: 'idea.add', roundId: round.id, ...idea }, 'capture')
      setPending((list) => list.filter((e) => e !== entry))
      if (saved) onSaved(idea.buildsOnId)
      return saved
    },
    [applyCommand, round.id, roundIdeaIds, onSaved]
  )
  const shownPending = useMemo(() => unconfirmed(pending, roundIdeas), [pending, roundIdeas])
  const boardIdeas = useMemo(
    () => (shownPending.length === 0 ? roundIdeas : [...roundIdeas, ...shownPending]),
    [roundIdeas, shownPending]
  )
  const pendingIds = useMemo(() => new Set(shownPending.map((i) => i.id)), [shownPending])
  return { onCommit, boardIdeas, pendingIds, roundIdeaIds }
}
