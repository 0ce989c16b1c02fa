import { useEffect } from 'react'
import { useAppStore } from '../store/StoreProvider'

/**
 * Keeps the projector's store on the meeting being presented: opens it (read through the same
 * service; the projector only ever changes the stage) and lets main's meetingChanged broadcast keep
 * it current. No meeting presented: nothing open.
 */
export function useProjectorMeeting(meetingId: string | null) {
  const openMeeting = useAppStore((s) => s.openMeeting)
  const closeMeeting = useAppStore((s) => s.closeMeeting)
  const openId = useAppStore((s) => s.current?.meeting.id ?? null)
  useEffect(() => {
    if (meetingId === null) closeMeeting()
    else if (meetingId !== openId) void openMeeting(meetingId, 'meeting')
  }, [meetingId, openId, openMeeting, closeMeeting])
}
