import type { Meeting, MeetingSummary } from '../../shared/meeting/schema'

/** What the library shows for a meeting. */
export function summaryOf(meeting: Meeting, archived: boolean): MeetingSummary {
  return {
    id: meeting.id,
    title: meeting.facts.title,
    quarter: meeting.facts.quarter,
    date: meeting.facts.date,
    updatedAt: meeting.updatedAt,
    ideaCount: meeting.ideas.length,
    actionCount: meeting.actions.length,
    archived
  }
}

/** Newest first; ties broken by title so the order is stable. */
export const byNewest = (a: MeetingSummary, b: MeetingSummary): number =>
  b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title)
