import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Meeting, Round } from '../../../../shared/meeting/schema'
import { useAppStore } from '../../store/StoreProvider'
import type { ToolMode } from './IdeaTools'

/**
 * The selected idea (the next idea builds on it; the tools work on it) and the open tool. The
 * selection may be an earlier round's idea, picked to build on; Alt+↑/↓ walk earlier rounds' ideas
 * first, then this round's, each in capture order. Search's request to show an idea selects it.
 */
export function useIdeaSelection(meeting: Meeting, round: Round, focusCapture: () => void) {
  const { ideas, rounds } = meeting
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [mode, setMode] = useState<ToolMode>(null)
  const selected = ideas.find((i) => i.id === selectedId) ?? null
  const selectedHere = selected !== null && selected.roundId === round.id

  const select = useCallback((id: string | null) => {
    setSelectedId(id)
    setMode(null)
  }, [])

  // A new round starts with nothing selected, unless the selected idea lives in it (from search).
  const selectedRef = useRef(selected)
  selectedRef.current = selected
  useEffect(() => {
    if (selectedRef.current?.roundId !== round.id) select(null)
  }, [round.id, select])

  // Search asked to show an idea: select it once it is in the meeting on screen.
  const jumpId = useAppStore((s) => s.ideaJumpId)
  const requestIdeaJump = useAppStore((s) => s.requestIdeaJump)
  useEffect(() => {
    if (!jumpId || !ideas.some((i) => i.id === jumpId)) return
    select(jumpId)
    requestIdeaJump(null)
    document.getElementById(`idea-${jumpId}`)?.scrollIntoView({ block: 'center' })
    focusCapture()
  }, [jumpId, ideas, select, focusCapture, requestIdeaJump])

  const pickable = useMemo(() => {
    const here = rounds.findIndex((r) => r.id === round.id)
    const order = new Map(rounds.map((r, index) => [r.id, index]))
    return ideas
      .filter((i) => (order.get(i.roundId) ?? Infinity) <= here)
      .sort(
        (a, b) => (order.get(a.roundId) ?? 0) - (order.get(b.roundId) ?? 0) || a.number - b.number
      )
  }, [ideas, rounds, round.id])

  /** Alt+↑ (-1) / Alt+↓ (+1). */
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

  const openTool = useCallback(
    (next: ToolMode) => {
      setMode(next)
      if (next === null) focusCapture()
    },
    [focusCapture]
  )

  /** After an idea is saved: drop the build target only if that idea used it (a newer pick stays). */
  const afterCapture = useCallback(
    (buildsOnId: string | null) =>
      setSelectedId((current) => (current === buildsOnId ? null : current)),
    []
  )

  return { selectedId, selected, selectedHere, mode, select, openTool, step, afterCapture }
}
