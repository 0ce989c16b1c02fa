import { AppFailure } from '../../shared/result'
import { errorCode } from '../storage/errorCode'

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EACCES: 'Northstar is not allowed to write there',
  EPERM: 'Northstar is not allowed to write there',
  EROFS: 'the disk is read-only',
  EIO: 'the disk reported an error',
  EBUSY: 'another program is holding the file',
  EMFILE: 'too many files are open'
}

const REMEDIES: Record<string, string> = {
  ENOSPC: 'free some space',
  EDQUOT: 'free some space',
  EROFS: 'make the folder writable',
  EACCES: 'check the folder’s permissions',
  EPERM: 'check the folder’s permissions'
}

/**
 * Whether an error is a disk problem the user can act on (as opposed to a bug): a known code, or any
 * other failed system call (ESTALE on a network share, EFBIG…), which is no less the disk's doing.
 */
export const isDiskError = (error: unknown): boolean =>
  errorCode(error) in REASONS ||
  (typeof error === 'object' &&
    error !== null &&
    'syscall' in error &&
    /^E[A-Z0-9]+$/.test(errorCode(error)))

/**
 * Turns a disk error into a plain sentence. `keptInMemory` says whether the change survives in
 * memory (a meeting change) or was simply not made (a library operation).
 */
export function ioFailure(error: unknown, folder: string, keptInMemory: boolean): AppFailure {
  const code = errorCode(error)
  const reason = REASONS[code] ?? 'the disk reported an error'
  const remedy = REMEDIES[code] ?? 'check the disk'
  const tail = keptInMemory
    ? `Your change is kept in memory; ${remedy} and it will be saved on the next change.`
    : `Nothing was changed; ${remedy} and try again.`
  return new AppFailure('io_error', `Northstar could not save to ${folder}: ${reason}. ${tail}`)
}

/** Runs a storage operation, turning disk errors into AppFailure('io_error'). */
export async function withDiskErrors<T>(
  folder: string,
  keptInMemory: boolean,
  operation: () => Promise<T>
): Promise<T> {
  try {
    return await operation()
  } catch (error) {
    if (isDiskError(error)) throw ioFailure(error, folder, keptInMemory)
    throw error
  }
}
