import { LIMITS } from '../limits'
import type { Handlers } from './handler'
import { checkCount, checkDate, checkText, findOrRefuse, refuse } from './checks'

/** Recognition and close: advocates, the three priorities, the next review. */
export const closeHandlers: Handlers<
  'recognition.add' | 'recognition.remove' | 'priorities.set' | 'nextReview.set'
> = {
  'recognition.add': (m, { who, forWhat }, ctx) => {
    checkCount(m.recognitions.length, LIMITS.recognitions, 'recognition')
    const recognition = {
      id: ctx.newId(),
      who: checkText(who, 'recognisedWho', LIMITS.shortText),
      forWhat: checkText(forWhat, 'recognisedFor', LIMITS.ideaText)
    }
    return { ...m, recognitions: [...m.recognitions, recognition] }
  },
  'recognition.remove': (m, { id }) => {
    findOrRefuse(m.recognitions, id, 'recognition')
    return { ...m, recognitions: m.recognitions.filter((r) => r.id !== id) }
  },
  'priorities.set': (m, { priorities }) => {
    const cleaned = priorities
      .map((p) => checkText(p, 'priority', LIMITS.ideaText, false))
      .filter(Boolean)
    if (cleaned.length > LIMITS.priorities) {
      refuse('too_many', { key: 'tooManyPriorities', max: LIMITS.priorities })
    }
    return { ...m, priorities: cleaned }
  },
  'nextReview.set': (m, { date }) => ({
    ...m,
    nextReviewDate: checkDate(date, 'nextReviewDate', true)
  })
}
