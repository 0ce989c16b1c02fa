import { Low } from 'lowdb'
import type { z } from 'zod'
import { DurableJsonFile } from './durableFile'
import { UnreadableFileError } from './regularFile'

/**
 * A small JSON file of the workspace (library.json, settings.json, index.json) held in a lowdb
 * instance. A missing or unreadable file yields the defaults; callers decide what else to do.
 */
export async function openSmallJsonFile<T>(
  file: string,
  schema: z.ZodType<T>,
  defaults: () => T
): Promise<{ db: Low<T>; status: 'ok' | 'missing' | 'damaged' }> {
  const adapter = new DurableJsonFile<T>(file)
  const db = new Low<T>(adapter, defaults())
  let raw: unknown
  try {
    raw = await adapter.read()
  } catch (error) {
    // Not JSON, or not a readable file at all (a folder, a pipe…): the caller sets it aside.
    if (error instanceof SyntaxError || error instanceof UnreadableFileError) {
      return { db, status: 'damaged' }
    }
    throw error
  }
  if (raw === null) return { db, status: 'missing' }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) return { db, status: 'damaged' }
  db.data = parsed.data
  return { db, status: 'ok' }
}
