import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { decodeMeeting } from '../../../src/main/storage/meetingCodec'
import { dispatch } from '../../../src/shared/ipc/dispatch'
import type { Command } from '../../../src/shared/meeting/commands/schema'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { serviceHarness } from '../services/support'
import type { FaultPoint } from './faultyDisk'
import { armFault, disarmFault, faultsHit } from './faultyDisk'
import { wordErrorEn } from '../../../src/shared/i18n/en/errors'

// Every fs call of the storage code goes to the real disk, except the step a test arms to fail.
vi.mock('node:fs/promises', async (importOriginal) => {
  const { faultyFs } = await import('./faultyDisk')
  return faultyFs(await importOriginal())
})

afterEach(() => disarmFault())

const addIdea = (m: Meeting, text: string): Command => ({
  type: 'idea.add',
  roundId: m.rounds[0]!.id,
  departmentId: m.departments[0]!.id,
  text
})

const ideasIn = (text: string): string[] => {
  const decoded = decodeMeeting(text)
  if (!decoded.ok) throw new Error(`torn or damaged file: ${wordErrorEn(decoded.error.reason)}`)
  return decoded.value.meeting.ideas.map((i) => i.text)
}

const CASES: Array<{ point: FaultPoint; code: string; says: string }> = [
  {
    point: 'write',
    code: 'ENOSPC',
    says: 'the disk is full. Your change is kept in memory; free some space'
  },
  {
    point: 'write',
    code: 'EIO',
    says: 'the disk reported an error. Your change is kept in memory; check the disk'
  },
  {
    point: 'fsync',
    code: 'EIO',
    says: 'the disk reported an error. Your change is kept in memory; check the disk'
  },
  {
    point: 'fsync',
    code: 'ENOSPC',
    says: 'the disk is full. Your change is kept in memory; free some space'
  },
  {
    point: 'backup',
    code: 'EIO',
    says: 'the disk reported an error. Your change is kept in memory; check the disk'
  },
  {
    point: 'rename',
    code: 'EROFS',
    says: 'the disk is read-only. Your change is kept in memory; make the folder writable'
  },
  // Retried (a Windows scanner holding the file), then reported.
  {
    point: 'rename',
    code: 'EBUSY',
    says: 'another program is holding the file. Your change is kept in memory; check the disk'
  },
  // A disk error the app has no special words for still reads as a disk problem.
  {
    point: 'fsync',
    code: 'ESTALE',
    says: 'the disk reported an error. Your change is kept in memory; check the disk'
  }
]

describe('a durable write that fails part-way', () => {
  it.each(CASES)(
    'at $point ($code): the old file stays whole, the user is told, the change is saved by the next write',
    async ({ point, code, says }) => {
      const h = await serviceHarness()
      const {
        view: { meeting }
      } = await h.service.createMeeting('Q4 review', { kind: 'template' })
      await h.service.commitCommand(meeting.id, addIdea(meeting, 'Saved'))
      const meetings = path.join(h.workspaceDir, 'meetings')
      const file = path.join(meetings, `${meeting.id}.json`)
      const before = await readFile(file, 'utf-8')

      armFault(point, file, code)
      h.events.splice(0)
      const result = await dispatch(h.service, 'commitCommand', [
        meeting.id,
        addIdea(meeting, 'Kept')
      ])
      expect(faultsHit).toBeGreaterThan(0)
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'io_error',
          reason: { key: 'diskError', code, folder: meetings, keptInMemory: true }
        }
      })
      if (result.ok) return
      expect(wordErrorEn(result.error.reason)).toBe(
        `Northstar could not save to ${meetings}: ${says} and it will be saved on the next change.`
      )
      expect(await readFile(file, 'utf-8'), 'the old version, byte for byte').toBe(before)
      expect((await readdir(meetings)).filter((n) => n.endsWith('.tmp'))).toEqual([])
      // Every window shows the change, and it stays in the open meeting.
      expect(h.events.map((e) => e.event)).toEqual(['livePatch'])
      expect(
        (await h.service.openMeeting(meeting.id)).view.meeting.ideas.map((i) => i.text)
      ).toEqual(['Saved', 'Kept'])

      disarmFault()
      await h.service.commitCommand(meeting.id, addIdea(meeting, 'After'))
      expect(ideasIn(await readFile(file, 'utf-8'))).toEqual(['Saved', 'Kept', 'After'])
      expect(ideasIn(await readFile(`${file}.bak`, 'utf-8'))).toEqual(['Saved'])
      await h.service.close()
    }
  )

  it('at the folder fsync after the rename: the file is the new version, whole, and the user is still told', async () => {
    const h = await serviceHarness()
    const {
      view: { meeting }
    } = await h.service.createMeeting('Q4 review', { kind: 'template' })
    await h.service.commitCommand(meeting.id, addIdea(meeting, 'Saved'))
    const meetings = path.join(h.workspaceDir, 'meetings')
    const file = path.join(meetings, `${meeting.id}.json`)

    armFault('folderFsync', file, 'EIO')
    const result = await dispatch(h.service, 'commitCommand', [meeting.id, addIdea(meeting, 'Kept')])
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.code).toBe('io_error')
    // The rename happened but is not known to be durable: the file is whole, old or new, never torn.
    expect(ideasIn(await readFile(file, 'utf-8'))).toEqual(['Saved', 'Kept'])

    disarmFault()
    await h.service.commitCommand(meeting.id, addIdea(meeting, 'After'))
    expect(ideasIn(await readFile(file, 'utf-8'))).toEqual(['Saved', 'Kept', 'After'])
    await h.service.close()
  })

  it('when hard links fail (a file system without them), keeps the last good copy by copying', async () => {
    const h = await serviceHarness()
    const {
      view: { meeting }
    } = await h.service.createMeeting('Q4 review', { kind: 'template' })
    const file = path.join(h.workspaceDir, 'meetings', `${meeting.id}.json`)
    await h.service.commitCommand(meeting.id, addIdea(meeting, 'Saved'))
    armFault('hardLink', file, 'EPERM')
    await h.service.commitCommand(meeting.id, addIdea(meeting, 'Next'))
    expect(faultsHit).toBe(1)
    expect(ideasIn(await readFile(file, 'utf-8'))).toEqual(['Saved', 'Next'])
    expect(ideasIn(await readFile(`${file}.bak`, 'utf-8'))).toEqual(['Saved'])
    await h.service.close()
  })
})
