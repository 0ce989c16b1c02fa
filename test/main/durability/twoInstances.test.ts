import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Workspace } from '../../../src/main/storage/workspace'
import { currentBootId } from '../../../src/main/storage/processIdentity'
import { LOCK_FILE } from '../../../src/main/storage/workspaceLock'
import { dispatch } from '../../../src/shared/ipc/dispatch'
import { createMeetingFromTemplate } from '../../../src/shared/meeting/template'
import { expectPlainSentence } from '../hostile/plainSentence'
import { serviceHarness } from '../services/support'
import { tempDir, testContext } from '../storage/support'
import { bundleChild } from './bundleChild'
import { wordErrorEn } from '../../../src/shared/i18n/en/errors'

let writerScript = ''
let removeWriter: () => Promise<void> = () => Promise.resolve()
beforeAll(async () => {
  ;({ script: writerScript, remove: removeWriter } = await bundleChild('sessionWriter'))
})
afterAll(() => removeWriter())

/** A workspace with one meeting in it, closed again; returns its folder and the meeting id. */
async function workspaceWithMeeting(): Promise<{ root: string; meetingId: string }> {
  const root = await tempDir('northstar-two-')
  const ws = await Workspace.open(root, testContext())
  const meeting = createMeetingFromTemplate('Shared review', testContext())
  await ws.save(meeting)
  await ws.close()
  return { root, meetingId: meeting.id }
}

/** Another Northstar process writing to the workspace; resolves once it has the meeting open. */
async function otherNorthstar(root: string, meetingId: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [writerScript, root, meetingId, 'other'], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf-8').on('data', (chunk: string) => {
      if (chunk.includes('READY')) resolve()
    })
    child.on('exit', () => reject(new Error('the other Northstar exited early')))
  })
  return child
}

const kill = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    child.on('exit', () => resolve())
    child.kill('SIGKILL')
  })

describe('two Northstar processes on one workspace', () => {
  it('the second is refused with a plain message while the first writes; never two writers', async () => {
    const { root, meetingId } = await workspaceWithMeeting()
    const first = await otherNorthstar(root, meetingId)
    try {
      const second = await serviceHarness({}, root)
      for (const [method, args] of [
        ['listMeetings', []],
        ['openMeeting', [meetingId]],
        ['createMeeting', ['Mine', { kind: 'template' }]]
      ] as const) {
        const result = await dispatch(second.service, method, args)
        expect(result.ok, method).toBe(false)
        if (result.ok) continue
        expect(result.error.code).toBe('in_use')
        expectPlainSentence(wordErrorEn(result.error.reason))
        expect(wordErrorEn(result.error.reason)).toContain('already open in another Northstar on this computer')
      }
      const lock = JSON.parse(await readFile(path.join(root, LOCK_FILE), 'utf-8')) as {
        pid: number
      }
      expect(lock.pid).toBe(first.pid)
    } finally {
      await kill(first)
    }
  })

  it('after the first one crashes, the next start takes the workspace over', async () => {
    const { root, meetingId } = await workspaceWithMeeting()
    await kill(await otherNorthstar(root, meetingId))
    const next = await serviceHarness({}, root)
    const opened = await dispatch(next.service, 'openMeeting', [meetingId])
    expect(opened.ok).toBe(true)
    const lock = JSON.parse(await readFile(path.join(root, LOCK_FILE), 'utf-8')) as { pid: number }
    expect(lock.pid).toBe(process.pid)
    // Closing hands the workspace on: another process may open it now.
    await next.service.close()
    await kill(await otherNorthstar(root, meetingId))
  })

  it('a lock from another computer (a shared drive) refuses, and says how to clear it', async () => {
    const { root } = await workspaceWithMeeting()
    const lockFile = path.join(root, LOCK_FILE)
    await writeFile(lockFile, JSON.stringify({ pid: 1, host: 'meeting-room-pc', since: '' }))
    const h = await serviceHarness({}, root)
    const refused = await dispatch(h.service, 'listMeetings', [])
    expect(!refused.ok && wordErrorEn(refused.error.reason)).toBe(
      `This workspace (${root}) is already open in another Northstar on “meeting-room-pc”, and only one may save to it at a time. ` +
        'Close that Northstar and try again. Northstar takes it over by itself once that one has not been heard from for 2 minutes. ' +
        `If none is running there, delete the file “${LOCK_FILE}” in that folder.`
    )
    expect(await readFile(lockFile, 'utf-8')).toContain('meeting-room-pc')
  })

  it('an unreadable lock file, or one of this computer’s gone processes, is taken over', async () => {
    for (const content of [
      '\u0000\u0000',
      JSON.stringify({ pid: 2 ** 22 + 7, host: os.hostname() })
    ]) {
      const { root } = await workspaceWithMeeting()
      await writeFile(path.join(root, LOCK_FILE), content)
      const h = await serviceHarness({}, root)
      expect((await dispatch(h.service, 'listMeetings', [])).ok).toBe(true)
      await h.service.close()
    }
  })

  it('a lock naming a live, unrelated process from before a restart is taken over', async () => {
    const { root } = await workspaceWithMeeting()
    const lockFile = path.join(root, LOCK_FILE)
    // pid 1 and this test's own process are alive, but neither holds the workspace.
    for (const lock of [
      { pid: 1, host: os.hostname(), boot: 'the-boot-before-the-restart', start: '1' },
      { pid: process.ppid, host: os.hostname(), boot: currentBootId(), start: '3' }
    ]) {
      await writeFile(lockFile, JSON.stringify({ ...lock, token: 'c'.repeat(32), since: '' }))
      const h = await serviceHarness({}, root)
      expect((await dispatch(h.service, 'listMeetings', [])).ok).toBe(true)
      expect(JSON.parse(await readFile(lockFile, 'utf-8'))).toMatchObject({ pid: process.pid })
      await h.service.close()
    }
  })

  it('closing removes only a lock that is still its own', async () => {
    const { root } = await workspaceWithMeeting()
    const lockFile = path.join(root, LOCK_FILE)
    const h = await serviceHarness({}, root)
    expect((await dispatch(h.service, 'listMeetings', [])).ok).toBe(true)
    const someoneElses = JSON.stringify({ pid: 1, host: 'meeting-room-pc', token: 'd'.repeat(32) })
    await writeFile(lockFile, someoneElses)
    await h.service.close()
    expect(await readFile(lockFile, 'utf-8')).toBe(someoneElses)
  })

  it('windows and services within one process share the workspace', async () => {
    const { root, meetingId } = await workspaceWithMeeting()
    const a = await serviceHarness({}, root)
    const b = await serviceHarness({}, root)
    expect((await dispatch(a.service, 'openMeeting', [meetingId])).ok).toBe(true)
    expect((await dispatch(b.service, 'listMeetings', [])).ok).toBe(true)
    await a.service.close()
    await b.service.close()
  })
})
