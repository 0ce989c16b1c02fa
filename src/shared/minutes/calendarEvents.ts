import { addDays, format, isValid, parseISO } from 'date-fns'
import type { Meeting } from '../meeting/schema'
import { minutesModel } from './minutesModel'

/** An all-day calendar entry, independent of any iCalendar library. */
export interface CalendarEvent {
  /** Stable across exports of the same meeting, so re-importing updates instead of duplicating. */
  uid: string
  /** `YYYY-MM-DD` */
  date: string
  /** The day after `date`: all-day events end exclusively (RFC 5545 §3.6.1). */
  endDate: string
  title: string
  description: string
  categories: string[]
}

const nextDay = (iso: string) => format(addDays(parseISO(iso), 1), 'yyyy-MM-dd')
const realDate = (iso: string) => /^\d{4}-\d{2}-\d{2}$/.test(iso) && isValid(parseISO(iso))

/**
 * One all-day event per action due date and one for the next review. Pure; the main process turns
 * these into an .ics file. Dates that do not exist are skipped rather than guessed.
 */
export function calendarEvents(meeting: Meeting): CalendarEvent[] {
  const m = minutesModel(meeting)
  const context = [m.title, m.quarter].filter((s) => s.trim()).join(', ')
  const events: CalendarEvent[] = meeting.actions.flatMap((action, index) => {
    const line = m.actions[index]
    if (!line || !realDate(action.dueDate)) return []
    const metric = [
      line.metric,
      line.baseline && `from ${line.baseline}`,
      line.target && `to ${line.target}`
    ]
      .filter(Boolean)
      .join(' ')
    return [
      {
        uid: `action-${action.id}.${meeting.id}@northstar`,
        date: action.dueDate,
        endDate: nextDay(action.dueDate),
        title: `Due: ${line.what} (${line.owner})`,
        description: [
          `Action #${line.number} from ${context}.`,
          `Owner: ${line.owner} (${line.department}). Priority: ${line.priority}.`,
          `For customers: ${line.customerBenefit}`,
          `Customer metric: ${metric}${line.measureOn ? `, measured ${line.measureOn}` : ''}.`
        ].join('\n'),
        categories: ['Northstar', 'Action']
      }
    ]
  })
  if (realDate(meeting.nextReviewDate)) {
    events.push({
      uid: `next-review.${meeting.id}@northstar`,
      date: meeting.nextReviewDate,
      endDate: nextDay(meeting.nextReviewDate),
      title: `Next customer-centric review (after ${m.title})`,
      description: [
        `The next review after ${context}.`,
        ...(m.priorities.length
          ? ['Priorities set for this quarter:', ...m.priorities.map((p, i) => `${i + 1}. ${p}`)]
          : [])
      ].join('\n'),
      categories: ['Northstar', 'Review']
    })
  }
  return events
}

/**
 * What calendarEvents leaves out, and why, in plain sentences: every export that skips something
 * says so (the file itself cannot).
 */
export function calendarSkipped(meeting: Meeting): string[] {
  const skipped = meeting.actions
    .filter((action) => !realDate(action.dueDate))
    .map(
      (action) =>
        `The action “${action.what.slice(0, 80)}” is not in the calendar: its due date “${action.dueDate}” is not a real date.`
    )
  if (meeting.nextReviewDate !== '' && !realDate(meeting.nextReviewDate)) {
    skipped.push(
      `The next review is not in the calendar: its date “${meeting.nextReviewDate}” is not a real date.`
    )
  }
  return skipped
}
