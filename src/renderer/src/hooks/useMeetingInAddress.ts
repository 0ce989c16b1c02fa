import { useEffect, useRef } from 'react'
import { meetingIdFromRoute, meetingRoute } from '../../../shared/routes'
import { useAppStore } from '../store/StoreProvider'

/** Puts `hash` in the address with replaceState (no back/forward entry). */
function showInAddress(hash: string): void {
  if (window.location.hash === hash) return
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`)
}

/**
 * Keeps the open meeting in the address (`#/meeting/<id>`), so reloading the window returns to the
 * same meeting instead of the library. replaceState keeps this out of the back/forward history.
 * While the meeting named by the address is still opening, the address keeps naming it: a reload
 * then (a large meeting takes a moment) opens it again rather than landing in the library.
 */
export function useMeetingInAddress() {
  const openMeeting = useAppStore((s) => s.openMeeting)
  const meetingId = useAppStore((s) => s.current?.meeting.id ?? null)
  const shown = useRef<string | null>(null)

  useEffect(() => {
    const fromAddress = meetingIdFromRoute(window.location.hash)
    // The library shows why, should that meeting be gone (its row would not exist).
    if (!fromAddress) return
    void openMeeting(fromAddress, 'library').then((opened) => {
      if (!opened && shown.current === null) showInAddress('')
    })
  }, [openMeeting])

  useEffect(() => {
    const before = shown.current
    shown.current = meetingId
    // Nothing shown yet: an address naming a meeting stays (its open may be under way).
    if (meetingId === null && before === null && meetingIdFromRoute(window.location.hash)) return
    showInAddress(meetingId ? meetingRoute(meetingId) : '')
  }, [meetingId])
}
