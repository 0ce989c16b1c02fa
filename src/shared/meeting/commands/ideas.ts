import { LIMITS } from '../limits'
import { nextIdeaNumber } from '../ideaNumbers'
import type { Idea, Meeting } from '../schema'
import type { Handlers } from './handler'
import { checkCount, checkDepartment, checkText, findOrRefuse, refuse, replaceById } from './checks'

function checkBuildsOn(
  meeting: Meeting,
  buildsOnId: string | null | undefined,
  selfId: string | null
): string | null {
  if (!buildsOnId) return null
  if (buildsOnId === selfId) refuse('invalid_input', { key: 'buildsOnItself' })
  findOrRefuse(meeting.ideas, buildsOnId, 'ideaToBuildOn')
  // Walk up the thread so an edit cannot close a loop (A builds on B builds on A).
  const byId = new Map(meeting.ideas.map((i) => [i.id, i]))
  let cursor = byId.get(buildsOnId)
  for (let steps = 0; cursor && steps <= meeting.ideas.length; steps++) {
    if (cursor.id === selfId)
      refuse('invalid_input', { key: 'buildsInCircle' })
    cursor = cursor.buildsOnId ? byId.get(cursor.buildsOnId) : undefined
  }
  return buildsOnId
}

/** Capture and editing of ideas during the rounds. */
export const ideaHandlers: Handlers<
  'idea.add' | 'idea.update' | 'idea.move' | 'idea.merge' | 'idea.delete' | 'idea.setHidden'
> = {
  'idea.add': (m, c, ctx) => {
    const text = checkText(c.text, 'idea', LIMITS.ideaText)
    checkCount(m.ideas.length, LIMITS.ideas, 'idea')
    findOrRefuse(m.rounds, c.roundId, 'round')
    checkDepartment(m, c.departmentId)
    const idea: Idea = {
      id: ctx.newId(),
      number: nextIdeaNumber(m),
      roundId: c.roundId,
      departmentId: c.departmentId,
      author: checkText(c.author ?? '', 'author', LIMITS.shortText, false),
      text,
      buildsOnId: checkBuildsOn(m, c.buildsOnId, null),
      themeId: null,
      votes: 0,
      impact: null,
      effort: null,
      createdAt: ctx.now(),
      ...(c.source === 'room' ? { source: 'room' as const } : {})
    }
    return { ...m, ideas: [...m.ideas, idea], lastIdeaNumber: idea.number }
  },
  'idea.setHidden': (m, { id, hidden }) => {
    const { hidden: _was, ...idea } = findOrRefuse(m.ideas, id, 'idea')
    return { ...m, ideas: replaceById(m.ideas, hidden ? { ...idea, hidden: true } : idea) }
  },
  'idea.update': (m, c) => {
    const current = findOrRefuse(m.ideas, c.id, 'idea')
    if (c.departmentId !== undefined) checkDepartment(m, c.departmentId)
    const next: Idea = {
      ...current,
      text: c.text === undefined ? current.text : checkText(c.text, 'idea', LIMITS.ideaText),
      departmentId: c.departmentId ?? current.departmentId,
      author:
        c.author === undefined
          ? current.author
          : checkText(c.author, 'author', LIMITS.shortText, false),
      buildsOnId:
        c.buildsOnId === undefined ? current.buildsOnId : checkBuildsOn(m, c.buildsOnId, c.id)
    }
    return { ...m, ideas: replaceById(m.ideas, next) }
  },
  'idea.move': (m, { id, roundId }) => {
    const current = findOrRefuse(m.ideas, id, 'idea')
    findOrRefuse(m.rounds, roundId, 'round')
    return { ...m, ideas: replaceById(m.ideas, { ...current, roundId }) }
  },
  'idea.merge': (m, { sourceId, targetId }) => {
    if (sourceId === targetId) refuse('invalid_input', { key: 'mergeSameIdea' })
    const source = findOrRefuse(m.ideas, sourceId, 'idea')
    const target = findOrRefuse(m.ideas, targetId, 'idea')
    const text = checkText(`${target.text}\n+ ${source.text}`, 'mergedIdea', LIMITS.ideaText)
    const merged: Idea = {
      ...target,
      text,
      votes: Math.min(LIMITS.votesPerItem, target.votes + source.votes),
      themeId: target.themeId ?? source.themeId,
      // Keep the target's thread unless it was building on the idea being merged into it.
      buildsOnId: target.buildsOnId === sourceId ? source.buildsOnId : target.buildsOnId
    }
    const ideas = m.ideas
      .filter((i) => i.id !== sourceId)
      .map((i) =>
        i.id === targetId ? merged : i.buildsOnId === sourceId ? { ...i, buildsOnId: targetId } : i
      )
    const actions = m.actions.map((a) =>
      a.sourceIdeaIds.includes(sourceId)
        ? {
            ...a,
            sourceIdeaIds: [...new Set(a.sourceIdeaIds.map((x) => (x === sourceId ? targetId : x)))]
          }
        : a
    )
    return { ...m, ideas, actions }
  },
  'idea.delete': (m, { id }) => {
    const idea = findOrRefuse(m.ideas, id, 'idea')
    // Ideas that built on the deleted one now build on what it built on, so threads stay connected.
    const ideas = m.ideas
      .filter((i) => i.id !== id)
      .map((i) => (i.buildsOnId === id ? { ...i, buildsOnId: idea.buildsOnId } : i))
    const actions = m.actions.map((a) =>
      a.sourceIdeaIds.includes(id)
        ? { ...a, sourceIdeaIds: a.sourceIdeaIds.filter((x) => x !== id) }
        : a
    )
    return { ...m, ideas, actions }
  }
}
