import type { Meeting } from './schema'

/** Where the room stands against its dot-vote budget. */
export interface VoteBudgetStatus {
  /** Dots each person may place. */
  perPerson: number
  /** How many people are listed as attendees. */
  attendees: number
  /** Dots the room has in total, or null when no attendees are listed (the total is unknown). */
  available: number | null
  /** Dots recorded so far on ideas and themes. */
  recorded: number
  /** Dots left (negative when over), or null when the total is unknown. */
  remaining: number | null
  /** More dots recorded than the room has: worth a warning, never a refusal (tallies may be rough). */
  over: boolean
}

/** The vote budget (per person × attendees) against the tallies recorded on ideas and themes. */
export function voteBudgetStatus(meeting: Meeting): VoteBudgetStatus {
  const perPerson = meeting.voteBudget
  const attendees = meeting.attendees.length
  let recorded = 0
  for (const idea of meeting.ideas) recorded += idea.votes
  for (const theme of meeting.themes) recorded += theme.votes
  const available = attendees > 0 ? perPerson * attendees : null
  const remaining = available === null ? null : available - recorded
  return {
    perPerson,
    attendees,
    available,
    recorded,
    remaining,
    over: remaining !== null && remaining < 0
  }
}
