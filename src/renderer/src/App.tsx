import { lazy, Suspense, useEffect } from 'react'
import { useMeetingInAddress } from './hooks/useMeetingInAddress'
import { useAppStore } from './store/StoreProvider'
import { LibraryScreen } from './screens/LibraryScreen'
import { ToastHost } from './screens/ToastHost'
import { strings } from './strings'

// The meeting screen is not needed for the first paint; load it on demand to keep startup small.
const MeetingScreen = lazy(() => import('./screens/MeetingScreen'))

/** Library or open meeting, plus the toast. */
export function App() {
  const hasMeeting = useAppStore((s) => s.current !== null)
  const loadLibrary = useAppStore((s) => s.loadLibrary)
  useEffect(() => {
    void loadLibrary()
  }, [loadLibrary])
  useMeetingInAddress()

  return (
    <>
      {hasMeeting ? (
        <Suspense fallback={<p className="muted">{strings.loading}</p>}>
          <MeetingScreen />
        </Suspense>
      ) : (
        <LibraryScreen />
      )}
      <ToastHost />
    </>
  )
}
