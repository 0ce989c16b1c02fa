import { open, unlink } from 'node:fs/promises'

/**
 * Writes bytes to `path` only if no file is there: opening with `wx` makes "does it exist?" and
 * "create it" one atomic step, so a file that appears meanwhile is never overwritten either.
 * The data is flushed to disk before returning; a failed write removes its partial file.
 */
export async function writeFileIfAbsent(path: string, data: Uint8Array | string): Promise<void> {
  const handle = await open(path, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(path).catch(() => undefined)
    throw error
  }
  await handle.close()
}
