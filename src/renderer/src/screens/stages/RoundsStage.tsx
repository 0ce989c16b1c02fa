import { useCallback, useMemo, useRef } from 'react'
import { roundCoverage } from '../../../../shared/meeting/coverage'
import { ideaByNumber, ideaNumbersById } from '../../../../shared/meeting/ideaNumbers'
import type { Meeting, Round } from '../../../../shared/meeting/schema'
import { CaptureBar } from '../../components/CaptureBar'
import type { BuildTarget } from '../../components/CaptureBar'
import { IdeasByDepartment } from '../../components/IdeasByDepartment'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import '../../styles/rounds.css'
import { ScopedError } from '../ScopedError'
import { CoverageStrip } from '../rounds/CoverageStrip'
import { buildsOnLabels, departmentNameOf } from '../rounds/ideaLabels'
import { IdeaTools } from '../rounds/IdeaTools'
import { RoundHeader } from '../rounds/RoundHeader'
import { useIdeaActions } from '../rounds/useIdeaActions'
import { useIdeaSelection } from '../rounds/useIdeaSelection'
import { usePendingIdeas } from '../rounds/usePendingIdeas'
import { useRoundCountdown } from '../rounds/useRoundCountdown'
import { useRoundStatus } from '../rounds/useRoundStatus'
import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

/** Brainstorm rounds: pick the round, capture ideas, see them arrive by department. */
export function RoundsStage({ meeting }: StageProps) {
  const round = meeting.rounds.find((r) => r.id === meeting.run.roundId) ?? meeting.rounds[0]
  if (!round) return <StageFrame kind="rounds" />
  return <RoundView meeting={meeting} round={round} />
}

/**
 * One round: its header, the capture bar, the tools on the selected idea and the ideas by
 * department. State lives in hooks (selection, pending ideas, status line); every action on an idea
 * goes through useIdeaActions' one map.
 */
function RoundView({ meeting, round }: { meeting: Meeting; round: Round }) {
  const reportError = useAppStore((s) => s.reportError)
  const captureRef = useRef<HTMLInputElement>(null)
  const focusCapture = useCallback(() => captureRef.current?.focus(), [])
  const timer = useRoundCountdown(round)
  const status = useRoundStatus(meeting.updatedAt, round.id)
  const selection = useIdeaSelection(meeting, round, focusCapture)
  const { ideas, departments, rounds } = meeting

  const roundIdeas = useMemo(() => ideas.filter((i) => i.roundId === round.id), [ideas, round.id])
  const pending = usePendingIdeas(meeting, round, roundIdeas, selection.afterCapture)
  // What the first render needs is the round's, not the whole meeting's: numbers and labels are of
  // the round's ideas (the board, the coverage strip and the tools show no others), and `^N` is
  // looked up when the capture bar sends, not indexed ahead. Recomputed per saved change, never per
  // keystroke in the capture bar.
  const numbers = useMemo(() => ideaNumbersById(roundIdeas), [roundIdeas])
  const ideaIdOfNumber = useCallback((n: number) => ideaByNumber(ideas, n)?.id ?? null, [ideas])
  const labels = useMemo(() => buildsOnLabels(meeting, roundIdeas), [meeting, roundIdeas])
  const coverage = useMemo(() => roundCoverage(meeting, round.id), [meeting, round.id])
  const crossRound = round.kind === 'crossDepartment'
  const sameDepartmentIds = useMemo(
    () => new Set(crossRound ? coverage.sameDepartmentBuildIds : []),
    [crossRound, coverage]
  )

  const actions = useIdeaActions({
    meeting,
    round,
    selection,
    timer,
    numbers,
    roundIdeaIds: pending.roundIdeaIds,
    pendingIds: pending.pendingIds,
    focusCapture,
    showStatus: status.show
  })

  const { selected, selectedHere, selectedId, select } = selection
  const selectedNumber = selected?.number ?? 0
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
      <RoundHeader meeting={meeting} round={round} timer={timer} />
      <CoverageStrip coverage={coverage} crossDepartmentRound={crossRound} numbers={numbers} />
      <CaptureBar
        departments={departments}
        ideaIdOfNumber={ideaIdOfNumber}
        onCommit={pending.onCommit}
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
          mode={selection.mode}
          onMode={selection.openTool}
          onDelete={actions.deleteSelected}
          onApply={actions.onApply}
        />
      )}
      <p className="visually-hidden" role="status">
        {status.message}
      </p>
      <h3 className="visually-hidden">{strings.rounds.ideasHeading}</h3>
      <IdeasByDepartment
        departments={departments}
        ideas={pending.boardIdeas}
        pendingIds={pending.pendingIds}
        buildsOnLabels={labels}
        sameDepartmentIds={sameDepartmentIds}
        selectedId={selectedId}
        onSelect={(id) => {
          if (!pending.pendingIds.has(id)) select(id === selectedId ? null : id)
          focusCapture()
        }}
        onCardKey={actions.onCardKey}
        focusId={actions.focusId}
      />
    </StageFrame>
  )
}
