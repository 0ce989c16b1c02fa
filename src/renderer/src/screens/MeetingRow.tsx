import { useId, useState } from 'react'
import type { MeetingSummary } from '../../../shared/meeting/schema'
import type { VirtualRowProps } from '../components/VirtualList'
import { useAppStore } from '../store/StoreProvider'
import { strings } from '../strings'
import { ScopedError } from './ScopedError'

/** One meeting in the library with its actions; its errors appear under it. */
export function MeetingRow({ summary, row }: { summary: MeetingSummary; row: VirtualRowProps }) {
  const openMeeting = useAppStore((s) => s.openMeeting)
  const duplicateMeeting = useAppStore((s) => s.duplicateMeeting)
  const renameMeeting = useAppStore((s) => s.renameMeeting)
  const archiveMeeting = useAppStore((s) => s.archiveMeeting)
  const deleteMeeting = useAppStore((s) => s.deleteMeeting)
  const [renaming, setRenaming] = useState(false)
  const [draft, setDraft] = useState(summary.title)
  const renameId = useId()
  const title = summary.title || strings.library.untitled
  const facts = [
    summary.quarter && strings.dates.quarter(summary.quarter),
    summary.date && strings.dates.day(summary.date)
  ]
    .filter(Boolean)
    .join(' · ')

  const saveRename = async () => {
    if (await renameMeeting(summary.id, draft)) setRenaming(false)
  }

  return (
    <li {...row} className="meeting-row">
      <div className="meeting-info">
        {renaming ? (
          <form
            className="form-row"
            onSubmit={(event) => {
              event.preventDefault()
              void saveRename()
            }}
          >
            <label htmlFor={renameId} className="visually-hidden">
              {strings.library.renameLabel(title)}
            </label>
            <input
              id={renameId}
              type="text"
              value={draft}
              autoFocus
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setRenaming(false)
              }}
            />
            <button type="submit" className="primary">
              {strings.library.saveRename}
            </button>
            <button type="button" onClick={() => setRenaming(false)}>
              {strings.library.cancel}
            </button>
          </form>
        ) : (
          <h3>
            <button
              type="button"
              className="title-button"
              onClick={() => void openMeeting(summary.id)}
            >
              {title}
            </button>
            {summary.archived && <span className="badge">{strings.library.archivedBadge}</span>}
            {summary.readOnly && <span className="badge">{strings.library.readOnlyBadge}</span>}
          </h3>
        )}
        <p className="muted">
          {[facts, strings.library.counts(summary.ideaCount, summary.actionCount)]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      <div className="row-actions" role="group" aria-label={strings.library.actionsFor(title)}>
        <button type="button" className="primary" onClick={() => void openMeeting(summary.id)}>
          {strings.library.open}
        </button>
        <button type="button" onClick={() => void duplicateMeeting(summary.id)}>
          {strings.library.duplicate}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(summary.title)
            setRenaming(true)
          }}
        >
          {strings.library.rename}
        </button>
        <button type="button" onClick={() => void archiveMeeting(summary.id, !summary.archived)}>
          {summary.archived ? strings.library.unarchive : strings.library.archive}
        </button>
        <button type="button" className="danger" onClick={() => void deleteMeeting(summary.id)}>
          {strings.library.delete}
        </button>
      </div>
      <ScopedError scope={`row:${summary.id}`} />
    </li>
  )
}
