import { createEvents } from 'ics'
import type { DateArray, EventAttributes } from 'ics'
import type { Meeting } from '../../shared/meeting/schema'
import { calendarEvents } from '../../shared/minutes/calendarEvents'

const dateArray = (iso: string): DateArray => {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number)
  return [y, m, d]
}

/**
 * RFC 5545 §3.1: content lines are folded at 75 octets, never inside a multi-octet character. The
 * `ics` package folds at 75 characters, which Greek or Cyrillic text turns into ~150 octets, so the
 * output is unfolded and folded again by bytes here.
 */
export function foldIcsLines(text: string): string {
  const encoder = new TextEncoder()
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n')
  return lines
    .map((line) => {
      const parts: string[] = []
      let current = ''
      let octets = 0
      // The first line holds 75 octets; continuation lines start with a space, leaving 74.
      let limit = 75
      for (const ch of line) {
        const size = encoder.encode(ch).length
        if (octets + size > limit) {
          parts.push(current)
          current = ''
          octets = 0
          limit = 74
        }
        current += ch
        octets += size
      }
      parts.push(current)
      return parts.join('\r\n ')
    })
    .join('\r\n')
}

/**
 * The .ics calendar: one all-day event per action due date and one for the next review, with stable
 * UIDs (re-importing updates the events) and DTSTAMP set to `now`.
 */
export function minutesCalendar(meeting: Meeting, now: Date): string {
  const events: EventAttributes[] = calendarEvents(meeting).map((e) => ({
    uid: e.uid,
    start: dateArray(e.date),
    end: dateArray(e.endDate),
    title: e.title,
    description: e.description,
    categories: e.categories,
    transp: 'TRANSPARENT',
    timestamp: now.getTime()
  }))
  const { error, value } = createEvents(events, {
    productId: '-//Northstar//Action minutes//EN',
    calName: meeting.facts.title
  })
  if (error || value === null) throw error ?? new Error('The calendar file could not be made.')
  return foldIcsLines(value)
}
