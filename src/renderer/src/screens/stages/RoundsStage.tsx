import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useStore } from 'zustand'
import type { Command } from '../../../../shared/meeting/commands/schema'
import { roundCoverage } from '../../../../shared/meeting/coverage'
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
import { buildsOnLabels, departmentNameOf, numbersInRounds } from '../rounds/ideaLabels'
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
import { pendingIdea, unconfirmed } from '../rounds/pendingIdeas'
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
  const [status, setStatus] = useState('')
  const timer = useRoundCountdown(round)
  const { ideas, departments, rounds } = meeting
  const roundCounts = useMemo(() => {
    const counts = new Map<string, number>()
    for (const idea of ideas) counts.set(idea.roundId, (counts.get(idea.roundId) ?? 0) + 1)
    return counts
  }, [ideas])

  const roundIdeas = useMemo(() => ideas.filter((i) => i.roundId === round.id), [ideas, round.id])
  const roundIdeaIds = useMemo(() => roundIdeas.map((i) => i.id), [roundIdeas])
  const numbers = useMemo(() => numbersInRounds(ideas), [ideas])
  // Linear in the ideas; recomputed per saved change, never per keystroke in the capture bar.
  const labels = useMemo(() => buildsOnLabels(meeting, numbers), [meeting, numbers])
  const coverage = useMemo(() => roundCoverage(meeting, round.id), [meeting, round.id])
  const crossRound = round.kind === 'crossDepartment'
  const sameDepartmentIds = useMemo(
    () => new Set(crossRound ? coverage.sameDepartmentBuildIds : []),
    [crossRound, coverage]
  )

  const selected = roundIdeas.find((i) => i.id === selectedId) ?? null
  const selectedNumber = selected ? (numbers.get(selected.id) ?? 0) : 0

  const focusCapture = useCallback(() => captureRef.current?.focus(), [])
  const select = useCallback((id: string | null) => {
    setSelectedId(id)
    setMode(null)
  }, [])

  // A new round starts with nothing selected.
  useEffect(() => select(null), [round.id, select])

  // Search asked to show an idea: select it once its round is on screen.
  const jumpId = useStore(ideaJump, (s) => s.ideaId)
  useEffect(() => {
    if (!jumpId || !roundIdeaIds.includes(jumpId)) return
    select(jumpId)
    requestIdeaJump(null)
    document.getElementById(`idea-${jumpId}`)?.scrollIntoView({ block: 'center' })
    focusCapture()
  }, [jumpId, roundIdeaIds, select, focusCapture])

  // Ideas sent but not yet confirmed by main: shown at once, so capture answers in the same frame.
  const [pending, setPending] = useState<PendingIdea[]>([])
  const pendingCount = useRef(0)
  const onCommit = useCallback(
    async (idea: CapturedIdea) => {
      const entry = pendingIdea(`pending-${++pendingCount.current}`, round.id, idea, roundIdeaIds)
      setPending((list) => [...list, entry])
      const saved = await applyCommand({ type: 'idea.add', roundId: round.id, ...idea }, 'capture')
      setPending((list) => list.filter((e) => e !== entry))
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
      setStatus(message)
      if (keepSelection) setMode(null)
      else select(null)
      focusCapture()
      return true
    },
    [applyCommand, select, focusCapture]
  )

  const deleteSelected = useCallback(() => {
    if (!selected) return
    void onApply(
      { type: 'idea.delete', id: selected.id },
      strings.rounds.tools.deleted(selectedNumber),
      false
    )
  }, [selected, selectedNumber, onApply])

  const openTool = useCallback(
    (next: ToolMode) => {
      setMode(next)
      if (next === null) focusCapture()
    },
    [focusCapture]
  )

  const step = (direction: 1 | -1) => {
    if (roundIdeas.length === 0) return
    const index = roundIdeas.findIndex((i) => i.id === selectedId)
    // From nothing selected, Alt+↑ picks the newest idea (the one most likely built on).
    const next =
      index === -1
        ? direction === -1
          ? roundIdeas.length - 1
          : 0
        : Math.min(roundIdeas.length - 1, Math.max(0, index + direction))
    const id = roundIdeas[next]!.id
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
        return selected !== null
      case 'editIdea':
        if (selected) openTool('edit')
        return selected !== null
      case 'moveIdea':
        if (selected) openTool('move')
        return selected !== null
      case 'mergeIdea':
        if (selected) openTool('merge')
        return selected !== null
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
        label: strings.rounds.buildingOn(
          selectedNumber,
          departmentNameOf(departments, selected.departmentId),
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
        roundIdeaIds={roundIdeaIds}
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
      {selected && (
        <IdeaTools
          idea={selected}
          number={selectedNumber}
          departments={departments}
          rounds={rounds}
          roundIdeas={roundIdeas}
          mode={mode}
          onMode={openTool}
          onDelete={deleteSelected}
          onApply={onApply}
        />
      )}
      <p className="visually-hidden" role="status">
        {status}
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
