import { addDays, format, isValid, parseISO } from 'date-fns'
import type { Meeting } from '../meeting/schema'
import { minutesModel } from './minutesModel'
import { minutesWording } from './minutesWording'

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
  const W = m.wording
  const context = [m.title, m.quarter].filter((s) => s.trim()).join(', ')
  const events: CalendarEvent[] = meeting.actions.flatMap((action, index) => {
    const line = m.actions[index]
    if (!line || !realDate(action.dueDate)) return []
    const metric = [
      line.metric,
      line.baseline && W.metricFrom(line.baseline),
      line.target && W.metricTo(line.target)
    ]
      .filter(Boolean)
      .join(' ')
    return [
      {
        uid: `action-${action.id}.${meeting.id}@northstar`,
        date: action.dueDate,
        endDate: nextDay(action.dueDate),
        title: W.calendar.due(line.what, line.owner),
        description: [
          W.calendar.actionFrom(line.number, context),
          W.calendar.owner(line.owner, line.department, line.priority),
          W.calendar.forCustomers(line.customerBenefit),
          W.calendar.metric(metric, line.measureOn)
        ].join('\n'),
        categories: ['Northstar', W.calendar.actionCategory]
      }
    ]
  })
  if (realDate(meeting.nextReviewDate)) {
    events.push({
      uid: `next-review.${meeting.id}@northstar`,
      date: meeting.nextReviewDate,
      endDate: nextDay(meeting.nextReviewDate),
      title: W.calendar.nextReviewTitle(m.title),
      description: [
        W.calendar.nextReviewAfter(context),
        ...(m.priorities.length
          ? [W.calendar.prioritiesSet, ...m.priorities.map((p, i) => `${i + 1}. ${p}`)]
          : [])
      ].join('\n'),
      categories: ['Northstar', W.calendar.reviewCategory]
    })
  }
  return events
}

/**
 * What calendarEvents leaves out, and why, in sentences of the meeting's language: every export that
 * skips something says so (the file itself cannot).
 */
export function calendarSkipped(meeting: Meeting): string[] {
  const W = minutesWording(meeting.facts.language).calendarSkipped
  const skipped = meeting.actions
    .filter((action) => !realDate(action.dueDate))
    .map((action) => W.action(action.what.slice(0, 80), action.dueDate))
  if (meeting.nextReviewDate !== '' && !realDate(meeting.nextReviewDate))
    skipped.push(W.nextReview(meeting.nextReviewDate))
  return skipped
}
