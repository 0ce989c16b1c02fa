import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'
import { AppFailure } from '../../shared/result'
import { errorCode } from './errorCode'

/**
 * A file that exists but cannot be read as a file: a folder, a named pipe, a device, a symbolic
 * link loop, one Northstar may not read. Its reason names the file and why (a system code such as
 * ELOOP, or the kind of thing found: directory, fifo, device, socket, other); the app and the
 * command line word it alike.
 */
export class UnreadableFileError extends AppFailure {
  constructor(
    readonly file: string,
    why: string
  ) {
    super('damaged_file', { key: 'unreadableFile', file: path.basename(file), why })
  }
}

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
    throw new UnreadableFileError(file, code)
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
      throw new UnreadableFileError(file, kind)
    }
    return await handle.readFile()
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error
    throw new UnreadableFileError(file, errorCode(error))
  } finally {
    await handle.close().catch(() => undefined)
  }
}
