import type { Meeting } from './schema'
import type { ShortlistEntry } from './shortlist'

/** What a new action starts with when it comes from a shortlisted idea or theme. */
export interface ActionSeed {
  what: string
  /** The idea's department, or the department most of the theme's ideas came from; null if none. */
  departmentId: string | null
  /** The ideas the action links back to: the idea itself, or every idea in the theme. */
  sourceIdeaIds: string[]
}

/** Prefills an action from one shortlist entry so the link back to its ideas is kept. */
export function actionSeedFrom(
  meeting: Meeting,
  entry: Pick<ShortlistEntry, 'kind' | 'id'>
): ActionSeed {
  if (entry.kind === 'idea') {
    const idea = meeting.ideas.find((i) => i.id === entry.id)
    return {
      what: idea?.text ?? '',
      departmentId: idea?.departmentId ?? null,
      sourceIdeaIds: idea ? [idea.id] : []
    }
  }
  const theme = meeting.themes.find((t) => t.id === entry.id)
  const ideas = theme ? meeting.ideas.filter((i) => i.themeId === theme.id) : []
  const counts = new Map<string, number>()
  for (const idea of ideas) counts.set(idea.departmentId, (counts.get(idea.departmentId) ?? 0) + 1)
  let departmentId: string | null = null
  let best = 0
  // Ties go to the department seen first, so the choice does not change between renders.
  for (const [id, count] of counts) {
    if (count > best) {
      best = count
      departmentId = id
    }
  }
  return { what: theme?.name ?? '', departmentId, sourceIdeaIds: ideas.map((i) => i.id) }
}

/** Ids of the ideas that already feed an action, so the shortlist can mark what is covered. */
export function ideasWithActions(meeting: Meeting): Set<string> {
  return new Set(meeting.actions.flatMap((a) => a.sourceIdeaIds))
}
