import { execFileSync } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeExports } from '../../../src/main/export/writeExports'
import type { ExportResult } from '../../../src/shared/ipc/contract'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { dateLabel } from '../../../src/shared/minutes/format'
import { SEED000_PRIVATE } from '../../../scripts/fixtures/seed000'
import { collapse, pdfFonts, pdfInfo, pdfText, seedMeeting, tempFolder } from './support'

let meeting: Meeting
let result: ExportResult
let pdf: string
let text: string

beforeAll(async () => {
  meeting = await seedMeeting()
  result = await writeExports(meeting, ['pdf'], await tempFolder())
  pdf = result.files[0]?.path ?? ''
  text = collapse(pdfText(pdf))
})

describe('the seed-000 PDF minutes', () => {
  it('is written under a name made from the title and quarter, with no warnings', () => {
    expect(path.basename(pdf)).toBe('Hernando’s quarterly review 2026-Q4 minutes.pdf')
    expect(result.warnings).toEqual([])
  })

  it('contains every action with its owner and due date as searchable text', () => {
    for (const action of meeting.actions) {
      expect(text).toContain(action.what)
      expect(text).toContain(collapse(action.owner))
      expect(text).toContain(dateLabel(action.dueDate))
      expect(text).toContain(action.customerBenefit)
    }
  })

  it('extracts names with accents, Greek and Cyrillic intact', () => {
    for (const name of [
      'Zoë Ørsted',
      'Łukasz Żółć',
      'Marie-Hélène Dubois',
      'José Núñez',
      'Σοφία Παπαδοπούλου',
      'Дмитрий Иванов'
    ]) {
      expect(text).toContain(name)
    }
    expect(text).not.toContain('\u0000')
    expect(text).not.toContain('\uFFFD')
  })

  it('keeps the private story fields out', () => {
    expect(text).not.toContain(SEED000_PRIVATE.segment)
    expect(text).not.toContain('hernando.ruiz@example.com')
    expect(text).toContain('hear my daughter sing at her school recital')
  })

  it('has the Rule-of-Two dates, the framing question, the priorities and the next review', () => {
    expect(text).toContain('23 Nov 2026 7 Dec 2026 14 Dec 2026')
    expect(text).toContain("How can we make more stories like John's happen?")
    for (const p of meeting.priorities) expect(text).toContain(p)
    expect(text).toContain('Monday 22 February 2027')
  })

  it('embeds every font it uses', () => {
    const fonts = pdfFonts(pdf)
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) {
      expect(font.name).toMatch(/\+NotoSans-/)
      expect(font.embedded).toBe(true)
    }
  })

  it('carries document metadata and numbered pages', () => {
    expect(pdfInfo(pdf, 'Title')).toBe('Hernando’s quarterly review — action minutes')
    expect(pdfInfo(pdf, 'Author')).toBe('Hernando Ruiz')
    const pages = Number(pdfInfo(pdf, 'Pages'))
    expect(pages).toBeGreaterThan(3)
    expect(text).toContain(`Page ${pages} of ${pages}`)
  })

  it('renders every page to an image', async () => {
    const folder = await tempFolder()
    execFileSync('pdftoppm', ['-png', '-r', '30', pdf, path.join(folder, 'page')])
    const pngs = (await readdir(folder)).filter((f) => f.endsWith('.png'))
    expect(pngs).toHaveLength(Number(pdfInfo(pdf, 'Pages')))
    const first = await readFile(path.join(folder, pngs.sort()[0] ?? ''))
    expect(first.subarray(1, 4).toString()).toBe('PNG')
  })
})

describe('characters the fonts cannot draw', () => {
  it('shows them as � in the PDF, says so in the warnings, and keeps them in the Markdown', async () => {
    // Egyptian hieroglyphs: no font of the fallback chain has them.
    const m = await seedMeeting()
    const withEmoji: Meeting = {
      ...m,
      ideas: m.ideas.map((idea, i) =>
        i === 0 ? { ...idea, text: 'Free trials for teachers 𓂀𓃠' } : idea
      )
    }
    const exported = await writeExports(withEmoji, ['pdf', 'md'], await tempFolder())
    const [pdfFile, mdFile] = exported.files.map((f) => f.path)
    expect(collapse(pdfText(pdfFile ?? ''))).toContain('Free trials for teachers ��')
    expect(exported.warnings).toHaveLength(2)
    expect(exported.warnings[0]).toContain('“𓂀” (Egyptian hieroglyph, U+13080)')
    expect(exported.warnings[0]).toContain('an idea')
    expect(await readFile(mdFile ?? '', 'utf8')).toContain('Free trials for teachers 𓂀𓃠')
  })
})

describe('long text', () => {
  it('is never dropped: a block or table row taller than a page breaks across pages instead', async () => {
    const m = await seedMeeting()
    const words = (tag: string) =>
      Array.from({ length: 400 }, (_, i) => `${tag}${i}`)
        .join(' ')
        .slice(0, 1990)
    const story = Array.from({ length: 400 }, (_, i) => `Sentence ${i} of a long email.`)
      .join(' ')
      .slice(0, 20_000)
    const long: Meeting = {
      ...m,
      story: {
        ...m.story,
        text: story,
        privateFields: ['customer', 'segment', 'channel', 'broughtBy']
      },
      framingQuestion: words('frame'),
      actions: m.actions.map((a, i) =>
        i === 1 ? { ...a, what: words('what'), customerBenefit: words('benefit') } : a
      ),
      escalations: m.escalations.map((e) => ({
        ...e,
        topic: words('topic'),
        outcome: words('outcome')
      })),
      carried: m.carried.map((c) => ({ ...c, note: words('note') })),
      recognitions: Array.from({ length: 12 }, (_, i) => ({
        id: `r${i}`,
        who: `Person ${i}`,
        forWhat: words('for')
      })),
      priorities: [words('first'), words('second'), words('third')]
    }
    const { files } = await writeExports(long, ['pdf'], await tempFolder())
    const text = collapse(pdfText(files[0]?.path ?? ''))
    for (const needle of [
      'Sentence 399 of a long email.',
      'frame150',
      'what150',
      'benefit150',
      'topic150',
      'outcome150',
      'note150',
      'Person 11',
      'third150',
      'Monday 22 February 2027'
    ]) {
      expect(text).toContain(needle)
    }
  })
})
