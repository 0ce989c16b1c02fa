import { useCallback, useRef } from 'react'
import type { Idea } from '../../../../shared/meeting/schema'
import { useAppStore } from '../../store/StoreProvider'
import type { ErrorScope } from '../../store/uiSlice'

/**
 * Votes and scores sent to main and not yet back: quick + presses count from the latest value sent,
 * and setting effort right after impact keeps both.
 */
export function usePendingVotes(scope: ErrorScope) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  // Votes sent but not yet back from main, so quick + presses count from the latest value.
  const pendingVotes = useRef(new Map<string, number>())
  const setVotes = useCallback(
    (target: 'idea' | 'theme', id: string, votes: number) => {
      const key = `${target}:${id}`
      pendingVotes.current.set(key, votes)
      void sendCommand({ type: 'votes.set', target, id, votes }, scope).then(() => {
        if (pendingVotes.current.get(key) === votes) pendingVotes.current.delete(key)
      })
    },
    [sendCommand, scope]
  )
  const stepVotes = useCallback(
    (target: 'idea' | 'theme', id: string, current: number, delta: 1 | -1) => {
      const base = pendingVotes.current.get(`${target}:${id}`) ?? current
      const next = Math.max(0, base + delta)
      if (next !== base) setVotes(target, id, next)
    },
    [setVotes]
  )
  // Scores sent but not yet back, so setting effort right after impact keeps both.
  const pendingScores = useRef(new Map<string, Pick<Idea, 'impact' | 'effort'>>())
  const setScore = useCallback(
    (idea: Idea, which: 'impact' | 'effort', value: number | null) => {
      const base = pendingScores.current.get(idea.id) ?? {
        impact: idea.impact,
        effort: idea.effort
      }
      const next = { ...base, [which]: value }
      pendingScores.current.set(idea.id, next)
      void sendCommand({ type: 'idea.score', id: idea.id, ...next }, scope).then(() => {
        if (pendingScores.current.get(idea.id) === next) pendingScores.current.delete(idea.id)
      })
    },
    [sendCommand, scope]
  )
  return { setVotes, stepVotes, setScore }
}
