import { exportFolderDialog } from '../../../src/main/app/dialogOptions'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/shared/ipc/dispatch'
import type { Command } from '../../../src/shared/meeting/commands/schema'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { FIXTURES, failureOf, tempDir } from '../storage/support'
import { serviceHarness, takeEvents } from './support'

const fileOf = (dir: string, id: string) => path.join(dir, 'meetings', `${id}.json`)
const onDisk = async (dir: string, id: string): Promise<Meeting> =>
  JSON.parse(await readFile(fileOf(dir, id), 'utf-8')) as Meeting

const addIdea = (m: Meeting, text: string): Command => ({
  type: 'idea.add',
  roundId: m.rounds[0]!.id,
  departmentId: m.departments[0]!.id,
  text
})

describe('meeting service: changes, undo and redo', () => {
  it('applies a change, saves it durably before answering, and broadcasts the new state', async () => {
    const h = await serviceHarness()
    const {
      view: { meeting }
    } = await h.service.createMeeting('Q4 review', { kind: 'template' })
    expect(takeEvents(h)).toEqual(['libraryChanged'])
    const receipt = await h.service.commitCommand(meeting.id, addIdea(meeting, 'Call John back'))
    const { view: state } = await h.service.openMeeting(meeting.id)
    expect(state.meeting.ideas.map((i) => i.text)).toEqual(['Call John back'])
    expect(receipt).toEqual({ rev: 1, newIds: [state.meeting.ideas[0]!.id] })
    expect(state.canUndo).toBe(true)
    expect((await onDisk(h.workspaceDir, meeting.id)).ideas.map((i) => i.text)).toEqual([
      'Call John back'
    ])
    // One small message: the facilitator's patches from revision 0 to 1, not the meeting.
    expect(h.events).toEqual([
      { event: 'livePatch', payload: expect.objectContaining({ audience: 'facilitator', rev: 1 }) }
    ])
    expect(JSON.stringify(h.events[0]!.payload).length).toBeLessThan(1_000)
  })

  it('undoes and redoes, saving and broadcasting each step', async () => {
    const h = await serviceHarness()
    const {
      view: { meeting }
    } = await h.service.createMeeting('Q4 review', { kind: 'template' })
    await h.service.commitCommand(meeting.id, addIdea(meeting, 'One'))
    await h.service.commitCommand(meeting.id, addIdea(meeting, 'Two'))
    takeEvents(h)
    await h.service.undo(meeting.id)
    const undone = (await h.service.openMeeting(meeting.id)).view
    expect(undone.meeting.ideas.map((i) => i.text)).toEqual(['One'])
    expect(undone.canRedo).toBe(true)
    expect((await onDisk(h.workspaceDir, meeting.id)).ideas).toHaveLength(1)
    await h.service.redo(meeting.id)
    const redone = (await h.service.openMeeting(meeting.id)).view
    expect(redone.meeting.ideas.map((i) => i.text)).toEqual(['One', 'Two'])
    expect((await onDisk(h.workspaceDir, meeting.id)).ideas).toHaveLength(2)
    expect(takeEvents(h)).toEqual(['livePatch', 'livePatch'])
    const failure = await failureOf(h.service.redo(meeting.id))
    expect(failure).toMatchObject({ code: 'nothing_to_redo', message: 'There is nothing to redo.' })
  })

  it('refuses a bad change with the domain’s message and leaves the file byte for byte', async () => {
    const h = await serviceHarness()
    const {
      view: { meeting }
    } = await h.service.createMeeting('Q4 review', { kind: 'template' })
    await h.service.commitCommand(meeting.id, addIdea(meeting, 'Keep'))
    const before = await readFile(fileOf(h.workspaceDir, meeting.id))
    takeEvents(h)
    const failure = await failureOf(h.service.commitCommand(meeting.id, addIdea(meeting, '   ')))
    expect(failure.code).toBe('empty_text')
    expect(failure.message).toMatch(/\S/)
    expect(await readFile(fileOf(h.workspaceDir, meeting.id))).toEqual(before)
    expect(h.events).toEqual([])
    expect((await h.service.openMeeting(meeting.id)).view.meeting.ideas).toHaveLength(1)
  })

  it('keeps every change when many arrive at once (coalesced saves)', async () => {
    const h = await serviceHarness()
    const {
      view: { meeting }
    } = await h.service.createMeeting('Busy', { kind: 'template' })
    const texts = Array.from({ length: 40 }, (_, i) => `Idea ${i}`)
    await Promise.all(texts.map((t) => h.service.commitCommand(meeting.id, addIdea(meeting, t))))
    expect((await onDisk(h.workspaceDir, meeting.id)).ideas.map((i) => i.text)).toEqual(texts)
  })

  it('a restarted service opens what was saved, with a fresh history', async () => {
    const h = await serviceHarness()
    const {
      view: { meeting }
    } = await h.service.createMeeting('Q4 review', { kind: 'template' })
    await h.service.commitCommand(meeting.id, addIdea(meeting, 'Persisted'))
    await h.service.close()
    const again = await serviceHarness({}, h.workspaceDir)
    const state = (await again.service.openMeeting(meeting.id)).view
    expect(state.meeting.ideas.map((i) => i.text)).toEqual(['Persisted'])
    expect(state.canUndo).toBe(false)
    expect((await again.service.listMeetings()).map((s) => s.ideaCount)).toEqual([1])
  })
})

describe('meeting service: the library', () => {
  it('creates from the template, a copy, or a user template', async () => {
    const h = await serviceHarness()
    const {
      view: { meeting }
    } = await h.service.createMeeting('Q3 review', { kind: 'template' })
    await h.service.commitCommand(meeting.id, {
      type: 'department.add',
      name: 'Legal',
      color: '#000000',
      key: 'l'
    })
    await h.service.commitCommand(meeting.id, addIdea(meeting, 'Not copied'))
    const copy = (
      await h.service.createMeeting('Q4 review', { kind: 'copy', meetingId: meeting.id })
    ).view
    expect(copy.meeting.departments.map((d) => d.name)).toContain('Legal')
    expect(copy.meeting.ideas).toEqual([])
    const template = await h.service.saveAsTemplate(meeting.id, 'With legal')
    expect(await h.service.listTemplates()).toEqual([template])
    const fromTemplate = (
      await h.service.createMeeting('Q1 review', {
        kind: 'userTemplate',
        templateId: template.id
      })
    ).view
    expect(fromTemplate.meeting.departments.map((d) => d.name)).toContain('Legal')
    expect((await h.service.listMeetings()).map((s) => s.title)).toEqual([
      'Q1 review',
      'Q4 review',
      'Q3 review'
    ])
    const tooLong = await failureOf(h.service.createMeeting('x'.repeat(201), { kind: 'template' }))
    expect(tooLong.code).toBe('too_long')
  })

  it('duplicates, renames, archives, deletes to the trash and restores, telling every window', async () => {
    const h = await serviceHarness()
    const {
      view: { meeting }
    } = await h.service.createMeeting('Q4 review', { kind: 'template' })
    await h.service.commitCommand(meeting.id, addIdea(meeting, 'Copied along'))
    takeEvents(h)
    const duplicate = await h.service.duplicateMeeting(meeting.id)
    expect(duplicate).toMatchObject({ title: 'Q4 review (copy)', ideaCount: 1 })
    const renamed = await h.service.renameMeeting(duplicate.id, 'Q4 review, team B')
    expect(renamed.title).toBe('Q4 review, team B')
    expect((await onDisk(h.workspaceDir, duplicate.id)).facts.title).toBe('Q4 review, team B')
    expect((await h.service.archiveMeeting(meeting.id, true)).archived).toBe(true)
    const entry = await h.service.deleteMeeting(duplicate.id)
    expect(await h.service.listTrash()).toEqual([entry])
    expect((await h.service.listMeetings()).map((s) => s.id)).toEqual([meeting.id])
    const restored = await h.service.restoreMeeting(entry.trashId)
    expect(restored.title).toBe('Q4 review, team B')
    // No window follows the duplicate, so renaming it sends no patches, only the library's news.
    expect(takeEvents(h)).toEqual([
      'libraryChanged',
      'libraryChanged',
      'libraryChanged',
      'libraryChanged',
      'libraryChanged'
    ])
    expect((await failureOf(h.service.renameMeeting(meeting.id, ' '))).code).toBe('empty_text')
  })

  it('imports a file the user picks, and does nothing when they cancel', async () => {
    const h = await serviceHarness()
    expect(await h.service.importMeeting()).toBeNull()
    h.meetingPicks.push(path.join(FIXTURES, 'meeting-v1.json'))
    const summary = await h.service.importMeeting()
    expect(summary).toMatchObject({ id: 'legacy-q3-2025', title: 'Q3 2025 review', ideaCount: 2 })
    expect(takeEvents(h)).toEqual(['libraryChanged'])
  })

  it('opens a file given on the command line: imported once, then the library copy', async () => {
    const h = await serviceHarness()
    const outside = path.join(await tempDir(), 'shared-review.json')
    await writeFile(outside, await readFile(path.join(FIXTURES, 'meeting-v1.json')))
    const first = await h.service.openFromPath(outside)
    expect(first.meeting.facts.title).toBe('Q3 2025 review')
    const second = await h.service.openFromPath(outside)
    expect(second.meeting.id).toBe(first.meeting.id)
    expect(await h.service.listMeetings()).toHaveLength(1)
    const inside = await h.service.openFromPath(fileOf(h.workspaceDir, first.meeting.id))
    expect(inside.meeting.id).toBe(first.meeting.id)
    expect(await h.service.listMeetings()).toHaveLength(1)
  })
})

describe('meeting service: carry-over', () => {
  it('snapshots the earlier meeting’s open actions, undoably', async () => {
    const h = await serviceHarness()
    const { meeting: q3 } = (await h.service.createMeeting('Q3 review', { kind: 'template' })).view
    const dept = q3.departments[0]!.id
    await h.service.commitCommand(q3.id, {
      type: 'action.add',
      what: 'Call every churned customer',
      owner: 'Ana',
      departmentId: dept,
      dueDate: '2026-12-01',
      priority: 'high',
      customerBenefit: 'They feel heard',
      metric: { kind: 'retention', customName: '', baseline: '80%', target: '85%', measureOn: '' },
      sourceIdeaIds: []
    })
    const earlierCarried = {
      id: 'c1',
      sourceActionId: 'a0',
      what: 'Fix the invoice email',
      owner: 'Bo',
      dueDate: '',
      metric: { kind: 'csat' as const, customName: '', baseline: '', target: '', measureOn: '' },
      timesCarried: 1,
      progressedBefore: false,
      status: 'inProgress' as const,
      latestValue: '4.1',
      note: 'half done'
    }
    const finished = { ...earlierCarried, id: 'c2', what: 'Done thing', status: 'done' as const }
    await h.service.commitCommand(q3.id, {
      type: 'carried.set',
      from: null,
      actions: [earlierCarried, finished]
    })
    const { meeting: q4 } = (await h.service.createMeeting('Q4 review', { kind: 'template' })).view
    await h.service.carryOver(q4.id, q3.id)
    const state = (await h.service.openMeeting(q4.id)).view
    expect(state.meeting.carriedFrom).toEqual({ meetingId: q3.id, title: 'Q3 review' })
    expect(
      state.meeting.carried.map((c) => [c.what, c.timesCarried, c.progressedBefore, c.status])
    ).toEqual([
      ['Fix the invoice email', 2, true, 'open'],
      ['Call every churned customer', 1, false, 'open']
    ])
    expect((await onDisk(h.workspaceDir, q4.id)).carried).toHaveLength(2)
    await h.service.undo(q4.id)
    expect((await h.service.openMeeting(q4.id)).view.meeting.carried).toEqual([])
    await h.service.carryOver(q4.id, null)
    expect((await h.service.openMeeting(q4.id)).view.meeting.carriedFrom).toBeNull()
    expect((await failureOf(h.service.carryOver(q4.id, q4.id))).code).toBe('invalid_input')
  })
})

describe('meeting service: export', () => {
  it('asks for a folder (offering the last one), remembers it, and honours cancel', async () => {
    const h = await serviceHarness()
    const {
      view: { meeting }
    } = await h.service.createMeeting('Q4 review', { kind: 'template' })
    expect(await h.service.exportMinutes(meeting.id, ['pdf'], null)).toBeNull()
    h.folderPicks.push('/exports/q4')
    const result = await h.service.exportMinutes(meeting.id, ['pdf', 'md'], null)
    expect(result?.files.map((f) => f.path)).toEqual([
      '/exports/q4/minutes.pdf',
      '/exports/q4/minutes.md'
    ])
    await h.service.exportMinutes(meeting.id, ['csv'], null)
    expect(h.offeredFolders).toEqual([null, null, '/exports/q4'])
    await h.service.exportMinutes(meeting.id, ['ics'], '/exports/q4')
    expect(h.exported.map((e) => e.folder)).toEqual(['/exports/q4', '/exports/q4'])
    const again = await serviceHarness({}, h.workspaceDir)
    await again.service.exportMinutes(meeting.id, ['pdf'], null)
    expect(again.offeredFolders).toEqual(['/exports/q4'])
  })

  it('words the folder dialog in the meeting’s language', async () => {
    const h = await serviceHarness()
    const pt = await h.service.createMeeting('Revisão', { kind: 'template', language: 'pt-PT' })
    const en = await h.service.createMeeting('Review', { kind: 'template' })
    await h.service.exportMinutes(pt.view.meeting.id, ['pdf'], null)
    await h.service.exportMinutes(en.view.meeting.id, ['pdf'], null)
    expect(h.dialogLanguages).toEqual(['pt-PT', 'en'])
    expect(exportFolderDialog('/exports', 'pt-PT')).toMatchObject({
      title: 'Escolha uma pasta para a ata',
      buttonLabel: 'Exportar aqui',
      defaultPath: '/exports'
    })
    expect(exportFolderDialog(null, 'en')).toMatchObject({
      title: 'Choose a folder for the minutes',
      buttonLabel: 'Export here'
    })
  })

  it('refuses a folder the user did not choose, writing nothing', async () => {
    const h = await serviceHarness()
    const {
      view: { meeting }
    } = await h.service.createMeeting('Q4 review', { kind: 'template' })
    const refusal = await failureOf(h.service.exportMinutes(meeting.id, ['pdf'], '/etc'))
    expect(refusal).toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('you chose')
    })
    expect(h.exported).toEqual([])
  })

  it('opens or shows only files it exported', async () => {
    const h = await serviceHarness()
    const {
      view: { meeting }
    } = await h.service.createMeeting('Q4 review', { kind: 'template' })
    h.folderPicks.push('/out')
    const result = await h.service.exportMinutes(meeting.id, ['pdf'], null)
    await h.service.revealExport(result!.files[0]!.path, 'open')
    await h.service.revealExport(result!.files[0]!.path, 'show')
    expect(h.opened).toEqual(['/out/minutes.pdf'])
    expect(h.shown).toEqual(['/out/minutes.pdf'])
    expect((await failureOf(h.service.revealExport('/bin/sh', 'open'))).code).toBe('forbidden')
    expect(h.opened).toHaveLength(1)
  })
})

describe('meeting service behind dispatch (as IPC and the e2e harness call it)', () => {
  it('turns refusals into envelopes with their code and reason', async () => {
    const h = await serviceHarness()
    const {
      view: { meeting }
    } = await h.service.createMeeting('Q4 review', { kind: 'template' })
    const ok = await dispatch(h.service, 'commitCommand', [meeting.id, addIdea(meeting, 'Fine')])
    expect(ok.ok).toBe(true)
    const refused = await dispatch(h.service, 'openMeeting', ['no-such-meeting'])
    expect(refused).toEqual({
      ok: false,
      error: { code: 'not_found', reason: { key: 'meetingGoneFromLibrary' } }
    })
  })
})
