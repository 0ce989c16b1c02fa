import type { Meeting, MeetingSummary } from '../../shared/meeting/schema'

/** What the library shows for a meeting; `readOnly` when the file is over a limit (see overLimits). */
export function summaryOf(meeting: Meeting, archived: boolean, readOnly = false): MeetingSummary {
  return {
    id: meeting.id,
    title: meeting.facts.title,
    quarter: meeting.facts.quarter,
    date: meeting.facts.date,
    updatedAt: meeting.updatedAt,
    ideaCount: meeting.ideas.length,
    actionCount: meeting.actions.length,
    archived,
    ...(readOnly ? { readOnly: true } : {})
  }
}

/** Newest first; ties broken by title so the order is stable. */
export const byNewest = (a: MeetingSummary, b: MeetingSummary): number =>
  b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title)
