import { lazy, Suspense, useEffect, type ReactNode } from 'react'
import { DEFAULT_LOCALE } from '../../shared/i18n/locale'
import { LocaleRoot } from './i18n/LocaleRoot'
import { useMeetingInAddress } from './hooks/useMeetingInAddress'
import { isProjectorRoute } from '../../shared/routes'
import { useAppStore } from './store/StoreProvider'
import { LibraryScreen } from './screens/LibraryScreen'
import { ToastHost } from './screens/ToastHost'
import { strings } from './strings'

// The meeting screen is not needed for the first paint; load it on demand to keep startup small.
const MeetingScreen = lazy(() => import('./screens/MeetingScreen'))
// The projector window's own view, loaded only in that window.
const ProjectorScreen = lazy(() => import('./projector/ProjectorScreen'))

/** The projector window (`#/projector`) shows the audience view; every other window the app. */
export function App() {
  if (isProjectorRoute(window.location.hash)) {
    return (
      <ProjectorLocale>
        <Suspense fallback={null}>
          <ProjectorScreen />
        </Suspense>
      </ProjectorLocale>
    )
  }
  return (
    <FacilitatorLocale>
      <FacilitatorApp />
    </FacilitatorLocale>
  )
}

/** The facilitator's screens speak the open meeting's language (the library: English). */
function FacilitatorLocale({ children }: { children: ReactNode }) {
  const locale = useAppStore((s) => s.current?.meeting.facts.language ?? DEFAULT_LOCALE)
  return <LocaleRoot locale={locale}>{children}</LocaleRoot>
}

/** The projector speaks the presented meeting's language. */
function ProjectorLocale({ children }: { children: ReactNode }) {
  const locale = useAppStore((s) => s.projected?.view.language ?? DEFAULT_LOCALE)
  return <LocaleRoot locale={locale}>{children}</LocaleRoot>
}

/** Library or open meeting, plus the toast. */
function FacilitatorApp() {
  const hasMeeting = useAppStore((s) => s.current !== null)
  const loadLibrary = useAppStore((s) => s.loadLibrary)
  useEffect(() => {
    void loadLibrary()
  }, [loadLibrary])
  useEffect(() => {
    document.title = strings.appName
  }, [])
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
