import { readFile, stat, unlink, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { currentBootId, processStartTime } from '../../../src/main/storage/processIdentity'
import { Workspace } from '../../../src/main/storage/workspace'
import {
  acquireWorkspaceLock,
  HEARTBEAT_MS,
  LOCK_FILE,
  lockLost,
  STALE_AFTER_MS
} from '../../../src/main/storage/workspaceLock'
import { createMeetingFromTemplate } from '../../../src/shared/meeting/template'
import { tempDir, testContext } from '../storage/support'

const NOW = '2026-11-23T09:00:00.000Z'
const AN_HOUR_AGO = (): Date => new Date(Date.now() - 3_600_000)

/** A lock file as another Northstar writes it, its time set `ageMs` in the past. */
async function lockOf(
  root: string,
  fields: Record<string, unknown>,
  ageMs: number
): Promise<string> {
  const file = path.join(root, LOCK_FILE)
  await writeFile(file, `${JSON.stringify({ token: 'b'.repeat(32), since: NOW, ...fields })}\n`)
  const then = new Date(Date.now() - ageMs)
  await utimes(file, then, then)
  return file
}

const mtimeOf = async (file: string): Promise<number> => (await stat(file)).mtimeMs

afterEach(() => {
  vi.useRealTimers()
})

describe('staleness by heartbeat (an injected clock, no waiting)', () => {
  const elsewhere = { pid: 4242, host: 'meeting-room-pc', boot: 'their-boot', start: '99' }

  it('a lock from another computer is respected while its heartbeat is under 2 minutes old', async () => {
    const root = await tempDir('northstar-heartbeat-')
    const file = await lockOf(root, elsewhere, 0)
    const justUnder = { now: () => Date.now() + STALE_AFTER_MS - 1_000 }
    await expect(acquireWorkspaceLock(root, NOW, justUnder)).rejects.toMatchObject({
      code: 'in_use',
      message: expect.stringContaining(
        'Northstar takes it over by itself once that one has not been heard from for 2 minutes.'
      ) as string
    })
    expect(await readFile(file, 'utf-8')).toContain('meeting-room-pc')
  })

  it('is taken over once its heartbeat stopped more than 2 minutes ago', async () => {
    const root = await tempDir('northstar-heartbeat-')
    const file = await lockOf(root, elsewhere, 0)
    const release = await acquireWorkspaceLock(root, NOW, {
      now: () => Date.now() + STALE_AFTER_MS + 1_000
    })
    expect(JSON.parse(await readFile(file, 'utf-8'))).toMatchObject({ pid: process.pid })
    await release()
  })

  it('a lock on this computer whose process is seen alive is respected however old it is', async () => {
    const root = await tempDir('northstar-heartbeat-')
    // This test's parent process: alive, identified by its real start time (not a reused pid).
    const alive = {
      pid: process.ppid,
      host: os.hostname(),
      boot: currentBootId(),
      start: processStartTime(process.ppid)
    }
    await lockOf(root, alive, 3_600_000)
    await expect(
      acquireWorkspaceLock(root, NOW, { now: () => Date.now() + 10 * STALE_AFTER_MS })
    ).rejects.toMatchObject({ code: 'in_use' })
  })
})

describe('the heartbeat (fake timers, no waiting)', () => {
  it('refreshes the lock’s time every 15 seconds while the workspace is open, and stops on close', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const root = await tempDir('northstar-heartbeat-')
    const ws = await Workspace.open(root, testContext())
    const file = path.join(root, LOCK_FILE)
    await utimes(file, AN_HOUR_AGO(), AN_HOUR_AGO())
    const old = await mtimeOf(file)
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS - 1)
    expect(await mtimeOf(file), 'not before 15 seconds').toBe(old)
    await vi.advanceTimersByTimeAsync(1)
    await vi.waitFor(async () => expect(await mtimeOf(file)).toBeGreaterThan(Date.now() - 60_000))
    await ws.close()
    expect(vi.getTimerCount(), 'no heartbeat left after closing').toBe(0)
  })

  it('puts back a lock deleted by hand', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const root = await tempDir('northstar-heartbeat-')
    const ws = await Workspace.open(root, testContext())
    const file = path.join(root, LOCK_FILE)
    const mine = await readFile(file, 'utf-8')
    await unlink(file)
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS)
    await vi.waitFor(async () => expect(await readFile(file, 'utf-8')).toBe(mine))
    expect(lockLost(root)).toBe(false)
    await ws.close()
  })

  it('finding another Northstar’s lock in its place (taken over while asleep), it refuses every save', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const root = await tempDir('northstar-heartbeat-')
    const ws = await Workspace.open(root, testContext())
    const meeting = createMeetingFromTemplate('Asleep', testContext())
    await ws.save(meeting)
    const file = await lockOf(root, { pid: 4242, host: 'meeting-room-pc' }, 0)
    const theirs = await readFile(file, 'utf-8')
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS)
    await vi.waitFor(() => expect(lockLost(root)).toBe(true))
    await expect(
      ws.save({ ...meeting, facts: { ...meeting.facts, title: 'Lost' } })
    ).rejects.toMatchObject({
      code: 'in_use',
      message: expect.stringMatching(
        /^Another Northstar took this workspace .* over while this one was not heard from/
      ) as string
    })
    await ws.close()
    expect(await readFile(file, 'utf-8'), 'their lock is left alone').toBe(theirs)
    const saved = JSON.parse(
      await readFile(path.join(root, 'meetings', `${meeting.id}.json`), 'utf-8')
    ) as {
      facts: { title: string }
    }
    expect(saved.facts.title).toBe('Asleep')
  })
})
