import { describe, expect, it } from 'vitest'
import type { Meeting } from '../../src/shared/meeting/schema'
import { applyAll, dept, firstRound, freshMeeting, refusal } from './support'

function withIdeas() {
  const { meeting, ctx } = freshMeeting()
  const m = applyAll(
    meeting,
    ['Trials for teachers', 'Music mode', 'Story program'].map((text) => ({
      type: 'idea.add' as const,
      roundId: firstRound(meeting),
      departmentId: dept(meeting, 'Product'),
      text
    })),
    ctx
  )
  return { m, ctx }
}

const ids = (m: Meeting) => m.ideas.map((i) => i.id)

describe('converge commands', () => {
  it('groups ideas into a theme, renames and removes it', () => {
    const { m, ctx } = withIdeas()
    const [a, b] = ids(m)
    let next = applyAll(m, [{ type: 'theme.add', name: 'Schools', ideaIds: [a!, b!] }], ctx)
    const theme = next.themes[0]!.id
    expect(next.ideas.filter((i) => i.themeId === theme)).toHaveLength(2)
    next = applyAll(next, [{ type: 'theme.rename', id: theme, name: 'Schools & music' }], ctx)
    expect(next.themes[0]!.name).toBe('Schools & music')
    next = applyAll(next, [{ type: 'theme.remove', id: theme }], ctx)
    expect(next.themes).toHaveLength(0)
    expect(next.ideas.every((i) => i.themeId === null)).toBe(true)
    expect(refusal(m, { type: 'theme.add', name: '' }, ctx).code).toBe('empty_text')
    expect(refusal(m, { type: 'theme.add', name: 'T', ideaIds: ['ghost'] }, ctx).code).toBe(
      'unknown_id'
    )
  })

  it('moves one idea in and out of a theme', () => {
    const { m, ctx } = withIdeas()
    let next = applyAll(m, [{ type: 'theme.add', name: 'T' }], ctx)
    const theme = next.themes[0]!.id
    next = applyAll(next, [{ type: 'idea.setTheme', ideaId: ids(m)[2]!, themeId: theme }], ctx)
    expect(next.ideas[2]!.themeId).toBe(theme)
    next = applyAll(next, [{ type: 'idea.setTheme', ideaId: ids(m)[2]!, themeId: null }], ctx)
    expect(next.ideas[2]!.themeId).toBeNull()
    expect(
      refusal(next, { type: 'idea.setTheme', ideaId: ids(m)[2]!, themeId: 'ghost' }, ctx).code
    ).toBe('unknown_id')
  })

  it('records vote tallies for ideas and themes; refuses negative or fractional tallies', () => {
    const { m, ctx } = withIdeas()
    let next = applyAll(m, [{ type: 'theme.add', name: 'T' }], ctx)
    next = applyAll(
      next,
      [
        { type: 'votes.set', target: 'idea', id: ids(m)[0]!, votes: 7 },
        { type: 'votes.set', target: 'theme', id: next.themes[0]!.id, votes: 4 }
      ],
      ctx
    )
    expect(next.ideas[0]!.votes).toBe(7)
    expect(next.themes[0]!.votes).toBe(4)
    expect(
      refusal(next, { type: 'votes.set', target: 'idea', id: ids(m)[0]!, votes: -1 }, ctx).code
    ).toBe('invalid_input')
    expect(
      refusal(next, { type: 'votes.set', target: 'idea', id: ids(m)[0]!, votes: 1.5 }, ctx).code
    ).toBe('invalid_input')
    expect(
      refusal(next, { type: 'votes.set', target: 'theme', id: 'ghost', votes: 1 }, ctx).code
    ).toBe('unknown_id')
  })

  it('scores impact and effort from 1 to 5, or clears them', () => {
    const { m, ctx } = withIdeas()
    const scored = applyAll(m, [{ type: 'idea.score', id: ids(m)[1]!, impact: 5, effort: 2 }], ctx)
    expect(scored.ideas[1]).toMatchObject({ impact: 5, effort: 2 })
    expect(
      applyAll(scored, [{ type: 'idea.score', id: ids(m)[1]!, impact: null, effort: null }], ctx)
        .ideas[1]!.impact
    ).toBeNull()
    expect(
      refusal(m, { type: 'idea.score', id: ids(m)[1]!, impact: 6, effort: 1 }, ctx).message
    ).toContain('1 to 5')
  })
})
