import type { Idea, Meeting, Round } from '../meeting/schema'
import type { ProjectorIdea } from './view'

/**
 * The most ideas of a round the projector is sent: at 1080p the smallest type shows about 60, so this
 * leaves room for a very large screen while a 10,000-idea meeting costs the room no more than a small one.
 */
export const PROJECTOR_ROUND_IDEAS = 150

/** The current round's part of the projector's view. */
export interface RoundIdeasView {
  ideas: ProjectorIdea[]
  earlierIdeas: number
  ideaCounts: Record<string, number>
}

/** Ideas by id, only those asked for: one pass over the meeting's ideas, no map of all of them. */
export function ideasWithIds(ideas: readonly Idea[], ids: ReadonlySet<string>): Map<string, Idea> {
  const found = new Map<string, Idea>()
  if (ids.size === 0) return found
  for (const idea of ideas) {
    if (ids.has(idea.id)) found.set(idea.id, idea)
    if (found.size === ids.size) break
  }
  return found
}

interface Projected {
  base: Idea | undefined
  otherRound: string | null
  value: ProjectorIdea
}

/**
 * Each idea's projection, kept while the idea (an immutable object: a change makes a new one), the
 * idea it builds on and that idea's round title are the same. An unchanged idea is then the same
 * object in every view, so the diff against the last view passes over it at once (no field-by-field
 * comparison) and nothing new is made for the 150 ideas on every change.
 */
const projections = new WeakMap<Idea, Projected>()

function projectIdea(idea: Idea, base: Idea | undefined, otherRound: string | null): ProjectorIdea {
  const cached = projections.get(idea)
  if (cached && cached.base === base && cached.otherRound === otherRound) return cached.value
  const value: ProjectorIdea = {
    id: idea.id,
    number: idea.number,
    departmentId: idea.departmentId,
    text: idea.text,
    buildsOn: base ? { number: base.number, departmentId: base.departmentId, otherRound } : null
  }
  projections.set(idea, { base, otherRound, value })
  return value
}

/**
 * The round's newest ideas (at most PROJECTOR_ROUND_IDEAS) as the room sees them, how many earlier
 * ones are left out, and every department's count. `meeting` is the room's (hidden ideas left out).
 */
export function roundIdeasView(meeting: Meeting, round: Round | null): RoundIdeasView {
  const ideaCounts: Record<string, number> = Object.fromEntries(
    meeting.departments.map((d) => [d.id, 0])
  )
  if (!round) return { ideas: [], earlierIdeas: 0, ideaCounts }
  const inRound: Idea[] = []
  for (const idea of meeting.ideas) {
    if (idea.roundId !== round.id) continue
    inRound.push(idea)
    ideaCounts[idea.departmentId] = (ideaCounts[idea.departmentId] ?? 0) + 1
  }
  const shown = inRound.slice(-PROJECTOR_ROUND_IDEAS)
  const baseIds = new Set<string>()
  for (const idea of shown) if (idea.buildsOnId) baseIds.add(idea.buildsOnId)
  const bases = ideasWithIds(meeting.ideas, baseIds)
  const roundTitles = new Map(meeting.rounds.map((r) => [r.id, r.title]))
  return {
    ideas: shown.map((idea) => {
      const base = idea.buildsOnId ? bases.get(idea.buildsOnId) : undefined
      const otherRound =
        !base || base.roundId === idea.roundId ? null : (roundTitles.get(base.roundId) ?? null)
      return projectIdea(idea, base, otherRound)
    }),
    earlierIdeas: inRound.length - shown.length,
    ideaCounts
  }
}
