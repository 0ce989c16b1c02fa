import { LIMITS } from '../limits'
import type { Handlers } from './handler'
import { checkCount, checkInt, checkText, findOrRefuse, refuse, replaceById } from './checks'

/** Themes, dot votes and impact/effort scores. */
export const convergeHandlers: Handlers<
  'theme.add' | 'theme.rename' | 'theme.remove' | 'idea.setTheme' | 'votes.set' | 'idea.score'
> = {
  'theme.add': (m, { name, ideaIds }, ctx) => {
    checkCount(m.themes.length, LIMITS.themes, 'theme')
    const theme = {
      id: ctx.newId(),
      name: checkText(name, 'themeName', LIMITS.shortText),
      votes: 0
    }
    const members = new Set(ideaIds ?? [])
    for (const ideaId of members) findOrRefuse(m.ideas, ideaId, 'idea')
    return {
      ...m,
      themes: [...m.themes, theme],
      ideas: m.ideas.map((i) => (members.has(i.id) ? { ...i, themeId: theme.id } : i))
    }
  },
  'theme.rename': (m, { id, name }) => {
    const theme = findOrRefuse(m.themes, id, 'theme')
    return {
      ...m,
      themes: replaceById(m.themes, {
        ...theme,
        name: checkText(name, 'themeName', LIMITS.shortText)
      })
    }
  },
  'theme.remove': (m, { id }) => {
    findOrRefuse(m.themes, id, 'theme')
    return {
      ...m,
      themes: m.themes.filter((t) => t.id !== id),
      ideas: m.ideas.map((i) => (i.themeId === id ? { ...i, themeId: null } : i))
    }
  },
  'idea.setTheme': (m, { ideaId, themeId }) => {
    const idea = findOrRefuse(m.ideas, ideaId, 'idea')
    if (themeId) findOrRefuse(m.themes, themeId, 'theme')
    // Already there: nothing changes, so there is nothing to undo either.
    if (idea.themeId === themeId) return m
    return { ...m, ideas: replaceById(m.ideas, { ...idea, themeId }) }
  },
  'votes.set': (m, { target, id, votes }) => {
    const count = checkInt(votes, 'votes', 0, LIMITS.votesPerItem)
    if (target === 'idea') {
      const idea = findOrRefuse(m.ideas, id, 'idea')
      return { ...m, ideas: replaceById(m.ideas, { ...idea, votes: count }) }
    }
    const theme = findOrRefuse(m.themes, id, 'theme')
    return { ...m, themes: replaceById(m.themes, { ...theme, votes: count }) }
  },
  'idea.score': (m, { id, impact, effort }) => {
    const idea = findOrRefuse(m.ideas, id, 'idea')
    const score = (value: number | null, field: 'impact' | 'effort') => {
      if (value === null) return null
      if (!Number.isInteger(value) || value < 1 || value > 5)
        refuse('invalid_input', { key: 'notAScore', field })
      return value
    }
    return {
      ...m,
      ideas: replaceById(m.ideas, {
        ...idea,
        impact: score(impact, 'impact'),
        effort: score(effort, 'effort')
      })
    }
  }
}
