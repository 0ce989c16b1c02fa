import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION } from '../../../src/shared/meeting/schema'
import { importMeetingFile } from '../../../src/main/storage/importMeeting'
import { listTemplates, loadTemplate, saveTemplate } from '../../../src/main/storage/templates'
import { listTrash, moveToTrash, restoreFromTrash } from '../../../src/main/storage/trash'
import { Workspace } from '../../../src/main/storage/workspace'
import {
  FIXTURES,
  failureOf,
  namesIn,
  newMeeting,
  tempDir,
  testContext,
  withIdeas
} from './support'

async function freshWorkspace() {
  const root = await tempDir()
  const ctx = testContext()
  return { root, ctx, ws: await Workspace.open(root, ctx) }
}

describe('trash', () => {
  it('moves a meeting and its last good copy to the trash and restores it intact', async () => {
    const { root, ctx, ws } = await freshWorkspace()
    const meeting = newMeeting('Q4 review', ctx)
    await ws.save(meeting)
    const latest = withIdeas(meeting, ['Keep me'], ctx)
    await ws.save(latest)
    const entry = await moveToTrash(ws, meeting.id)
    expect(entry.title).toBe('Q4 review')
    expect(ws.list()).toEqual([])
    expect(await namesIn(path.join(root, 'meetings'))).toEqual([])
    expect(await listTrash(ws)).toEqual([entry])
    // The trash survives a restart.
    const again = await Workspace.open(root, ctx)
    expect(await listTrash(again)).toEqual([entry])
    const summary = await restoreFromTrash(again, entry.trashId)
    expect(summary).toMatchObject({ id: meeting.id, title: 'Q4 review', ideaCount: 1 })
    expect((await again.load(meeting.id)).meeting).toEqual(latest)
    expect(await namesIn(path.join(root, 'meetings'))).toEqual([
      `${meeting.id}.json`,
      `${meeting.id}.json.bak`
    ])
    expect(await listTrash(again)).toEqual([])
    expect(await namesIn(path.join(root, 'trash'))).toEqual([])
  })

  it('restores under a new id when the old one is taken meanwhile', async () => {
    const { ctx, ws } = await freshWorkspace()
    const meeting = newMeeting('Twice', ctx)
    await ws.save(meeting)
    const entry = await moveToTrash(ws, meeting.id)
    await ws.save({ ...newMeeting('Same id', ctx), id: meeting.id })
    const restored = await restoreFromTrash(ws, entry.trashId)
    expect(restored.id).not.toBe(meeting.id)
    expect(restored.title).toBe('Twice')
    expect(
      ws
        .list()
        .map((s) => s.title)
        .sort()
    ).toEqual(['Same id', 'Twice'])
  })

  it('says plainly when a trash entry or meeting is gone', async () => {
    const { ws } = await freshWorkspace()
    expect((await failureOf(restoreFromTrash(ws, 'nothing'))).code).toBe('not_found')
    expect((await failureOf(restoreFromTrash(ws, '../meetings'))).code).toBe('not_found')
    expect((await failureOf(moveToTrash(ws, 'nothing'))).code).toBe('not_found')
  })
})

describe('import', () => {
  it('copies a valid meeting file in, leaving the original untouched', async () => {
    const { ctx, ws } = await freshWorkspace()
    const elsewhere = await tempDir()
    const meeting = withIdeas(newMeeting('From a colleague', ctx), ['Idea'], ctx)
    const file = path.join(elsewhere, 'review.northstar.json')
    const bytes = JSON.stringify(meeting, null, 2)
    await writeFile(file, bytes)
    const { summary } = await importMeetingFile(ws, file)
    expect(summary).toMatchObject({ id: meeting.id, title: 'From a colleague', ideaCount: 1 })
    expect((await ws.load(meeting.id)).meeting).toEqual(meeting)
    expect(await readFile(file, 'utf-8')).toBe(bytes)
  })

  it('gives the meeting a new id when its id is already in the library', async () => {
    const { ctx, ws } = await freshWorkspace()
    const meeting = newMeeting('Mine', ctx)
    await ws.save(meeting)
    const file = path.join(await tempDir(), 'same.json')
    await writeFile(
      file,
      JSON.stringify({ ...meeting, facts: { ...meeting.facts, title: 'Theirs' } })
    )
    const { summary } = await importMeetingFile(ws, file)
    expect(summary.id).not.toBe(meeting.id)
    expect(
      ws
        .list()
        .map((s) => s.title)
        .sort()
    ).toEqual(['Mine', 'Theirs'])
  })

  it('imports a version 1 file, migrated, keeping its original bytes', async () => {
    const { root, ws } = await freshWorkspace()
    const fixture = path.join(FIXTURES, 'meeting-v1.json')
    const { meeting } = await importMeetingFile(ws, fixture)
    expect(meeting.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(await readFile(path.join(root, 'meetings', `${meeting.id}.v1.json`), 'utf-8')).toBe(
      await readFile(fixture, 'utf-8')
    )
  })

  it('refuses a file that is not a valid meeting, importing nothing and changing nothing', async () => {
    const { root, ws } = await freshWorkspace()
    const file = path.join(await tempDir(), 'notes.json')
    await writeFile(file, '{"schemaVersion":2,"title":"shopping list"}')
    const failure = await failureOf(importMeetingFile(ws, file))
    expect(failure.code).toBe('damaged_file')
    expect(failure.message).toContain('“notes.json” could not be imported')
    expect(failure.message).toContain('Nothing was imported')
    expect(await readFile(file, 'utf-8')).toBe('{"schemaVersion":2,"title":"shopping list"}')
    expect(await namesIn(path.join(root, 'meetings'))).toEqual([])
    expect((await failureOf(importMeetingFile(ws, path.join(root, 'missing.json')))).code).toBe(
      'not_found'
    )
  })
})

describe('user templates', () => {
  it('keep only the setup of a meeting and are listed by name', async () => {
    const { ctx, ws } = await freshWorkspace()
    const meeting = withIdeas(newMeeting('Q4 review', ctx), ['Private idea'], ctx)
    const b = await saveTemplate(ws, meeting, '  Our quarterly format ')
    const a = await saveTemplate(ws, meeting, 'A short format')
    expect(await listTemplates(ws)).toEqual([a, b])
    expect(b.name).toBe('Our quarterly format')
    const setup = await loadTemplate(ws, b.id)
    expect(setup.ideas).toEqual([])
    expect(setup.departments.map((d) => d.name)).toEqual(meeting.departments.map((d) => d.name))
    expect((await failureOf(saveTemplate(ws, meeting, '  '))).code).toBe('empty_text')
    expect((await failureOf(loadTemplate(ws, 'gone'))).code).toBe('not_found')
  })

  it('moves an unreadable template to quarantine instead of listing it', async () => {
    const { root, ws } = await freshWorkspace()
    await writeFile(path.join(root, 'templates', 'broken.json'), '{"id":')
    expect(await listTemplates(ws)).toEqual([])
    expect(await namesIn(path.join(root, 'quarantine'))).toHaveLength(1)
  })
})
