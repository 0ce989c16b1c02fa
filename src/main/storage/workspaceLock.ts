import { createHash, randomBytes } from 'node:crypto'
import { link, open, readdir, readFile, rename, stat, unlink, utimes } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { AppFailure } from '../../shared/result'
import { errorCode } from './errorCode'
import type { ProcessIdentity } from './processIdentity'
import { mayBeRunning, selfIdentity } from './processIdentity'
import { writeFileIfAbsent } from './writeFileIfAbsent'

/** In the workspace folder: which Northstar process is writing to it. */
export const LOCK_FILE = '.northstar-lock.json'

/** The steps of acquiring the lock, named for tests that pause between them. */
export type LockStep = 'create' | 'read' | 'guard' | 'verify' | 'replace'

/**
 * Test hooks: `pause` runs before every step, so a test can widen each race window; `now` is the
 * clock a lock's age is measured by (a test can move it on instead of waiting).
 */
export interface LockHooks {
  pause?: (step: LockStep) => Promise<void>
  now?: () => number
}

/** How often the holder refreshes its lock's time (its heartbeat), while the workspace is open. */
export const HEARTBEAT_MS = 15_000
/**
 * A lock from another computer whose heartbeat stopped this long ago is taken over: its process
 * cannot be seen from here, and a running Northstar would have refreshed it eight times.
 */
export const STALE_AFTER_MS = 120_000

interface Holder extends ProcessIdentity {
  /** Random, unique to one acquisition: what "this lock is still the one I saw" is checked by. */
  token: string
  since: string
}

/** Releases the lock (once every user in this process has released it). */
export type ReleaseLock = () => Promise<void>

/** A lock held by this process: its users (several services may share one folder), its heartbeat. */
interface HeldLock {
  users: number
  token: string
  text: string
  heartbeat: NodeJS.Timeout
  /** Set when the heartbeat found another process's lock in its place (see beat). */
  lost: boolean
}

/** Locks held by this process, by lock file. */
const heldHere = new Map<string, HeldLock>()

/** How long an unreadable lock is left alone: an older Northstar may be between creating and writing it. */
const UNREADABLE_GRACE_MS = 2_000
const ATTEMPTS = 200
const RETRY_DELAY_MS = 10

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
const noPause = (): Promise<void> => Promise.resolve()

const isHolder = (value: unknown): value is Holder =>
  typeof value === 'object' &&
  value !== null &&
  'pid' in value &&
  typeof value.pid === 'number' &&
  'host' in value &&
  typeof value.host === 'string'

/** A lock file as read: its holder (null if unreadable), its token, its age. */
interface Seen {
  holder: Holder | null
  token: string
  ageMs: number
}

/**
 * Reads a lock (or guard) file; null when there is none. A lock without a token (unreadable, or
 * from an older Northstar) is identified by a hash of its bytes instead.
 */
async function readLock(file: string, now: () => number = Date.now): Promise<Seen | null> {
  let bytes: Buffer
  let mtimeMs: number
  try {
    bytes = await readFile(file)
    mtimeMs = (await stat(file)).mtimeMs
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
  let holder: Holder | null = null
  try {
    const value: unknown = JSON.parse(bytes.toString('utf-8'))
    if (isHolder(value)) holder = value
  } catch {
    holder = null
  }
  const token =
    holder && typeof holder.token === 'string' && /^[0-9a-f]{1,64}$/.test(holder.token)
      ? holder.token
      : createHash('sha256').update(bytes).digest('hex').slice(0, 32)
  return { holder, token, ageMs: now() - mtimeMs }
}

const TEMP_PREFIX = '.northstar-lock-new.'
const TEMP_NAME = /^\.northstar-lock-new\.(\d+)\.(\d*)\.[0-9a-f]{12}$/

/** Writes `text` to a fresh unique file beside `file` and fsyncs it; returns its path. */
async function writeTemp(file: string, text: string): Promise<string> {
  const { pid, start } = selfIdentity()
  const unique = `${pid}.${start}.${randomBytes(6).toString('hex')}`
  const temp = path.join(path.dirname(file), `${TEMP_PREFIX}${unique}`)
  await writeFileIfAbsent(temp, text)
  return temp
}

async function fsyncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  await handle.sync().finally(() => handle.close())
}

/**
 * Creates `file` holding `text` only if no such file exists, complete from its first moment: the
 * bytes go to a temp file that is then hard-linked to the name (link fails if the name exists). So
 * no one ever reads a created-but-unwritten lock. Where hard links are not supported (some
 * removable drives) an exclusive create and write is used instead.
 */
async function createExclusively(file: string, text: string): Promise<boolean> {
  const temp = await writeTemp(file, text)
  try {
    await link(temp, file)
    return true
  } catch (error) {
    const code = errorCode(error)
    if (code === 'EEXIST') return false
    if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP', 'EXDEV'].includes(code)) throw error
  } finally {
    await unlink(temp).catch(() => undefined)
  }
  try {
    const handle = await open(file, 'wx')
    await handle.writeFile(text)
    await handle.sync().finally(() => handle.close())
    return true
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    throw error
  }
}

const guardPrefix = (file: string): string => `${path.basename(file)}.takeover.`

/**
 * Replaces a stale lock whose token is `stale` with ours, as a compare-and-swap: only the process
 * that exclusively created the guard `<lock>.takeover.<stale>.<n>` may replace a lock holding that
 * token, and it does so by renaming its own complete file over the lock (the lock never vanishes,
 * so no one can slip in with an exclusive create meanwhile). The guard holder first checks the lock
 * still holds `stale`: if another process already took it over, nothing is touched. A guard whose
 * creator died (a crash mid-takeover) is passed over to the next number, so it never locks anyone
 * out. Returns whether the lock is now ours; 'wait' when a live process is taking it over right now.
 */
async function takeOver(
  file: string,
  stale: string,
  text: string,
  pause: (step: LockStep) => Promise<void>
): Promise<boolean | 'wait'> {
  for (let n = 0; n < 64; n++) {
    const guard = path.join(path.dirname(file), `${guardPrefix(file)}${stale}.${n}`)
    await pause('guard')
    if (!(await createExclusively(guard, text))) {
      const other = await readLock(guard)
      if (other === null) {
        n--
        continue
      }
      if (other.holder && mayBeRunning(other.holder)) return 'wait'
      continue
    }
    try {
      await pause('verify')
      const current = await readLock(file)
      if (current?.token !== stale) return false
      await pause('replace')
      const temp = await writeTemp(file, text)
      try {
        await rename(temp, file)
      } catch (error) {
        await unlink(temp).catch(() => undefined)
        throw error
      }
      await fsyncFolder(path.dirname(file))
      return true
    } finally {
      await unlink(guard).catch(() => undefined)
    }
  }
  return 'wait'
}

/**
 * Tidies what crashed processes left: guards of takeovers of earlier locks (harmless once the lock
 * holds another token) and temp files of processes that are gone.
 */
async function removeLeftovers(file: string, current: string): Promise<void> {
  const dir = path.dirname(file)
  const prefix = guardPrefix(file)
  const me = selfIdentity()
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const guard = name.startsWith(prefix) && /^[0-9a-f]+\.\d+$/.test(name.slice(prefix.length))
    const temp = TEMP_NAME.exec(name)
    const gone =
      (guard && !name.startsWith(`${prefix}${current}.`)) ||
      (temp && !mayBeRunning({ ...me, pid: Number(temp[1]), start: temp[2] ?? '' }))
    if (gone) await unlink(path.join(dir, name)).catch(() => undefined)
  }
}

function inUse(root: string, holder: Holder | null): AppFailure {
  const elsewhere = holder !== null && holder.host !== os.hostname()
  return new AppFailure('in_use', {
    key: 'workspaceInUse',
    root,
    host: elsewhere ? holder.host : null,
    staleMinutes: STALE_AFTER_MS / 60_000,
    lockFile: LOCK_FILE
  })
}

/**
 * Whether a lock seen in the folder may be taken over by this process: on this computer, when its
 * process is gone (see mayBeRunning); from another computer, whose processes cannot be seen, when
 * its heartbeat stopped more than STALE_AFTER_MS ago.
 */
function isStale(seen: Seen): boolean {
  const { holder } = seen
  if (!holder) return seen.ageMs > UNREADABLE_GRACE_MS
  const me = selfIdentity()
  // This process's own pid in a lock it does not hold: a dead process's, with its pid reused.
  if (holder.pid === me.pid && holder.host === me.host) return true
  if (holder.host !== me.host) return seen.ageMs > STALE_AFTER_MS
  return !mayBeRunning(holder)
}

/**
 * Makes this process the workspace's only writer. The lock file names this process (host, boot id,
 * process start time, pid) and a random token; it appears complete, atomically (see
 * createExclusively). A lock left by a process that is gone (a crash, a power cut, a restart of the
 * computer, even when its pid now belongs to another program) is taken over by compare-and-swap
 * (see takeOver), so two processes racing for it never both win; one held by a running Northstar,
 * or by any process on another computer, refuses with a plain message. Within one process the lock
 * is shared and counted; releasing removes it only while it still holds this process's token.
 */
export async function acquireWorkspaceLock(
  root: string,
  now: string,
  hooks: LockHooks = {}
): Promise<ReleaseLock> {
  const file = path.join(root, LOCK_FILE)
  const here = heldHere.get(file)
  if (here) {
    here.users++
    return releaser(file)
  }
  const pause = hooks.pause ?? noPause
  const clock = hooks.now ?? Date.now
  const mine: Holder = { ...selfIdentity(), token: randomBytes(16).toString('hex'), since: now }
  const text = `${JSON.stringify(mine)}\n`
  let last: Seen | null = null
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    await pause('create')
    if (await createExclusively(file, text)) {
      await fsyncFolder(root)
      return held(file, mine.token, text)
    }
    await pause('read')
    last = await readLock(file, clock)
    if (last === null) continue
    if (!isStale(last)) {
      if (last.holder) throw inUse(root, last.holder)
      await delay(RETRY_DELAY_MS * 10)
      continue
    }
    const outcome = await takeOver(file, last.token, text, pause)
    if (outcome === true) return held(file, mine.token, text)
    if (outcome === 'wait') await delay(RETRY_DELAY_MS)
  }
  throw inUse(root, last?.holder ?? null)
}

async function held(file: string, token: string, text: string): Promise<ReleaseLock> {
  const heartbeat = setInterval(() => void beat(file, lock), HEARTBEAT_MS)
  // The heartbeat never keeps the process alive on its own.
  heartbeat.unref()
  const lock: HeldLock = { users: 1, token, text, lost: false, heartbeat }
  heldHere.set(file, lock)
  await removeLeftovers(file, token)
  return releaser(file)
}

/**
 * One heartbeat: the lock's time is set to now while it is still ours, so another computer sees
 * this Northstar is alive. A lock deleted by hand is put back; one that another process took over
 * (this one was asleep or cut off from a shared drive for longer than STALE_AFTER_MS) is lost:
 * saves are refused from then on (see lockLost), so nothing the other one saves is overwritten.
 */
async function beat(file: string, lock: HeldLock): Promise<void> {
  if (lock.lost) return
  try {
    const current = await readLock(file)
    if (current === null) {
      if (await createExclusively(file, lock.text)) return
      lock.lost = true
    } else if (current.token !== lock.token) {
      lock.lost = true
    } else {
      const now = new Date()
      await utimes(file, now, now)
    }
  } catch {
    // A drive that is briefly unreachable: the next beat tries again.
  }
  if (lock.lost) clearInterval(lock.heartbeat)
}

/** Whether this process held the lock of the workspace at `root` and another process has taken it. */
export function lockLost(root: string): boolean {
  return heldHere.get(path.join(root, LOCK_FILE))?.lost ?? false
}

function releaser(file: string): ReleaseLock {
  let released = false
  return async () => {
    if (released) return
    released = true
    const here = heldHere.get(file)
    if (!here) return
    if (--here.users > 0) return
    heldHere.delete(file)
    clearInterval(here.heartbeat)
    // Only a lock that is still ours is removed (never one another process has since taken).
    const current = await readLock(file).catch(() => null)
    if (current?.token !== here.token) return
    await unlink(file).catch(() => undefined)
  }
}
