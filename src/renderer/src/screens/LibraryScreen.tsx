import { useId, useState } from 'react'
import type { MeetingSummary } from '../../../shared/meeting/schema'
import { VirtualList } from '../components/VirtualList'
import { useAppStore } from '../store/StoreProvider'
import { strings } from '../strings'
import { MeetingRow } from './MeetingRow'
import { NewMeetingForm } from './NewMeetingForm'
import { ScopedError } from './ScopedError'

const meetingKey = (summary: MeetingSummary) => summary.id

/** The first screen: every meeting in the workspace, and where new ones start. */
export function LibraryScreen() {
  const meetings = useAppStore((s) => s.meetings)
  const status = useAppStore((s) => s.libraryStatus)
  const importMeeting = useAppStore((s) => s.importMeeting)
  const archivedCount = useAppStore((s) => s.meetings.filter((m) => m.archived).length)
  const [showArchived, setShowArchived] = useState(false)
  const archivedToggleId = useId()
  const visible = showArchived ? meetings : meetings.filter((m) => !m.archived)

  return (
    <main className="library">
      <header className="app-header">
        <h1>{strings.appName}</h1>
        <button type="button" onClick={() => void importMeeting()}>
          {strings.library.import}
        </button>
      </header>
      <NewMeetingForm />
      <section className="panel" aria-labelledby="library-heading">
        <div className="panel-header">
          <h2 id="library-heading">{strings.library.heading}</h2>
          {archivedCount > 0 && (
            <label htmlFor={archivedToggleId} className="checkbox">
              <input
                id={archivedToggleId}
                type="checkbox"
                checked={showArchived}
                onChange={(event) => setShowArchived(event.target.checked)}
              />
              {strings.library.showArchived}
            </label>
          )}
        </div>
        <ScopedError scope="library" />
        {status !== 'ready' ? (
          <p className="muted">{strings.library.loading}</p>
        ) : visible.length === 0 ? (
          <p className="muted">{strings.library.empty}</p>
        ) : (
          <VirtualList
            className="meeting-list"
            items={visible}
            itemKey={meetingKey}
            estimateSize={96}
            renderItem={(summary, row) => (
              <MeetingRow key={summary.id} row={row} summary={summary} />
            )}
          />
        )}
      </section>
    </main>
  )
}
