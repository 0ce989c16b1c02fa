import { useCallback, useEffect, useRef, useState } from 'react'
import { ideasById } from '../../../../shared/meeting/ideaIndex'
import type { Idea, Meeting, Round } from '../../../../shared/meeting/schema'
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
  const selected = (selectedId && ideasById(ideas).get(selectedId)) || null
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

  // The order Alt+↑/↓ walk, sorted when a key first asks for it (not on every render: opening a
  // large meeting need not sort all its ideas), then kept until the ideas or the round change.
  const walk = useRef<{ ideas: Idea[]; rounds: Round[]; roundId: string; list: Idea[] } | null>(
    null
  )
  const pickableIdeas = (): Idea[] => {
    const kept = walk.current
    if (kept?.ideas === ideas && kept.rounds === rounds && kept.roundId === round.id) {
      return kept.list
    }
    const list = walkOrder(ideas, rounds, round.id)
    walk.current = { ideas, rounds, roundId: round.id, list }
    return list
  }

  /** Alt+↑ (-1) / Alt+↓ (+1). */
  const step = (direction: 1 | -1) => {
    const pickable = pickableIdeas()
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

/** Earlier rounds' ideas, then this round's, each in capture order. */
function walkOrder(ideas: readonly Idea[], rounds: readonly Round[], roundId: string): Idea[] {
  const here = rounds.findIndex((r) => r.id === roundId)
  const order = new Map(rounds.map((r, index) => [r.id, index]))
  return ideas
    .filter((i) => (order.get(i.roundId) ?? Infinity) <= here)
    .sort(
      (a, b) => (order.get(a.roundId) ?? 0) - (order.get(b.roundId) ?? 0) || a.number - b.number
    )
}
