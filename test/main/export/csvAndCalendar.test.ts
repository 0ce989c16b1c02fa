import { readFile } from 'node:fs/promises'
import ical from 'node-ical'
import type { VEvent } from 'node-ical'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { minutesCalendar } from '../../../src/main/export/calendar'
import { writeExports } from '../../../src/main/export/writeExports'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { seedMeeting, tempFolder } from './support'

async function exportText(meeting: Meeting, format: 'csv' | 'ics'): Promise<string> {
  const { files } = await writeExports(meeting, [format], await tempFolder())
  return readFile(files[0]?.path ?? '', 'utf8')
}

/** The events of an .ics text, as node-ical parses them. */
const vevents = (text: string): VEvent[] =>
  Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT')

const summaryOf = (e: VEvent): string =>
  typeof e.summary === 'string' ? e.summary : (e.summary?.val ?? '')

const hostile = (m: Meeting): Meeting => ({
  ...m,
  actions: m.actions.map((a, i) =>
    i === 0
      ? {
          ...a,
          what: '=HYPERLINK("http://evil.example","click")',
          owner: '+Tom, "the boss" Becker',
          customerBenefit: '@SUM(A1:A9)\nsecond line',
          metric: { ...a.metric, baseline: '-2+3', target: '\t=1+1' }
        }
      : a
  )
})

describe('CSV of actions', () => {
  it('starts with a BOM and reads back as one row per action with the same values', async () => {
    const m = await seedMeeting()
    const csv = await exportText(m, 'csv')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true
    })
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toHaveLength(m.actions.length)
    expect(parsed.data.map((r) => r.Owner)).toEqual(m.actions.map((a) => a.owner))
    expect(parsed.data[3]).toMatchObject({
      Owner: 'Дмитрий Иванов',
      'Due date': '2027-02-26',
      Baseline: '81%'
    })
  })

  it('neutralises formulas and keeps commas, quotes and line breaks inside their cells', async () => {
    const csv = await exportText(hostile(await seedMeeting()), 'csv')
    const [row] = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true
    }).data
    expect(row?.Action).toBe(`'=HYPERLINK("http://evil.example","click")`)
    expect(row?.Owner).toBe(`'+Tom, "the boss" Becker`)
    expect(row?.['Customer benefit']).toBe(`'@SUM(A1:A9)\nsecond line`)
    expect(row?.Baseline).toBe(`'-2+3`)
    expect(row?.Target).toBe(`'\t=1+1`)
    // Cells that merely contain those characters later on are left alone.
    expect(csv).toContain('"Ship the music-clarity mode, on by default"')
  })
})

describe('calendar file', () => {
  it('parses as one all-day event per action due date plus the next review', async () => {
    const m = await seedMeeting()
    const events = vevents(await exportText(m, 'ics'))
    expect(events).toHaveLength(m.actions.length + 1)
    expect(events.map(summaryOf)).toContain(
      'Due: Recital-season bundle for partner schools (Σοφία Παπαδοπούλου)'
    )
    for (const e of events) {
      expect(e.datetype).toBe('date')
      expect(e.uid).toMatch(/@northstar$/)
      expect(e.dtstamp).toBeInstanceOf(Date)
    }
    const review = events.find((e) => summaryOf(e).startsWith('Next'))
    expect(review?.start.getDate()).toBe(22)
  })

  it('folds lines at 75 octets without splitting a character, and escapes text', async () => {
    const text = minutesCalendar(hostile(await seedMeeting()), new Date('2026-11-23T12:00:00Z'))
    expect(text).toContain('DTSTAMP:20261123T120000Z')
    const lines = text.split('\r\n')
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(text).not.toContain('\uFFFD')
    const unfolded = text.replace(/\r\n[ \t]/g, '')
    expect(unfolded).toContain(
      'SUMMARY:Due: =HYPERLINK("http://evil.example"\\,"click") (+Tom\\, "the boss" Becker)'
    )
    expect(unfolded).toContain('@SUM(A1:A9)\\nsecond line')
  })

  it('is valid with no actions and no next review', async () => {
    const m = await seedMeeting()
    const text = minutesCalendar({ ...m, actions: [], nextReviewDate: '' }, new Date())
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(vevents(text)).toEqual([])
  })
})
