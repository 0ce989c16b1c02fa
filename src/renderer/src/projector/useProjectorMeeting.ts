import { useEffect } from 'react'
import { useAppStore } from '../store/StoreProvider'

/**
 * Keeps the projector's store on the meeting being presented: takes main's snapshot of the room's
 * view of it (never the meeting itself: nothing private reaches this window) and lets main's patches
 * keep it current. No meeting presented: nothing followed.
 */
export function useProjectorMeeting(meetingId: string | null) {
  const followProjected = useAppStore((s) => s.followProjected)
  useEffect(() => {
    void followProjected(meetingId)
  }, [meetingId, followProjected])
}
