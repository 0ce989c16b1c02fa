import { useEffect, useRef } from 'react'
import { meetingIdFromRoute, meetingRoute } from '../../../shared/routes'
import { useAppStore } from '../store/StoreProvider'

/**
 * Keeps the open meeting in the address (`#/meeting/<id>`), so reloading the window returns to the
 * same meeting instead of the library. replaceState keeps this out of the back/forward history.
 * While the meeting named in the address is still opening, the address is kept as it is (a reload
 * meanwhile must return to that meeting, not to the library).
 */
export function useMeetingInAddress() {
  const openMeeting = useAppStore((s) => s.openMeeting)
  const meetingId = useAppStore((s) => s.current?.meeting.id ?? null)
  const openingId = useAppStore((s) => s.openingId)
  const keepAddress = useRef(meetingIdFromRoute(window.location.hash) !== null)
  const sawOpening = useRef(false)

  useEffect(() => {
    const fromAddress = meetingIdFromRoute(window.location.hash)
    // The library shows why, should that meeting be gone (its row would not exist).
    if (fromAddress) void openMeeting(fromAddress, 'library')
  }, [openMeeting])

  useEffect(() => {
    if (openingId !== null) sawOpening.current = true
    if (meetingId === null && keepAddress.current && (openingId !== null || !sawOpening.current))
      return
    keepAddress.current = false
    const hash = meetingId ? meetingRoute(meetingId) : ''
    if (window.location.hash === hash) return
    const url = `${window.location.pathname}${window.location.search}${hash}`
    window.history.replaceState(null, '', url)
  }, [meetingId, openingId])
}
