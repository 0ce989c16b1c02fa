import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'
import { AppFailure } from '../../shared/result'
import { errorCode } from './errorCode'

/** Why a path cannot be read as a file, in words (the end of a sentence). */
const TYPE_REASONS = {
  directory: 'it is a folder, not a file',
  fifo: 'it is a named pipe, not a file',
  device: 'it is a device, not a file',
  socket: 'it is a socket, not a file',
  other: 'it is not a regular file'
} as const

const CODE_REASONS: Record<string, string> = {
  ELOOP: 'it is a symbolic link that leads back to itself',
  EISDIR: TYPE_REASONS.directory,
  EACCES: 'Northstar is not allowed to read it (permission denied)',
  EPERM: 'Northstar is not allowed to read it (permission denied)',
  EIO: 'the disk reported an error while reading it',
  ENXIO: TYPE_REASONS.device,
  ENAMETOOLONG: 'its name is too long for this system'
}

/**
 * A file that exists but cannot be read as a file: a folder, a named pipe, a device, a symbolic
 * link loop, one Northstar may not read. `message` is the one sentence the app and the command
 * line both show: it names the file and the real reason.
 */
export class UnreadableFileError extends AppFailure {
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super('damaged_file', unreadableFileSentence(file, reason))
  }
}

/** “x.json” could not be read: <reason>. */
export const unreadableFileSentence = (file: string, reason: string): string =>
  `The file “${path.basename(file)}” could not be read: ${reason}.`

// Opening without blocking: a named pipe would otherwise wait for a writer forever.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/**
 * Reads a file's bytes only if it is a regular file (a symbolic link to one is followed); null when
 * there is no such file. The type is checked on the opened handle itself, so nothing can swap the
 * file between the check and the read, and nothing ever blocks on a pipe or a device. Anything
 * else is an UnreadableFileError naming the file and why.
 */
export async function readRegularFile(file: string): Promise<Buffer | null> {
  let handle
  try {
    handle = await open(file, READ_FLAGS)
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ENOENT' || code === 'ENOTDIR') return null
    throw new UnreadableFileError(file, CODE_REASONS[code] ?? `the system refused (${code})`)
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) {
      const kind = stats.isDirectory()
        ? 'directory'
        : stats.isFIFO()
          ? 'fifo'
          : stats.isCharacterDevice() || stats.isBlockDevice()
            ? 'device'
            : stats.isSocket()
              ? 'socket'
              : 'other'
      throw new UnreadableFileError(file, TYPE_REASONS[kind])
    }
    return await handle.readFile()
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error
    const code = errorCode(error)
    throw new UnreadableFileError(file, CODE_REASONS[code] ?? `the system refused (${code})`)
  } finally {
    await handle.close().catch(() => undefined)
  }
}
