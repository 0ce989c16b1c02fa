import { LIMITS } from '../limits'
import type { Handlers } from './handler'
import { checkCount, checkDate, checkText, findOrRefuse, refuse } from './checks'

/** Recognition and close: advocates, the three priorities, the next review. */
export const closeHandlers: Handlers<
  'recognition.add' | 'recognition.remove' | 'priorities.set' | 'nextReview.set'
> = {
  'recognition.add': (m, { who, forWhat }, ctx) => {
    checkCount(m.recognitions.length, LIMITS.recognitions, 'recognitions')
    const recognition = {
      id: ctx.newId(),
      who: checkText(who, 'Who is recognised', LIMITS.shortText),
      forWhat: checkText(forWhat, 'What they are recognised for', LIMITS.ideaText)
    }
    return { ...m, recognitions: [...m.recognitions, recognition] }
  },
  'recognition.remove': (m, { id }) => {
    findOrRefuse(m.recognitions, id, 'recognition')
    return { ...m, recognitions: m.recognitions.filter((r) => r.id !== id) }
  },
  'priorities.set': (m, { priorities }) => {
    const cleaned = priorities
      .map((p) => checkText(p, 'A priority', LIMITS.ideaText, false))
      .filter(Boolean)
    if (cleaned.length > LIMITS.priorities) {
      refuse('too_many', `Keep it to ${LIMITS.priorities} priorities for the coming quarter.`)
    }
    return { ...m, priorities: cleaned }
  },
  'nextReview.set': (m, { date }) => ({
    ...m,
    nextReviewDate: checkDate(date, 'The next review date', true)
  })
}
