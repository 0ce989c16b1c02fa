import type { Meeting } from '../../shared/meeting/schema'

/** The UTF-8 JSON of every list item already serialised, by identity. */
const itemBytes = new WeakMap<object, Buffer>()
const COMMA = Buffer.from(',')
const CLOSE_LIST = Buffer.from(']')

function deepFreeze(value: object): void {
  Object.freeze(value)
  for (const inner of Object.values(value) as unknown[]) {
    if (inner !== null && typeof inner === 'object' && !Object.isFrozen(inner)) deepFreeze(inner)
  }
}

function itemJson(item: unknown): Buffer {
  if (item === null || typeof item !== 'object') return Buffer.from(JSON.stringify(item) ?? 'null')
  let bytes = itemBytes.get(item)
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(item))
    // Meetings are immutable snapshots (the undo history shares their items): frozen, an item changed
    // in place would throw at once instead of being left out of later saves by this cache.
    deepFreeze(item)
    itemBytes.set(item, bytes)
  }
  return bytes
}

/**
 * The bytes of `JSON.stringify(meeting)` and a newline, in pieces, in time and memory proportional to
 * what changed. A change makes new objects only along its path (an added idea is one new item, the
 * other 1,999 are the same objects), so every list item's bytes are kept by identity and only new
 * items are serialised; the pieces go to disk in one writev, with no copy of the whole meeting built
 * in memory (at 2,000 ideas, building that text took more time than writing it).
 */
export function meetingChunks(meeting: Meeting): Buffer[] {
  const chunks: Buffer[] = []
  let head = '{'
  for (const [key, value] of Object.entries(meeting) as Array<[string, unknown]>) {
    if (value === undefined || typeof value === 'function') continue
    const field = `${head}${JSON.stringify(key)}:`
    head = ','
    if (!Array.isArray(value)) {
      chunks.push(Buffer.from(field + JSON.stringify(value)))
      continue
    }
    chunks.push(Buffer.from(`${field}[`))
    value.forEach((item: unknown, index) => {
      if (index > 0) chunks.push(COMMA)
      chunks.push(itemJson(item))
    })
    chunks.push(CLOSE_LIST)
  }
  chunks.push(Buffer.from(head === '{' ? '{}\n' : '}\n'))
  return chunks
}
