import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useStore } from 'zustand'
import type { Command } from '../../../../shared/meeting/commands/schema'
import { roundCoverage } from '../../../../shared/meeting/coverage'
import { ideaNumbersById, nextIdeaNumber } from '../../../../shared/meeting/ideaNumbers'
import type { Meeting, Round } from '../../../../shared/meeting/schema'
import { fillFraming } from '../../../../shared/meeting/template'
import { CaptureBar } from '../../components/CaptureBar'
import type { BuildTarget, CapturedIdea } from '../../components/CaptureBar'
import { IdeasByDepartment } from '../../components/IdeasByDepartment'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import '../../styles/rounds.css'
import { ScopedError } from '../ScopedError'
import { CountdownPanel } from '../rounds/CountdownPanel'
import { CoverageStrip } from '../rounds/CoverageStrip'
import { buildsOnLabels, departmentNameOf } from '../rounds/ideaLabels'
import { ideaJump, requestIdeaJump } from '../rounds/ideaJump'
import { IdeaTools } from '../rounds/IdeaTools'
import { OtherRoundTimer } from '../rounds/OtherRoundTimer'
import type { ToolMode } from '../rounds/IdeaTools'
import type { RoundsShortcut } from '../rounds/roundsShortcuts'
import { cardShortcutFor } from '../rounds/roundsShortcuts'
import { useRoundCountdown } from '../rounds/useRoundCountdown'
import { useRoundsShortcuts } from '../rounds/useRoundsShortcuts'
import { StageFrame } from './StageFrame'
import type { StageProps } from './types'
import { pendingIdea, unconfirmed, withSavedId } from '../rounds/pendingIdeas'
import type { PendingIdea } from '../rounds/pendingIdeas'

/** Brainstorm rounds: pick the round, capture ideas, see them arrive by department. */
export function RoundsStage({ meeting }: StageProps) {
  const round = meeting.rounds.find((r) => r.id === meeting.run.roundId) ?? meeting.rounds[0]
  if (!round) return <StageFrame kind="rounds" />
  return <RoundView meeting={meeting} round={round} />
}

function RoundView({ meeting, round }: { meeting: Meeting; round: Round }) {
  const applyCommand = useAppStore((s) => s.applyCommand)
  const reportError = useAppStore((s) => s.reportError)
  const captureRef = useRef<HTMLInputElement>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [mode, setMode] = useState<ToolMode>(null)
  // What the last tool did; shown only until the meeting changes again or the round changes.
  const [status, setStatus] = useState<{ message: string; after: string | null } | null>(null)
  const timer = useRoundCountdown(round)
  const { ideas, departments, rounds } = meeting
  const roundCounts = useMemo(() => {
    const counts = new Map<string, number>()
    for (const idea of ideas) counts.set(idea.roundId, (counts.get(idea.roundId) ?? 0) + 1)
    return counts
  }, [ideas])

  const roundIdeas = useMemo(() => ideas.filter((i) => i.roundId === round.id), [ideas, round.id])
  const roundIdeaIds = useMemo(() => roundIdeas.map((i) => i.id), [roundIdeas])
  const numbers = useMemo(() => ideaNumbersById(ideas), [ideas])
  const ideaIdsByNumber = useMemo(() => new Map(ideas.map((i) => [i.number, i.id])), [ideas])
  // Ideas to build on with Alt+↑/↓: earlier rounds' first, then this round's, each in capture order.
  const pickable = useMemo(() => {
    const here = rounds.findIndex((r) => r.id === round.id)
    const order = new Map(rounds.map((r, index) => [r.id, index]))
    return ideas
      .filter((i) => (order.get(i.roundId) ?? Infinity) <= here)
      .sort(
        (a, b) => (order.get(a.roundId) ?? 0) - (order.get(b.roundId) ?? 0) || a.number - b.number
      )
  }, [ideas, rounds, round.id])
  // Linear in the ideas; recomputed per saved change, never per keystroke in the capture bar.
  const labels = useMemo(() => buildsOnLabels(meeting, numbers), [meeting, numbers])
  const coverage = useMemo(() => roundCoverage(meeting, round.id), [meeting, round.id])
  const crossRound = round.kind === 'crossDepartment'
  const sameDepartmentIds = useMemo(
    () => new Set(crossRound ? coverage.sameDepartmentBuildIds : []),
    [crossRound, coverage]
  )

  // The selected idea may sit in another round (picked to build on); the tools work on this round's.
  const selected = ideas.find((i) => i.id === selectedId) ?? null
  const selectedHere = selected !== null && selected.roundId === round.id
  const selectedNumber = selected?.number ?? 0

  const focusCapture = useCallback(() => captureRef.current?.focus(), [])
  const select = useCallback((id: string | null) => {
    setSelectedId(id)
    setMode(null)
  }, [])

  // A new round starts with nothing selected, unless the selected idea lives in it (opened from
  // search), and without the last round's status line.
  const selectedRef = useRef(selected)
  selectedRef.current = selected
  useEffect(() => {
    if (selectedRef.current?.roundId !== round.id) select(null)
    setStatus(null)
  }, [round.id, select])

  // The status line describes one change: it goes once the meeting changes after it.
  const updatedAt = meeting.updatedAt
  useEffect(() => {
    if (!status) return
    if (status.after === null) setStatus({ ...status, after: updatedAt })
    else if (status.after !== updatedAt) setStatus(null)
  }, [status, updatedAt])

  // Search asked to show an idea: select it once its round is on screen.
  const jumpId = useStore(ideaJump, (s) => s.ideaId)
  useEffect(() => {
    // An idea of another round is picked to build on without leaving this round.
    if (!jumpId || !ideas.some((i) => i.id === jumpId)) return
    select(jumpId)
    requestIdeaJump(null)
    document.getElementById(`idea-${jumpId}`)?.scrollIntoView({ block: 'center' })
    focusCapture()
  }, [jumpId, ideas, select, focusCapture])

  // Ideas sent but not yet confirmed by main: shown at once, so capture answers in the same frame.
  const [pending, setPending] = useState<PendingIdea[]>([])
  const pendingCount = useRef(0)
  const meetingRef = useRef(meeting)
  meetingRef.current = meeting
  const pendingRef = useRef(pending)
  pendingRef.current = pending
  const onCommit = useCallback(
    async (idea: CapturedIdea) => {
      const number = nextIdeaNumber(meetingRef.current) + pendingRef.current.length
      const id = `pending-${++pendingCount.current}`
      setPending((list) => [...list, pendingIdea(id, round.id, idea, roundIdeaIds, number)])
      // Main's reply names the idea's id: its stand-in goes the moment that idea is on the board.
      const saved = await applyCommand(
        { type: 'idea.add', roundId: round.id, ...idea },
        'capture',
        (receipt) => setPending((list) => withSavedId(list, id, receipt.newIds))
      )
      setPending((list) => list.filter((e) => e.idea.id !== id))
      // Clear the build target only if it is still the one this idea used: a pick made while the
      // idea was being saved is for the next idea.
      if (saved) setSelectedId((current) => (current === idea.buildsOnId ? null : current))
      return saved
    },
    [applyCommand, round.id, roundIdeaIds]
  )
  const shownPending = useMemo(() => unconfirmed(pending, roundIdeas), [pending, roundIdeas])
  const boardIdeas = useMemo(
    () => (shownPending.length === 0 ? roundIdeas : [...roundIdeas, ...shownPending]),
    [roundIdeas, shownPending]
  )
  const pendingIds = useMemo(() => new Set(shownPending.map((i) => i.id)), [shownPending])

  const onApply = useCallback(
    async (command: Command, message: string, keepSelection: boolean) => {
      const saved = await applyCommand(command, 'capture')
      if (!saved) return false
      setStatus({ message, after: null })
      if (keepSelection) setMode(null)
      else select(null)
      focusCapture()
      return true
    },
    [applyCommand, select, focusCapture]
  )

  const deleteSelected = useCallback(() => {
    if (!selected || !selectedHere) return
    void onApply(
      { type: 'idea.delete', id: selected.id },
      strings.rounds.tools.deleted(selectedNumber),
      false
    )
  }, [selected, selectedHere, selectedNumber, onApply])

  const openTool = useCallback(
    (next: ToolMode) => {
      setMode(next)
      if (next === null) focusCapture()
    },
    [focusCapture]
  )

  const step = (direction: 1 | -1) => {
    if (pickable.length === 0) return
    const index = pickable.findIndex((i) => i.id === selectedId)
    // From nothing selected, Alt+↑ picks the newest idea (the one most likely built on) and Alt+↓
    // this round's first; in a round with no ideas yet both reach into the earlier rounds.
    const firstHere = pickable.findIndex((i) => i.roundId === round.id)
    const next =
      index === -1
        ? direction === -1
          ? pickable.length - 1
          : Math.max(0, firstHere)
        : Math.min(pickable.length - 1, Math.max(0, index + direction))
    const id = pickable[next]!.id
    select(id)
    document.getElementById(`idea-${id}`)?.scrollIntoView({ block: 'nearest' })
  }

  const gotoRound = (direction: 1 | -1) => {
    const index = rounds.findIndex((r) => r.id === round.id)
    const target = rounds[index + direction]
    if (target)
      void applyCommand({ type: 'run.goto', stage: 'rounds', roundId: target.id }, 'stage')
  }

  const run = (shortcut: RoundsShortcut): boolean => {
    switch (shortcut) {
      case 'toggleCountdown':
        timer.toggle()
        return true
      case 'addMinute':
        timer.addMinute()
        return true
      case 'resetCountdown':
        timer.reset()
        return true
      case 'selectPrevious':
        step(-1)
        return true
      case 'selectNext':
        step(1)
        return true
      case 'previousRound':
        gotoRound(-1)
        return true
      case 'nextRound':
        gotoRound(1)
        return true
      case 'deleteIdea':
        deleteSelected()
        return selectedHere
      case 'editIdea':
        if (selectedHere) openTool('edit')
        return selectedHere
      case 'moveIdea':
        if (selectedHere) openTool('move')
        return selectedHere
      case 'mergeIdea':
        if (selectedHere) openTool('merge')
        return selectedHere
    }
  }
  useRoundsShortcuts(run)

  const onCardKey = (id: string, event: KeyboardEvent<HTMLElement>) => {
    const shortcut = cardShortcutFor(event)
    if (!shortcut || pendingIds.has(id)) return false
    if (id !== selectedId) select(id)
    if (shortcut === 'deleteIdea') {
      const number = numbers.get(id) ?? 0
      void onApply({ type: 'idea.delete', id }, strings.rounds.tools.deleted(number), false)
      return true
    }
    if (shortcut === 'editIdea' || shortcut === 'moveIdea' || shortcut === 'mergeIdea') {
      setMode(shortcut === 'editIdea' ? 'edit' : shortcut === 'moveIdea' ? 'move' : 'merge')
      return true
    }
    // ↑ / ↓ on a card move focus between cards in capture order.
    const index = roundIdeaIds.indexOf(id) + (shortcut === 'selectNext' ? 1 : -1)
    const nextId = roundIdeaIds[index]
    if (nextId) document.querySelector<HTMLElement>(`[data-idea-id="${nextId}"]`)?.focus()
    return true
  }

  const buildTarget: BuildTarget | null = selected
    ? {
        id: selected.id,
        label: selectedHere
          ? strings.rounds.buildingOn(
              selectedNumber,
              departmentNameOf(departments, selected.departmentId),
              selected.text
            )
          : strings.rounds.buildingOnInRound(
              selectedNumber,
              departmentNameOf(departments, selected.departmentId),
              rounds.find((r) => r.id === selected.roundId)?.title ?? '',
              selected.text
            )
      }
    : null

  return (
    <StageFrame kind="rounds">
      <div className="rounds-top">
        <div className="rounds-prompt">
          <div className="round-tabs" role="group" aria-label={strings.rounds.roundsLabel}>
            {rounds.map((r) => (
              <button
                key={r.id}
                type="button"
                aria-pressed={r.id === round.id}
                onClick={() =>
                  void applyCommand({ type: 'run.goto', stage: 'rounds', roundId: r.id }, 'stage')
                }
              >
                {strings.rounds.roundTab(r.title, roundCounts.get(r.id) ?? 0)}
              </button>
            ))}
          </div>
          <p className="hint">{strings.rounds.roundTabsHint}</p>
          <p className="prompt">{fillFraming(round.prompt, meeting.story.customer)}</p>
          {round.checklist.length > 0 && (
            <ul className="checklist" aria-label={strings.rounds.checklistLabel}>
              {round.checklist.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="rounds-timer">
          <CountdownPanel
            roundId={round.id}
            countdown={timer.countdown}
            started={timer.started}
            onToggle={timer.toggle}
            onAddMinute={timer.addMinute}
            onReset={timer.reset}
          />
          {timer.other && (
            <OtherRoundTimer
              roundId={timer.other.roundId}
              roundTitle={rounds.find((r) => r.id === timer.other?.roundId)?.title ?? ''}
              countdown={timer.other.countdown}
            />
          )}
        </div>
      </div>
      <CoverageStrip coverage={coverage} crossDepartmentRound={crossRound} numbers={numbers} />
      <CaptureBar
        departments={departments}
        ideaIdsByNumber={ideaIdsByNumber}
        onCommit={onCommit}
        buildsOn={buildTarget}
        onClearBuildsOn={() => {
          select(null)
          focusCapture()
        }}
        inputRef={captureRef}
        onInvalid={(message) => reportError('capture', message)}
      />
      <ScopedError scope="capture" />
      {selected && selectedHere && (
        <IdeaTools
          idea={selected}
          number={selectedNumber}
          departments={departments}
          rounds={rounds}
          ideas={ideas}
          mode={mode}
          onMode={openTool}
          onDelete={deleteSelected}
          onApply={onApply}
        />
      )}
      <p className="visually-hidden" role="status">
        {status?.message}
      </p>
      <h3 className="visually-hidden">{strings.rounds.ideasHeading}</h3>
      <IdeasByDepartment
        departments={departments}
        ideas={boardIdeas}
        pendingIds={pendingIds}
        buildsOnLabels={labels}
        sameDepartmentIds={sameDepartmentIds}
        selectedId={selectedId}
        onSelect={(id) => {
          if (!pendingIds.has(id)) select(id === selectedId ? null : id)
          focusCapture()
        }}
        onCardKey={onCardKey}
      />
    </StageFrame>
  )
}
