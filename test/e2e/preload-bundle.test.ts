import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const BUILT_PRELOAD = resolve(import.meta.dirname, '../../out/preload/index.cjs')
/** The preload's budget (issue 9): it was 194 KB while it bundled the contract's zod schemas. */
const PRELOAD_BUDGET_BYTES = 10 * 1024

describe('the built preload (out/preload/index.cjs)', () => {
  it('is at most 10 KB, carries no zod and requires nothing but electron', async () => {
    expect(existsSync(BUILT_PRELOAD), 'No built preload: run "npm run build" first.').toBe(true)
    const code = await readFile(BUILT_PRELOAD)
    expect(code.byteLength).toBeLessThanOrEqual(PRELOAD_BUDGET_BYTES)
    const text = code.toString('utf8')
    expect(text).not.toMatch(/zod/i)
    expect([...text.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])).toEqual([
      'electron'
    ])
  })
})
