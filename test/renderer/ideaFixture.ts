import type { Idea } from '../../src/shared/meeting/schema'

/** An idea as a meeting holds it, with no votes, theme, score or link: what a round's tests need. */
export const testIdea = (
  id: string,
  departmentId: string,
  text: string,
  number: number,
  roundId = 'r1'
): Idea => ({
  id,
  number,
  roundId,
  departmentId,
  author: '',
  text,
  buildsOnId: null,
  themeId: null,
  votes: 0,
  impact: null,
  effort: null,
  createdAt: '2026-11-23T09:00:00Z'
})
