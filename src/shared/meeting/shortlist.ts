import type { Meeting } from './schema'

/** One entry of the ranked shortlist: a theme or a single idea that received votes. */
export interface ShortlistEntry {
  kind: 'theme' | 'idea'
  id: string
  label: string
  votes: number
  /** Impact minus effort for scored ideas (higher is better), null when not scored or for themes. */
  score: number | null
  /** 1-based; entries with equal votes and score share a rank (1, 2, 2, 4). */
  rank: number
}

const scoreOf = (impact: number | null, effort: number | null): number | null =>
  impact === null || effort === null ? null : impact - effort

/**
 * The ranked shortlist that converge produces: voted themes and voted ideas, most votes first, then
 * the better impact/effort score, then the order they were created in. Linear-logarithmic in size.
 */
export function rankedShortlist(meeting: Meeting, limit = 10): ShortlistEntry[] {
  const candidates = [
    ...meeting.themes
      .filter((t) => t.votes > 0)
      .map((t) => ({
        kind: 'theme' as const,
        id: t.id,
        label: t.name,
        votes: t.votes,
        score: null
      })),
    ...meeting.ideas
      .filter((i) => i.votes > 0)
      .map((i) => ({
        kind: 'idea' as const,
        id: i.id,
        label: i.text,
        votes: i.votes,
        score: scoreOf(i.impact, i.effort)
      }))
  ]
  const order = (s: number | null) => (s === null ? -Infinity : s)
  // Array.prototype.sort is stable, so equal entries keep their creation order.
  const sorted = candidates.sort((a, b) => b.votes - a.votes || order(b.score) - order(a.score))
  const ranked: ShortlistEntry[] = []
  sorted.slice(0, Math.max(0, limit)).forEach((entry, index) => {
    const previous = ranked[index - 1]
    const tied = previous && previous.votes === entry.votes && previous.score === entry.score
    ranked.push({ ...entry, rank: tied ? previous.rank : index + 1 })
  })
  return ranked
}
