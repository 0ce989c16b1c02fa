import { useMemo } from 'react'
import type { Idea, Meeting } from '../../../../shared/meeting/schema'
import { rankedShortlist } from '../../../../shared/meeting/shortlist'
import { buildsOnLabels } from '../rounds/ideaLabels'

/** What the converge board looks up per row, computed once per saved change. */
export function useBoardLookups(meeting: Meeting) {
  const departments = useMemo(
    () => new Map(meeting.departments.map((d) => [d.id, d])),
    [meeting.departments]
  )
  const byTheme = useMemo(() => {
    const groups = new Map<string | null, Idea[]>()
    for (const idea of meeting.ideas) {
      const key = idea.themeId
      const list = groups.get(key)
      if (list) list.push(idea)
      else groups.set(key, [idea])
    }
    return groups
  }, [meeting.ideas])
  // Every idea in the order the board draws them: theme by theme, then the unthemed ones.
  const boardOrder = useMemo(
    () =>
      [...meeting.themes.map((t) => t.id), null].flatMap((id) =>
        (byTheme.get(id) ?? []).map((idea) => idea.id)
      ),
    [meeting.themes, byTheme]
  )
  const roundTitles = useMemo(
    () => new Map(meeting.rounds.map((r) => [r.id, r.title])),
    [meeting.rounds]
  )
  const buildLinks = useMemo(() => buildsOnLabels(meeting), [meeting])
  const shortlist = useMemo(() => rankedShortlist(meeting), [meeting])
  const shortlistedIdeas = useMemo(
    () => new Set(shortlist.filter((e) => e.kind === 'idea').map((e) => e.id)),
    [shortlist]
  )

  return { departments, byTheme, boardOrder, roundTitles, buildLinks, shortlist, shortlistedIdeas }
}
