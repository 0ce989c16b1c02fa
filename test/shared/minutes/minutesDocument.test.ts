import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { meetingSchema } from '../../../src/shared/meeting/schema'
import { minutesDocument } from '../../../src/shared/minutes/minutesDocument'
import type { PdfContent, PdfNode } from '../../../src/shared/minutes/pdfTypes'
import { buildLargeMeeting } from '../../../scripts/fixtures/largeMeeting'
import { buildSeed000Meeting, SEED000_PRIVATE } from '../../../scripts/fixtures/seed000'

const seed = (): Meeting =>
  meetingSchema.parse(JSON.parse(readFileSync('test/fixtures/seed000.meeting.json', 'utf8')))

/** Every node of a definition, depth first, in reading order. */
function nodes(content: PdfContent): PdfNode[] {
  if (typeof content === 'string') return []
  if (Array.isArray(content)) return content.flatMap(nodes)
  const children = [content.text, content.stack, content.columns, content.ul, content.ol]
    .filter((c): c is PdfContent => c !== undefined)
    .flatMap(nodes)
  const cells = content.table ? content.table.body.flat().flatMap(nodes) : []
  return [content, ...children, ...cells]
}

/** All the text a definition would print, joined. */
function allText(content: PdfContent): string {
  if (typeof content === 'string') return content
  if (Array.isArray(content)) return content.map(allText).join(' ')
  return [content.text, content.stack, content.columns, content.ul, content.ol, content.table?.body]
    .filter((c) => c !== undefined)
    .map((c) => allText(c))
    .join(' ')
}

const sectionTitles = (m: Meeting) =>
  nodes(minutesDocument(m).content)
    .filter((n) => n.style === 'h1' && n.tocItem)
    .map((n) => n.text)

describe('the seed-000 fixture', () => {
  it('is a valid current-version meeting, identical to what its script builds', () => {
    const parsed = meetingSchema.safeParse(
      JSON.parse(readFileSync('test/fixtures/seed000.meeting.json', 'utf8'))
    )
    expect(parsed.success).toBe(true)
    expect(parsed.data).toEqual(buildSeed000Meeting())
  })

  it('has what the minutes must show: rounds, builds across departments, a Rule-of-Two escalation', () => {
    const m = seed()
    expect(new Set(m.ideas.map((i) => i.departmentId)).size).toBeGreaterThanOrEqual(5)
    const byId = new Map(m.ideas.map((i) => [i.id, i]))
    const crossBuilds = m.ideas.filter(
      (i) => i.buildsOnId && byId.get(i.buildsOnId)?.departmentId !== i.departmentId
    )
    expect(crossBuilds.length).toBeGreaterThan(2)
    expect(m.actions.length).toBeGreaterThanOrEqual(4)
    expect(m.escalations).toHaveLength(1)
    expect(m.priorities).toHaveLength(3)
    expect(m.carried.length).toBeGreaterThan(0)
    expect(m.story.privateFields).toEqual(['segment', 'channel'])
  })
})

describe('minutesDocument', () => {
  it('orders the sections as the minutes are read: actions first, next review last', () => {
    expect(sectionTitles(seed())).toEqual([
      'Actions',
      'Rule-of-Two escalations',
      'The customer story',
      'The framing question',
      'Ideas by round and department',
      'Themes and shortlist',
      "Last quarter's actions",
      'Recognitions',
      'Three priorities for the coming quarter',
      'Next review'
    ])
  })

  it('starts with a cover of the meeting facts and attendees by department', () => {
    const doc = minutesDocument(seed())
    const firstSection = doc.content.findIndex((c) => typeof c === 'object' && 'tocItem' in c)
    const cover = allText(doc.content.slice(0, firstSection))
    for (const text of [
      'Hernando’s quarterly review',
      'Q4 2026',
      'Monday 23 November 2026',
      'Lisbon office, Tagus room',
      'Hernando Ruiz',
      'Help every customer hear the moments that matter to them.',
      'Marketing: ',
      'Tom Becker (Marketing executive)',
      'Alex Morgan (Deputy director)'
    ]) {
      expect(cover).toContain(text)
    }
  })

  it('leaves the story fields marked private out of the whole definition', () => {
    const json = JSON.stringify(minutesDocument(seed()))
    expect(json).not.toContain(SEED000_PRIVATE.segment)
    expect(json).not.toContain(SEED000_PRIVATE.channel)
    expect(json).toContain('hear my daughter sing')
  })

  it('does not leak a private customer name through the framing question or round prompts', () => {
    const m = seed()
    const hidden = {
      ...m,
      story: { ...m.story, privateFields: [...m.story.privateFields, 'customer' as const] }
    }
    const text = allText(minutesDocument(hidden).content)
    expect(text).toContain("How can we make more stories like our customer's happen?")
    expect(text).not.toContain('make more stories like John')
    expect(allText(minutesDocument(m).content)).toContain(
      "How can we make more stories like John's happen?"
    )
  })

  it('lists Rule-of-Two dates: two weeks to agree, one more week, from the opening date', () => {
    const text = allText(minutesDocument(seed()).content)
    expect(text).toContain('23 Nov 2026')
    expect(text).toContain('7 Dec 2026')
    expect(text).toContain('14 Dec 2026')
  })

  it('adds a table of contents only when the minutes run long', () => {
    const hasToc = (m: Meeting) => nodes(minutesDocument(m).content).some((n) => n.toc)
    const small = seed()
    expect(
      hasToc({ ...small, ideas: small.ideas.slice(0, 5), actions: small.actions.slice(0, 2) })
    ).toBe(false)
    expect(hasToc(buildLargeMeeting({ ideas: 300, actions: 20 }))).toBe(true)
  })

  it('sets document metadata and numbers every page', () => {
    const doc = minutesDocument(seed())
    expect(doc.info).toMatchObject({
      title: 'Hernando’s quarterly review — action minutes',
      author: 'Hernando Ruiz',
      subject: 'Action minutes of the Q4 2026 review'
    })
    expect(doc.footer(3, 7)).toMatchObject({ text: 'Page 3 of 7' })
    expect(doc.header(1, 7)).toBeNull()
    expect(allText(doc.header(2, 7) as PdfContent)).toContain(
      'Hernando’s quarterly review · Q4 2026'
    )
  })

  it('shows each build-on thread from both ends', () => {
    const text = allText(minutesDocument(seed()).content)
    // Idea #13 (Sales) builds on idea #1 (Marketing).
    expect(text).toContain('builds on #1 (Marketing)')
    expect(text).toMatch(/built on by #13 \(Sales\)/)
  })

  it('says so when a section is empty instead of leaving a blank heading', () => {
    const m = seed()
    const bare = {
      ...m,
      actions: [],
      escalations: [],
      carried: [],
      carriedFrom: null,
      recognitions: [],
      priorities: [],
      nextReviewDate: ''
    }
    const text = allText(minutesDocument(bare).content)
    expect(text).toContain('No actions were recorded.')
    expect(text).toContain('No disagreements were escalated.')
    expect(text).toContain('No actions were carried over.')
    expect(text).toContain('No date was set yet.')
  })
})
