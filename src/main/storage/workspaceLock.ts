import { readFile, unlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { AppFailure } from '../../shared/result'
import { errorCode } from './errorCode'

/** In the workspace folder: which Northstar process is writing to it. */
export const LOCK_FILE = '.northstar-lock.json'

interface Holder {
  pid: number
  host: string
  since: string
}

/** Releases the lock (once every user in this process has released it). */
export type ReleaseLock = () => Promise<void>

/** Users of each workspace lock held by this process (several services may share one folder). */
const heldHere = new Map<string, number>()

const isHolder = (value: unknown): value is Holder =>
  typeof value === 'object' &&
  value !== null &&
  'pid' in value &&
  typeof value.pid === 'number' &&
  'host' in value &&
  typeof value.host === 'string'

async function readHolder(file: string): Promise<Holder | null> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf-8'))
    return isHolder(value) ? value : null
  } catch {
    return null
  }
}

/** Whether the holder may still be running. On another computer that cannot be known, so yes. */
function mayBeRunning(holder: Holder): boolean {
  if (holder.host !== os.hostname()) return true
  try {
    process.kill(holder.pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
}

function inUse(root: string, holder: Holder): AppFailure {
  const where = holder.host === os.hostname() ? 'on this computer' : `on “${holder.host}”`
  return new AppFailure(
    'in_use',
    `This workspace (${root}) is already open in another Northstar ${where}, and only one may save to it at a time. ` +
      `Close that Northstar and try again. If none is running there, delete the file “${LOCK_FILE}” in that folder.`
  )
}

/**
 * Makes this process the workspace's only writer: a lock file naming this process, created
 * exclusively. A lock left by a process that is gone (a crash, a power cut) is taken over; one held
 * by a running Northstar elsewhere refuses with a plain message. Within one process the lock is
 * shared and counted. (The Electron single-instance lock already stops a second copy of the app for
 * the same user; this also covers two users, a development build, or a workspace on a shared drive.)
 */
export async function acquireWorkspaceLock(root: string, now: string): Promise<ReleaseLock> {
  const file = path.join(root, LOCK_FILE)
  const release: ReleaseLock = async () => {
    const users = (heldHere.get(file) ?? 1) - 1
    if (users > 0) return void heldHere.set(file, users)
    heldHere.delete(file)
    await unlink(file).catch(() => undefined)
  }
  if (heldHere.has(file)) {
    heldHere.set(file, heldHere.get(file)! + 1)
    return release
  }
  const mine: Holder = { pid: process.pid, host: os.hostname(), since: now }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(file, `${JSON.stringify(mine)}\n`, { flag: 'wx' })
      heldHere.set(file, 1)
      return release
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error
    }
    const holder = await readHolder(file)
    // This process's own pid in a lock it does not hold: a dead process's, with its pid reused.
    const reused = holder?.pid === process.pid && holder.host === os.hostname()
    if (holder && !reused && mayBeRunning(holder)) throw inUse(root, holder)
    // Left by a process that is gone, or unreadable: take it over.
    await unlink(file).catch(() => undefined)
  }
  throw inUse(root, (await readHolder(file)) ?? { pid: 0, host: os.hostname(), since: now })
}
