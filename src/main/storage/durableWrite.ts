import { randomBytes } from 'node:crypto'
import { copyFile, link, mkdir, open, rename, stat, unlink } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { errorCode } from './errorCode'
import { mayBeRunning, selfIdentity } from './processIdentity'
import { folderNames } from './folderNames'

/** When this computer last started. */
const bootedAtMs = (): number => Date.now() - os.uptime() * 1000

/** Size and modification time of a file just written, recorded in the index to spot stale entries. */
export interface WrittenFile {
  size: number
  mtimeMs: number
}

/** What a durable write takes: text, bytes, or bytes in pieces written in order (one writev). */
export type FileData = string | Uint8Array | readonly Uint8Array[]

export interface DurableWriteOptions {
  /** Before the target is replaced, its current version is kept here (the last good copy). */
  backupPath?: string
}

/** `.<name>.<pid>.t<start time>.<random>.tmp` (older versions: without the start time). */
const TEMP_PATTERN = /^\..+?\.(\d+)\.(?:t(\d+)\.)?[0-9a-f]{12}\.tmp$/
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES'])
const RENAME_ATTEMPTS = 6

/**
 * A temp name unique to this write, in the target's own folder (rename is only atomic within one
 * file system). The process id and start time let a later start tell a dead writer's leftovers from
 * a live one's, even when the pid has since been reused.
 */
export function tempNameFor(target: string): string {
  const { pid, start } = selfIdentity()
  const suffix = `${pid}.${start ? `t${start}.` : ''}${randomBytes(6).toString('hex')}.tmp`
  return path.join(path.dirname(target), `.${path.basename(target)}.${suffix}`)
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Renames, retrying briefly when the target is locked: on Windows an antivirus scanner or the search
 * indexer may hold the file for a moment and rename fails with EPERM/EBUSY/EACCES.
 */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to)
      return
    } catch (error) {
      if (attempt >= RENAME_ATTEMPTS || !RENAME_RETRY_CODES.has(errorCode(error))) throw error
      await delay(attempt * 15)
    }
  }
}

/**
 * Makes a folder's entries (new names, renames) durable. Windows cannot open a folder for fsync;
 * NTFS journals the rename itself there.
 */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Creates a folder and any missing parents, durably: each new folder's name is fsynced in its
 * parent (a folder created but not synced can vanish in a power cut, taking what was saved in it).
 */
export async function mkdirDurably(dir: string): Promise<void> {
  const missing: string[] = []
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const exists = await stat(at).then(
      () => true,
      (error: unknown) => {
        if (errorCode(error) === 'ENOENT') return false
        throw error
      }
    )
    if (exists || path.dirname(at) === at) break
    missing.push(at)
  }
  if (missing.length === 0) return
  await mkdir(dir, { recursive: true })
  for (const created of missing) await fsyncDir(path.dirname(created))
}

/** Writes bytes to a fresh file and fsyncs it; the file is removed again if anything fails. */
async function writeSyncedFile(file: string, data: FileData): Promise<WrittenFile> {
  const handle = await open(file, 'wx')
  let written: WrittenFile | null = null
  try {
    if (typeof data === 'string' || !Array.isArray(data)) await handle.writeFile(data as string)
    else await writeChunks(handle, data)
    await handle.sync()
    const stats = await handle.stat()
    written = { size: stats.size, mtimeMs: stats.mtimeMs }
  } finally {
    await handle.close().catch(() => undefined)
    if (!written) await unlink(file).catch(() => undefined)
  }
  return written
}

/** Writes pieces in order with writev (libuv resumes a short write); checks every byte went. */
async function writeChunks(handle: FileHandle, chunks: readonly Uint8Array[]): Promise<void> {
  const expected = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)
  const { bytesWritten } = await handle.writev(chunks as Uint8Array[])
  if (bytesWritten !== expected) {
    // A short write without an error: said as the disk error it is (see ioFailure).
    throw Object.assign(new Error(`Only ${bytesWritten} of ${expected} bytes could be written.`), {
      code: 'EIO',
      syscall: 'writev'
    })
  }
}

/**
 * Keeps the current version of `target` as `backup`. A hard link costs no copy: the new version is
 * renamed over `target` next, so the old bytes survive only under the backup name. File systems
 * without hard links get a synced copy instead.
 */
async function keepPreviousVersion(target: string, backup: string): Promise<void> {
  const temp = tempNameFor(backup)
  try {
    await link(target, temp)
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ENOENT') return
    if (code === 'EEXIST') throw error
    try {
      await copyFile(target, temp)
      const handle = await open(temp, 'r+')
      await handle.sync().finally(() => handle.close())
    } catch (copyError) {
      await unlink(temp).catch(() => undefined)
      if (errorCode(copyError) === 'ENOENT') return
      throw copyError
    }
  }
  try {
    await renameWithRetry(temp, backup)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}

/**
 * Replaces `target` so that after a crash at any moment it holds either the old or the new bytes,
 * complete: unique temp file, write, fsync (meanwhile the previous version is kept), rename over the
 * target, fsync the folder. Resolves only once the new version is durable.
 */
export async function writeFileDurably(
  target: string,
  data: FileData,
  options: DurableWriteOptions = {}
): Promise<WrittenFile> {
  const temp = tempNameFor(target)
  // The previous version is linked aside while the new one is written and synced: both only read
  // the target, which stays as it is until the rename.
  const [write, backup] = await Promise.allSettled([
    writeSyncedFile(temp, data),
    options.backupPath ? keepPreviousVersion(target, options.backupPath) : Promise.resolve()
  ])
  if (write.status === 'rejected') throw write.reason
  try {
    if (backup.status === 'rejected') throw backup.reason
    await renameWithRetry(temp, target)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await fsyncDir(path.dirname(target))
  return write.value
}

/**
 * Removes temp files left by writers that died mid-write (a crash, a power cut). Temp files of a
 * process still running (another window of the app in the same process, a second instance) are kept.
 * A file written before the computer last started, or naming a pid that now belongs to a process
 * started at another moment, is a dead writer's (see processIdentity.ts). Returns the names removed.
 */
export async function cleanStrayTempFiles(dir: string): Promise<string[]> {
  const names = await folderNames(dir)
  const removed: string[] = []
  for (const name of names) {
    const match = TEMP_PATTERN.exec(name)
    if (!match) continue
    const file = path.join(dir, name)
    const fromEarlierBoot = await stat(file).then(
      (stats) => stats.mtimeMs < bootedAtMs() - 60_000,
      () => false
    )
    const writer = { ...selfIdentity(), pid: Number(match[1]), start: match[2] ?? '' }
    if (!fromEarlierBoot && mayBeRunning(writer)) continue
    await unlink(file).catch(() => undefined)
    removed.push(name)
  }
  return removed
}
