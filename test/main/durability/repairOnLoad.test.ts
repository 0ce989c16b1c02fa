import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusMeeting, inconsistentMeetings } from '../../../scripts/fixtures/damagedCorpus'
import { runExportCli } from '../../../src/main/export/cli'
import { renderExport } from '../../../src/main/export/renderers'
import { encodeMeeting } from '../../../src/main/storage/meetingCodec'
import type { WindowSnapshot } from '../../../src/shared/ipc/contract'
import { dispatch } from '../../../src/shared/ipc/dispatch'
import { repairMeeting } from '../../../src/shared/meeting/repair'
import type { Meeting, MeetingSummary } from '../../../src/shared/meeting/schema'
import { expectPlainSentence } from '../hostile/plainSentence'
import { serviceHarness } from '../services/support'
import { tempDir } from '../storage/support'
import { wordErrorEn, wordNoticeEn } from '../../../src/shared/i18n/en/errors'

/** Every reference in the meeting points at something that is there, and no id is shared. */
function expectConsistent(m: Meeting): void {
  const ids = (items: Array<{ id: string }>) => items.map((x) => x.id)
  for (const list of [m.ideas, m.themes, m.rounds, m.departments, m.actions]) {
    expect(new Set(ids(list)).size).toBe(list.length)
  }
  for (const idea of m.ideas) {
    expect(ids(m.rounds)).toContain(idea.roundId)
    expect(ids(m.departments)).toContain(idea.departmentId)
    if (idea.themeId !== null) expect(ids(m.themes)).toContain(idea.themeId)
  }
}

describe.each(inconsistentMeetings())('$name: $story', ({ name, ideas, says, bytes }) => {
  const id = path.basename(name, '.json')

  it('opens repaired, every item kept, the facilitator told what changed; the original bytes are kept', async () => {
    const root = await tempDir('northstar-repair-')
    const meetings = path.join(root, 'meetings')
    await mkdir(meetings, { recursive: true })
    await writeFile(path.join(meetings, name), bytes)
    await writeFile(path.join(meetings, 'healthy.json'), encodeMeeting(corpusMeeting('healthy')))
    const h = await serviceHarness({}, root)
    const listed = await dispatch(h.service, 'listMeetings', [])
    expect(listed.ok && (listed.value as MeetingSummary[]).length).toBe(2)

    const opened = await dispatch(h.service, 'openMeeting', [id])
    if (!opened.ok) throw new Error(wordErrorEn(opened.error.reason))
    const state = (opened.value as WindowSnapshot<'facilitator'>).view
    expect(state.meeting.ideas).toHaveLength(ideas)
    expectConsistent(state.meeting)
    const kept = path.join(meetings, `${id}.before-repair.json`)
    // Main sends the notice as data; the strings module words it.
    expect(state.notice).toEqual([{ key: 'repairedOnOpen', notes: expect.any(Array), copy: kept }])
    const told = wordNoticeEn(state.notice!)
    expect(told).toMatch(says)
    expect(told).toContain(kept)
    expectPlainSentence(told)
    expect(await readFile(kept)).toEqual(bytes)

    // One change acts on one item, and the repaired meeting is what is saved.
    const target = state.meeting.ideas[0]!.id
    const changed = await dispatch(h.service, 'commitCommand', [
      id,
      { type: 'idea.delete', id: target }
    ])
    if (!changed.ok) throw new Error(wordErrorEn(changed.error.reason))
    const after = await dispatch(h.service, 'liveSnapshot', [id])
    if (!after.ok) throw new Error(wordErrorEn(after.error.reason))
    expect((after.value as WindowSnapshot<'facilitator'>).view.meeting.ideas).toHaveLength(
      ideas - 1
    )
    const healthy = await dispatch(h.service, 'openMeeting', ['healthy'])
    expect(
      healthy.ok && (healthy.value as WindowSnapshot<'facilitator'>).view.notice
    ).toBeUndefined()
    await h.service.close()
    const saved = JSON.parse(await readFile(path.join(meetings, name), 'utf-8')) as Meeting
    expectConsistent(saved)
    expect(saved.ideas).toHaveLength(ideas - 1)
  })

  it('the command line exports it repaired and says what it repaired; the calendar keeps every event', async () => {
    const dir = await tempDir('northstar-repair-cli-')
    await writeFile(path.join(dir, name), bytes)
    const err: string[] = []
    const code = await runExportCli(
      [name, '--ics', 'out.ics'],
      { out: () => undefined, err: (line) => err.push(line) },
      dir
    )
    expect(code).toBe(0)
    expect(err.join('\n')).toMatch(says)
    const meeting = JSON.parse(bytes.toString('utf-8')) as Meeting
    const events = (await readFile(path.join(dir, 'out.ics'), 'utf-8')).split('BEGIN:VEVENT')
    expect(events.length - 1).toBe(meeting.actions.length + (meeting.nextReviewDate ? 1 : 0))
    expect(await readFile(path.join(dir, name))).toEqual(bytes)
  })
})

describe('repairMeeting', () => {
  it('leaves a consistent meeting as it is and says nothing', () => {
    const meeting = corpusMeeting('fine')
    const { meeting: out, repairs } = repairMeeting(meeting)
    expect(out).toBe(meeting)
    expect(repairs).toEqual([])
  })
})

describe('a calendar export that must leave something out', () => {
  it('says what and why instead of dropping it silently', async () => {
    const [, , dates] = inconsistentMeetings()
    const meeting = JSON.parse(dates!.bytes.toString('utf-8')) as Meeting
    const { bytes, warnings } = await renderExport(meeting, 'ics', new Date('2026-11-23T12:00:00Z'))
    expect(bytes.toString('utf-8').split('BEGIN:VEVENT')).toHaveLength(2)
    expect(warnings).toEqual([
      'The action “Call back” is not in the calendar: its due date “2027-02-30” is not a real date.',
      'The next review is not in the calendar: its date “2027-13-45” is not a real date.'
    ])
  })
})

describe('fields this version does not know', () => {
  it('are named to the facilitator on opening, and the file as it was is kept', async () => {
    const root = await tempDir('northstar-unknown-')
    const meetings = path.join(root, 'meetings')
    await mkdir(meetings, { recursive: true })
    const meeting = corpusMeeting('extra')
    const bytes = Buffer.from(
      `${JSON.stringify({
        ...meeting,
        mood: 'sunny',
        facts: { ...meeting.facts, colour: 'teal' },
        ideas: meeting.ideas.map((idea) => ({ ...idea, sticker: '★' }))
      })}\n`
    )
    await writeFile(path.join(meetings, 'extra.json'), bytes)
    const h = await serviceHarness({}, root)
    const opened = await dispatch(h.service, 'openMeeting', ['extra'])
    if (!opened.ok) throw new Error(wordErrorEn(opened.error.reason))
    const { notice } = (opened.value as WindowSnapshot<'facilitator'>).view
    const copy = path.join(meetings, 'extra.before-repair.json')
    expect(notice).toEqual([
      {
        key: 'repairedOnOpen',
        copy,
        notes: [
          {
            key: 'unknownFieldsLeftOut',
            fields: ['facts.colour', 'ideas[].sticker', 'mood'],
            when: 'open'
          }
        ]
      }
    ])
    const told = wordNoticeEn(notice!)
    expect(told).toContain(
      'The file has fields this version of Northstar does not know (“facts.colour”, “ideas[].sticker”, “mood”)'
    )
    expectPlainSentence(told)
    expect(await readFile(copy)).toEqual(bytes)
    await h.service.close()
  })
})
