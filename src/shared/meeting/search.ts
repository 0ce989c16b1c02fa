import type { Action, Idea, Meeting } from './schema'

/** Which ideas to keep besides the words typed. `themeId: 'none'` keeps ideas without a theme. */
export interface IdeaFilter {
  departmentId: string | null
  roundId: string | null
  themeId: string | null
}

export const NO_FILTER: IdeaFilter = { departmentId: null, roundId: null, themeId: null }

/** An idea that matched, with its number in the meeting, as every view shows it. */
export interface IdeaHit {
  idea: Idea
  number: number
}

export interface SearchResults {
  ideas: IdeaHit[]
  actions: Action[]
  /** How many ideas and actions matched before the lists were cut to `limit`. */
  ideaTotal: number
  actionTotal: number
}

/** Lower case without accents or extra spaces, so "cafe" finds "Café". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ')
}

/** The words of a query, folded; an idea or action matches when it contains every one of them. */
export function queryWords(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean)
}

const matchesAll = (words: string[], haystack: string): boolean =>
  words.every((word) => haystack.includes(word))

function keepsIdea(idea: Idea, filter: IdeaFilter): boolean {
  if (filter.departmentId !== null && idea.departmentId !== filter.departmentId) return false
  if (filter.roundId !== null && idea.roundId !== filter.roundId) return false
  if (filter.themeId === 'none') return idea.themeId === null
  return filter.themeId === null || idea.themeId === filter.themeId
}

/**
 * Finds ideas (text and author) and actions (what, owner, customer benefit) containing every word of
 * `query`, ignoring case and accents. Ideas are also narrowed by `filter`; with an empty query the
 * filter alone decides, so "all Finance ideas of round 2" is a search too. Actions are listed only
 * for a non-empty query and when no idea filter is set (filters describe ideas). Pure; linear in the
 * size of the meeting.
 */
export function searchMeeting(
  meeting: Meeting,
  query: string,
  filter: IdeaFilter = NO_FILTER,
  limit = 50
): SearchResults {
  const words = queryWords(query)
  const filtering =
    filter.departmentId !== null || filter.roundId !== null || filter.themeId !== null
  if (words.length === 0 && !filtering) {
    return { ideas: [], actions: [], ideaTotal: 0, actionTotal: 0 }
  }
  const ideas: IdeaHit[] = []
  let ideaTotal = 0
  for (const idea of meeting.ideas) {
    if (!keepsIdea(idea, filter)) continue
    if (!matchesAll(words, foldForSearch(`${idea.text} ${idea.author}`))) continue
    ideaTotal++
    if (ideas.length < limit) ideas.push({ idea, number: idea.number })
  }
  const actionHits =
    words.length === 0 || filtering
      ? []
      : meeting.actions.filter((a) =>
          matchesAll(words, foldForSearch(`${a.what} ${a.owner} ${a.customerBenefit}`))
        )
  return {
    ideas,
    actions: actionHits.slice(0, limit),
    ideaTotal,
    actionTotal: actionHits.length
  }
}
