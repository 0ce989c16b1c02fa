import path from 'node:path'
import { CoalescingWriter } from './coalescingWriter'
import type { DurableWriteOptions, FileData, WrittenFile } from './durableWrite'
import { writeFileDurably } from './durableWrite'

/** One coalescing writer per absolute path, shared by everything in this process. */
const writers = new Map<string, CoalescingWriter>()

const keyOf = (file: string): string => path.resolve(file)

/**
 * Durably writes `data` to `file` through that file's single writer (see CoalescingWriter).
 * The options of the first queued write for a file apply to its whole burst.
 */
export function writeQueued(
  file: string,
  data: FileData,
  options: DurableWriteOptions = {}
): Promise<WrittenFile> {
  const key = keyOf(file)
  let writer = writers.get(key)
  if (!writer) {
    const created = new CoalescingWriter((bytes) => writeFileDurably(key, bytes, options))
    writers.set(key, created)
    writer = created
  }
  const result = writer.write(data)
  const current = writer
  // Forget idle writers so the map does not grow with every file ever written.
  void result
    .catch(() => undefined)
    .then(async () => {
      await current.idle()
      if (!current.busy && writers.get(key) === current) writers.delete(key)
    })
  return result
}

/** Waits until every queued write to `file` has finished (successfully or not). */
export async function settleWrites(file: string): Promise<void> {
  await writers.get(keyOf(file))?.idle()
}

/** Waits until every queued write in this process has finished. */
export async function settleAllWrites(): Promise<void> {
  while (writers.size > 0) {
    const busy = [...writers.values()].filter((w) => w.busy)
    if (busy.length === 0) return
    await Promise.all(busy.map((w) => w.idle()))
  }
}
