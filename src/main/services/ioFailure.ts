import { AppFailure } from '../../shared/result'
import { errorCode } from '../storage/errorCode'

/** Disk errors the catalogue words with a cause and a remedy (diskError). */
const KNOWN = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'EBUSY', 'EMFILE'])

/**
 * Whether an error is a disk problem the user can act on (as opposed to a bug): a known code, or any
 * other failed system call (ESTALE on a network share, EFBIG…), which is no less the disk's doing.
 */
export const isDiskError = (error: unknown): boolean =>
  KNOWN.has(errorCode(error)) ||
  (typeof error === 'object' &&
    error !== null &&
    'syscall' in error &&
    /^E[A-Z0-9]+$/.test(errorCode(error)))

/**
 * Turns a disk error into a refusal naming the folder and the system's code. `keptInMemory` says
 * whether the change survives in memory (a meeting change) or was simply not made (a library operation).
 */
export function ioFailure(error: unknown, folder: string, keptInMemory: boolean): AppFailure {
  const code = errorCode(error)
  return new AppFailure('io_error', { key: 'diskError', folder, code, keptInMemory })
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
