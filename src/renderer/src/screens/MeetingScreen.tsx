import { useEffect, useMemo, useRef } from 'react'
import type { StageKind } from '../../../shared/meeting/schema'
import { CheatSheet } from '../components/CheatSheet'
import { ScheduleBadge } from '../components/ScheduleBadge'
import { SearchPanel } from './search/SearchPanel'
import { StageRail } from '../components/StageRail'
import { useKeymap } from '../keymap/useKeymap'
import { PresenterControls } from '../projector/PresenterControls'
import { RoomJoinControls } from './room/RoomJoinControls'
import { useAppStore } from '../store/StoreProvider'
import { strings } from '../strings'
import { PrepareView } from './prepare/PrepareView'
import { usePrepareMode } from './prepare/usePrepareMode'
import { ScopedError } from './ScopedError'
import { adjacentStage } from './stages/navigation'
import { STAGE_SCREENS } from './stages/registry'

/** The open meeting: header, run-of-show rail, and the current stage. Loaded on demand. */
export default function MeetingScreen() {
  const current = useAppStore((s) => s.current)
  const sendCommand = useAppStore((s) => s.sendCommand)
  const undo = useAppStore((s) => s.undo)
  const redo = useAppStore((s) => s.redo)
  const closeMeeting = useAppStore((s) => s.closeMeeting)
  const stageRef = useRef<HTMLDivElement>(null)

  const meeting = current?.meeting
  const stage = meeting?.run.stage ?? 'welcome'
  const stages = meeting?.stages
  const [preparing, setPreparing] = usePrepareMode(meeting?.id, !meeting?.run.meetingStartedAt)

  const shortcuts = useMemo(() => {
    const goto = (target: StageKind | null) => {
      if (!target) return
      setPreparing(false)
      void sendCommand({ type: 'run.goto', stage: target }, 'stage')
    }
    return {
      undo: () => void undo(),
      redo: () => void redo(),
      nextStage: () => goto(stages ? adjacentStage(stages, stage, 1) : null),
      previousStage: () => goto(stages ? adjacentStage(stages, stage, -1) : null),
      gotoStage: goto
    }
  }, [sendCommand, undo, redo, stages, stage, setPreparing])
  useKeymap('meeting', shortcuts)

  // Move focus to the new stage's heading unless the facilitator is in a field somewhere. A select
  // counts: after a language switch the screens remount (LocaleRoot) and this effect runs again, just
  // after the language select has taken the focus back (LanguageField).
  useEffect(() => {
    const active = document.activeElement
    if (active && active !== document.body && !stageRef.current?.contains(active)) return
    if (active?.matches('input, textarea, select')) return
    stageRef.current?.querySelector<HTMLElement>('h2')?.focus()
  }, [stage, preparing])

  if (!current || !meeting) return null
  const Stage = STAGE_SCREENS[stage]
  const index = meeting.stages.findIndex((s) => s.kind === stage)

  return (
    <div className="meeting">
      <header className="app-header">
        <button type="button" onClick={closeMeeting}>
          ← {strings.meeting.back}
        </button>
        <h1>{meeting.facts.title || strings.library.untitled}</h1>
        <ScheduleBadge meeting={meeting} />
        <div className="header-actions">
          <SearchPanel meeting={meeting} />
          <PresenterControls meetingId={meeting.id} />
          <RoomJoinControls />
          <button
            type="button"
            aria-pressed={preparing}
            aria-keyshortcuts="Control+Shift+P"
            onClick={() => setPreparing(!preparing)}
          >
            {strings.prepare.toggle}
          </button>
          <CheatSheet />
          <button type="button" disabled={!current.canUndo} onClick={shortcuts.undo}>
            {strings.meeting.undo}
          </button>
          <button type="button" disabled={!current.canRedo} onClick={shortcuts.redo}>
            {strings.meeting.redo}
          </button>
        </div>
      </header>
      <main className="meeting-main">
        {current.readOnly && (
          <p className="read-only-banner" role="status">
            <strong>{strings.meeting.readOnly}</strong> {strings.errors.readOnly(current.readOnly)}
          </p>
        )}
        <ScopedError scope="meeting" />
        <StageRail stages={meeting.stages} current={stage} onGoto={shortcuts.gotoStage} />
        {preparing ? (
          <div ref={stageRef} className="stage-body">
            <PrepareView
              meeting={meeting}
              onStart={() => shortcuts.gotoStage('welcome')}
              onBack={() => setPreparing(false)}
            />
          </div>
        ) : (
          <>
            <div className="stage-nav">
              <button type="button" onClick={shortcuts.previousStage} disabled={index <= 0}>
                ← {strings.meeting.previousStage}
              </button>
              <span className="muted" aria-live="polite">
                {strings.meeting.stagePosition(index + 1, meeting.stages.length)}
              </span>
              <button
                type="button"
                onClick={shortcuts.nextStage}
                disabled={index >= meeting.stages.length - 1}
              >
                {strings.meeting.nextStage} →
              </button>
            </div>
            <p className="hint">{strings.meeting.stageHint}</p>
            <ScopedError scope="stage" />
            <div ref={stageRef} className="stage-body">
              <Stage meeting={meeting} />
            </div>
          </>
        )}
      </main>
    </div>
  )
}
