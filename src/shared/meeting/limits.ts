/** Upper bounds on user text. Generous for real use, small enough that a paste accident cannot bloat a file. */
export const LIMITS = {
  shortText: 200,
  ideaText: 2_000,
  longText: 20_000,
  departments: 30,
  attendees: 500,
  rounds: 20,
  ideas: 20_000,
  actions: 2_000,
  themes: 500,
  recognitions: 200,
  priorities: 3,
  votesPerItem: 10_000,
  plannedMinutes: 24 * 60,
  roundMinutes: 240,
  voteBudget: 100
} as const
