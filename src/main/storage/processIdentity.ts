import { readFileSync } from 'node:fs'
import os from 'node:os'
import { errorCode } from './errorCode'

/**
 * Who a process is, in a way that survives pid reuse and reboots: the host, the boot it runs in
 * (Linux's boot_id changes at every start of the computer) and the moment the process started
 * (clock ticks since boot, from /proc/<pid>/stat). A pid alone is not enough: after a reboot pids
 * start over and an old lock or temp file often names a live, unrelated process.
 */
export interface ProcessIdentity {
  pid: number
  host: string
  /** The boot id, or '' where the system does not expose one. */
  boot: string
  /** The process start time in clock ticks since boot, or '' where unknown. */
  start: string
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf-8').trim()
  } catch {
    return ''
  }
}

/** This computer's current boot id ('' where there is none to read). */
export const currentBootId = (): string => readOrEmpty('/proc/sys/kernel/random/boot_id')

/** When a process started (field 22 of /proc/<pid>/stat), or '' where unknown or gone. */
export function processStartTime(pid: number): string {
  const stat = readOrEmpty(`/proc/${pid}/stat`)
  // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return fields[19] ?? ''
}

let self: ProcessIdentity | null = null

/** This process's identity (computed once). */
export function selfIdentity(): ProcessIdentity {
  self ??= {
    pid: process.pid,
    host: os.hostname(),
    boot: currentBootId(),
    start: processStartTime(process.pid)
  }
  return self
}

const pidExists = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === 'EPERM'
  }
}

/**
 * Whether the process named may still be running. On another computer that cannot be known, so
 * yes. On this one: not if the computer has restarted since (another boot id), not if no process
 * has that pid, and not if the process with that pid started at another moment (a reused pid).
 * Fields that are '' (older records, systems without /proc) are not compared.
 */
export function mayBeRunning(who: ProcessIdentity): boolean {
  const me = selfIdentity()
  if (who.host !== me.host) return true
  if (who.boot && me.boot && who.boot !== me.boot) return false
  if (!Number.isSafeInteger(who.pid) || who.pid <= 0 || !pidExists(who.pid)) return false
  if (who.start) {
    const start = processStartTime(who.pid)
    if (start && start !== who.start) return false
  }
  return true
}
