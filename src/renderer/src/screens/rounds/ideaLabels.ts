import { ideasById } from '../../../../shared/meeting/ideaIndex'
import type { Department, Idea, Meeting } from '../../../../shared/meeting/schema'
import { strings } from '../../strings'

/**
 * "builds on #3 (Marketing)" for every idea that builds on another, keyed by idea id. The round is
 * named too when the base idea sits in another round, so the room knows where to look. Only `ideas`
 * (by default the whole meeting's) get a label: the Rounds board asks for its round's alone.
 */
export function buildsOnLabels(
  meeting: Meeting,
  ideas: readonly Idea[] = meeting.ideas
): Map<string, string> {
  const byId = ideasById(meeting.ideas)
  const departmentName = new Map(meeting.departments.map((d) => [d.id, d.name]))
  const roundTitle = new Map(meeting.rounds.map((r) => [r.id, r.title]))
  const labels = new Map<string, string>()
  for (const idea of ideas) {
    const base = idea.buildsOnId ? byId.get(idea.buildsOnId) : undefined
    if (!base) continue
    const { number } = base
    const department = departmentName.get(base.departmentId) ?? ''
    labels.set(
      idea.id,
      base.roundId === idea.roundId
        ? strings.rounds.buildsOn(number, department)
        : strings.rounds.buildsOnInRound(number, department, roundTitle.get(base.roundId) ?? '')
    )
  }
  return labels
}

/** A department's name by id, or an empty string for one that no longer exists. */
export const departmentNameOf = (departments: readonly Department[], id: string): string =>
  departments.find((d) => d.id === id)?.name ?? ''
