import { describe, expect, it } from 'vitest'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { actionRows } from '../../../src/shared/minutes/actionRows'
import { calendarEvents, calendarSkipped } from '../../../src/shared/minutes/calendarEvents'
import { minutesDocument } from '../../../src/shared/minutes/minutesDocument'
import { escapeMarkdown, minutesMarkdown } from '../../../src/shared/minutes/minutesMarkdown'
import type { PdfContent } from '../../../src/shared/minutes/pdfTypes'
import { buildSeed000Meeting, SEED000_PRIVATE } from '../../../scripts/fixtures/seed000'

const withAction = (m: Meeting, what: string): Meeting => ({
  ...m,
  actions: m.actions.map((a, i) => (i === 0 ? { ...a, what } : a))
})

/** The PDF's section headings (style h1, in the table of contents), in document order. */
function headingsOf(content: PdfContent | undefined): string[] {
  if (content === undefined || typeof content === 'string') return []
  if (Array.isArray(content)) return content.flatMap(headingsOf)
  if (content.style === 'h1' && content.tocItem && typeof content.text === 'string')
    return [content.text]
  return [...headingsOf(content.stack), ...headingsOf(content.columns)]
}

describe('Markdown minutes', () => {
  it('has the same sections, in the same order, as the PDF', () => {
    const meeting = buildSeed000Meeting()
    const markdownSections = minutesMarkdown(meeting)
      .split('\n')
      .filter((line) => line.startsWith('## '))
      .map((line) => line.slice(3))
    const pdfSections = headingsOf(minutesDocument(meeting).content)
    expect(pdfSections.length).toBeGreaterThan(5)
    expect(markdownSections).toEqual(pdfSections)
  })

  it('lists every action with its owner and due date, and no private story field', () => {
    const m = buildSeed000Meeting()
    const md = minutesMarkdown(m)
    expect(md).toContain(
      '| 4 | Offer interest-free instalments over 12 months, by phone too | Дмитрий Иванов | Finance | 26 Feb 2027 | Medium |'
    )
    for (const a of m.actions) expect(md).toContain(a.owner)
    expect(md).not.toContain(SEED000_PRIVATE.segment)
    expect(md).not.toContain(SEED000_PRIVATE.channel)
    expect(md).toContain('> Dear Hernando,\n>\n> I have been using your device')
  })

  it('shows user text literally: no accidental emphasis, links, HTML or broken tables', () => {
    const md = minutesMarkdown(
      withAction(buildSeed000Meeting(), 'Fix *all* [links](http://x) | <b>now</b>')
    )
    expect(md).toContain('Fix \\*all\\* \\[links\\](http://x) \\| \\<b\\>now\\</b\\>')
    expect(escapeMarkdown('# not a heading\n1. not a list')).toBe(
      '\\# not a heading\n1\\. not a list'
    )
  })
})

describe('Markdown minutes in European Portuguese', () => {
  const inPortuguese = (m: Meeting): Meeting => ({ ...m, facts: { ...m.facts, language: 'pt-PT' } })

  it('words the carried metrics and their movement in pt-PT, numbers with a decimal comma', () => {
    const md = minutesMarkdown(inPortuguese(buildSeed000Meeting()))
    expect(md).toContain('4.2, depois 3.6 (−0,6)')
    expect(md).toContain('3.8, depois 3.8 (sem alteração)')
    expect(md).not.toContain(' then ')
    expect(md).not.toContain('no change')
  })

  it('writes the quarter as Portugal does (T4 2026) on the cover and in the PDF’s properties', () => {
    const meeting = inPortuguese(buildSeed000Meeting())
    expect(minutesMarkdown(meeting)).toMatch(/\nT4 2026 · /)
    expect(minutesDocument(meeting).info?.subject).toBe('Ata de ações da revisão de T4 2026')
  })

  it('words the escalation and theme tables in pt-PT, columns in the order the builders set', () => {
    const md = minutesMarkdown(inPortuguese(buildSeed000Meeting()))
    expect(md).toContain(
      '| Desacordo | As duas pessoas | Aberto em | Acordo até | Prorrogação até | Ponto da situação |'
    )
    expect(md).toContain('the Sales budget? (Sobre a ação #1) |')
    expect(md).not.toContain('(action #')
    expect(md).toContain('| Tema | Ideias | Votos |')
  })

  it('says in pt-PT what the calendar leaves out', () => {
    const m = inPortuguese(buildSeed000Meeting())
    const broken = { ...m, nextReviewDate: '2027-02-30' }
    expect(calendarSkipped(broken)).toEqual([
      'A próxima revisão não está no calendário: a data “2027-02-30” não é uma data real.'
    ])
  })

  it('keeps the English wording in an English meeting', () => {
    const md = minutesMarkdown(buildSeed000Meeting())
    expect(md).toContain('4.2 then 3.6 (−0.6)')
    expect(md).toContain('3.8 then 3.8 (no change)')
    expect(md).toMatch(/\nQ4 2026 · /)
    expect(md).toContain(
      '| Disagreement | The two people | Opened | Agree by | Extension to | Where it stands |'
    )
    expect(md).toContain('| Theme | Ideas | Votes |')
  })
})

describe('CSV rows and calendar events', () => {
  it('gives one row per action with ISO dates that spreadsheets read in any locale', () => {
    const rows = actionRows(buildSeed000Meeting())
    expect(rows).toHaveLength(5)
    expect(rows[0]).toMatchObject({
      Owner: 'Tom Becker',
      'Due date': '2027-01-29',
      'Customer metric': 'Teacher trial sign-ups',
      Baseline: '0',
      Target: '150',
      'Measure on': '2027-03-31',
      'From ideas': '#1 #13'
    })
  })

  it('names source ideas by the numbers the room saw, unchanged by a deletion or a move', () => {
    const seed = buildSeed000Meeting()
    const source = seed.ideas.find((i) => i.number === 13)!
    const otherRound = seed.rounds.find((r) => r.id !== source.roundId)!.id
    const changed = {
      ...seed,
      // An earlier idea deleted and the source moved to another round during the meeting.
      ideas: seed.ideas
        .filter((i) => i.number !== 2)
        .map((i) => (i.id === source.id ? { ...i, roundId: otherRound } : i))
    }
    expect(actionRows(changed)[0]!['From ideas']).toBe('#1 #13')
  })

  it('gives one all-day event per action due date plus the next review, with stable ids', () => {
    const m = buildSeed000Meeting()
    const events = calendarEvents(m)
    expect(events).toHaveLength(m.actions.length + 1)
    expect(events[0]).toMatchObject({ date: '2027-01-29', endDate: '2027-01-30' })
    expect(events.at(-1)).toMatchObject({ date: '2027-02-22', endDate: '2027-02-23' })
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length)
    expect(calendarEvents(m).map((e) => e.uid)).toEqual(events.map((e) => e.uid))
  })
})
