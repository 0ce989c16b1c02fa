import { copyFile, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION } from '../../../src/shared/meeting/schema'
import { Workspace } from '../../../src/main/storage/workspace'
import type { Meeting } from '../../../src/shared/meeting/schema'
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

const fileOf = (root: string, id: string) => path.join(root, 'meetings', `${id}.json`)

describe('Workspace: saving, listing and the index', () => {
  it('creates its folders and lists saved meetings newest first from the index', async () => {
    const { root, ctx, ws } = await freshWorkspace()
    expect(await namesIn(root)).toEqual([
      '.northstar-lock.json',
      'index.json',
      'meetings',
      'templates',
      'trash'
    ])
    const older = newMeeting('Q3 review', ctx)
    const newer = withIdeas(newMeeting('Q4 review', ctx), ['Call John back'], ctx)
    await ws.save(older)
    await ws.save(newer)
    expect(ws.list().map((s) => [s.title, s.ideaCount])).toEqual([
      ['Q4 review', 1],
      ['Q3 review', 0]
    ])
    await ws.flush()
    const again = await Workspace.open(root, ctx)
    expect(again.list()).toEqual(ws.list())
  })

  it('lists from the index without parsing meeting files', async () => {
    const { root, ctx, ws } = await freshWorkspace()
    const meeting = newMeeting('Indexed', ctx)
    await ws.save(meeting)
    await ws.flush()
    // Same size and mtime, different (unparseable) bytes: only a parse would notice.
    const file = fileOf(root, meeting.id)
    const before = await stat(file)
    await writeFile(file, '#'.repeat(before.size))
    await utimes(file, before.atime, before.mtime)
    const again = await Workspace.open(root, ctx)
    expect(again.list().map((s) => s.title)).toEqual(['Indexed'])
  })

  it('rebuilds a missing or damaged index from the meeting files', async () => {
    const { root, ctx, ws } = await freshWorkspace()
    await ws.save(newMeeting('One', ctx))
    await ws.save(newMeeting('Two', ctx))
    await ws.flush()
    await rm(path.join(root, 'index.json'))
    expect((await Workspace.open(root, ctx)).list().map((s) => s.title)).toEqual(['Two', 'One'])
    await writeFile(path.join(root, 'index.json'), '{"version":1,"entries":[{"trunc')
    const rebuilt = await Workspace.open(root, ctx)
    expect(rebuilt.list().map((s) => s.title)).toEqual(['Two', 'One'])
    expect(JSON.parse(await readFile(path.join(root, 'index.json'), 'utf-8')).entries).toHaveLength(
      2
    )
  })

  it('fixes stale entries: removed, added and changed files', async () => {
    const { root, ctx, ws } = await freshWorkspace()
    const gone = newMeeting('Gone', ctx)
    const changed = newMeeting('Before', ctx)
    await ws.save(gone)
    await ws.save(changed)
    await ws.flush()
    await rm(fileOf(root, gone.id))
    const edited: Meeting = {
      ...changed,
      facts: { ...changed.facts, title: 'After, longer title' }
    }
    await writeFile(fileOf(root, changed.id), JSON.stringify(edited))
    const added = newMeeting('Copied in by hand', ctx)
    await writeFile(fileOf(root, added.id), JSON.stringify(added))
    const again = await Workspace.open(root, ctx)
    expect(
      again
        .list()
        .map((s) => s.title)
        .sort()
    ).toEqual(['After, longer title', 'Copied in by hand'])
  })

  it('keeps an unreadable file listed until it is opened, so nothing silently disappears', async () => {
    const { root, ctx, ws } = await freshWorkspace()
    await writeFile(fileOf(root, 'strange'), 'not json')
    const again = await Workspace.open(root, ctx)
    expect(again.list().map((s) => s.title)).toEqual(['Unreadable meeting file strange.json'])
    expect(ws).toBeDefined()
  })

  it('keeps archive flags in library.json across restarts and index rebuilds', async () => {
    const { root, ctx, ws } = await freshWorkspace()
    const meeting = newMeeting('Old review', ctx)
    await ws.save(meeting)
    expect((await ws.setArchived(meeting.id, true)).archived).toBe(true)
    await ws.flush()
    await rm(path.join(root, 'index.json'))
    const again = await Workspace.open(root, ctx)
    expect(again.list()[0]?.archived).toBe(true)
    expect((await again.setArchived(meeting.id, false)).archived).toBe(false)
    expect((await Workspace.open(root, ctx)).list()[0]?.archived).toBe(false)
  })
})

describe('Workspace: loading damaged files', () => {
  const damages: Array<[string, (text: string) => string, string]> = [
    ['a truncated file', (text) => text.slice(0, Math.floor(text.length / 2)), 'not complete JSON'],
    ['a non-JSON file', () => 'PK\u0003\u0004 this is a zip, not a meeting', 'not complete JSON'],
    [
      'a schema-invalid file',
      (text) => text.replace('"voteBudget":3', '"voteBudget":"lots"'),
      'missing or wrong value'
    ]
  ]

  it.each(damages)(
    'moves %s to quarantine byte for byte and says where',
    async (_l, damage, words) => {
      const { root, ctx, ws } = await freshWorkspace()
      const meeting = newMeeting('Q4 review', ctx)
      await ws.save(meeting)
      const damaged = damage(await readFile(fileOf(root, meeting.id), 'utf-8'))
      await writeFile(fileOf(root, meeting.id), damaged)
      const failure = await failureOf(ws.load(meeting.id))
      expect(failure.code).toBe('damaged_file')
      expect(failure.message).toContain('“Q4 review” could not be opened')
      expect(failure.message).toContain(words)
      expect(failure.message).toContain('No earlier good copy was found')
      const [quarantined] = await namesIn(path.join(root, 'quarantine'))
      expect(quarantined).toMatch(new RegExp(`^${meeting.id}\\..+\\.json$`))
      const where = path.join(root, 'quarantine', quarantined!)
      expect(failure.message).toContain(where)
      expect(await readFile(where, 'utf-8')).toBe(damaged)
      expect(await namesIn(path.join(root, 'meetings'))).toEqual([])
      expect(ws.list()).toEqual([])
    }
  )

  it('puts back the last good copy when there is one, and says so', async () => {
    const { root, ctx, ws } = await freshWorkspace()
    const first = newMeeting('Q4 review', ctx)
    await ws.save(first)
    const second = withIdeas(first, ['An idea saved in the latest version'], ctx)
    await ws.save(second)
    await writeFile(fileOf(root, first.id), '{"schemaVersion":2,"id":')
    const failure = await failureOf(ws.load(first.id))
    expect(failure.code).toBe('damaged_file')
    expect(failure.message).toContain(
      `put back the last good copy, saved ${first.updatedAt.slice(0, 10)} ${first.updatedAt.slice(11, 16)} UTC`
    )
    expect(failure.message).toContain('open the meeting again')
    const { meeting } = await ws.load(first.id)
    expect(meeting).toEqual(first)
    expect(await namesIn(path.join(root, 'quarantine'))).toHaveLength(1)
  })

  it('refuses a file from a newer version without moving or changing it', async () => {
    const { root, ctx, ws } = await freshWorkspace()
    const meeting = newMeeting('From the future', ctx)
    const future = JSON.stringify({ ...meeting, schemaVersion: 99 })
    await writeFile(fileOf(root, meeting.id), future)
    const failure = await failureOf(ws.load(meeting.id))
    expect(failure.code).toBe('damaged_file')
    expect(failure.message).toContain('newer version of Northstar')
    expect(await readFile(fileOf(root, meeting.id), 'utf-8')).toBe(future)
    expect(await namesIn(path.join(root, 'quarantine'))).toEqual([])
  })

  it('says a missing meeting is not in the library', async () => {
    const { ws } = await freshWorkspace()
    expect((await failureOf(ws.load('nope'))).code).toBe('not_found')
    expect((await failureOf(ws.load('../../etc/passwd'))).code).toBe('not_found')
  })
})

describe('Workspace: migration', () => {
  it('migrates a version 1 file and keeps its original bytes before the first save', async () => {
    const { root, ctx, ws } = await freshWorkspace()
    const fixture = path.join(FIXTURES, 'meeting-v1.json')
    const original = await readFile(fixture, 'utf-8')
    await copyFile(fixture, fileOf(root, 'legacy-q3-2025'))
    const { meeting, migratedFrom } = await ws.load('legacy-q3-2025')
    expect(migratedFrom).toBe(1)
    expect(meeting.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(meeting.story.privateFields).toEqual(['customer', 'text', 'broughtBy', 'impact'])
    const backup = path.join(root, 'meetings', 'legacy-q3-2025.v1.json')
    expect(await readFile(backup, 'utf-8')).toBe(original)
    await ws.save(withIdeas(meeting, ['After the upgrade'], ctx))
    expect(await readFile(backup, 'utf-8')).toBe(original)
    const saved = JSON.parse(await readFile(fileOf(root, 'legacy-q3-2025'), 'utf-8'))
    expect(saved.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(saved.ideas).toHaveLength(3)
  })
})
