import { resolve } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { API_ARGS } from '../../../src/shared/ipc/contract'
import { API_METHODS } from '../../../src/shared/ipc/methods'

const PRELOAD_ENTRY = resolve(import.meta.dirname, '../../../src/preload/index.ts')
/** The preload's budget (issue 9): it was 194 KB while it bundled the contract's zod schemas. */
const PRELOAD_BUDGET_BYTES = 10 * 1024

describe('the preload’s method list (src/shared/ipc/methods.ts)', () => {
  it('names exactly the methods the contract has schemas for, in the same order', () => {
    expect([...API_METHODS]).toEqual(Object.keys(API_ARGS))
  })
})

describe('the preload bundled from source', () => {
  it('stays small and carries no zod (the built out/preload/index.cjs is checked by an e2e spec)', async () => {
    const bundled = await build({
      entryPoints: [PRELOAD_ENTRY],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      metafile: true
    })
    const code = bundled.outputFiles[0]!.text
    expect(code.length).toBeLessThanOrEqual(PRELOAD_BUDGET_BYTES)
    const inputs = Object.keys(bundled.metafile.inputs)
    expect(inputs.filter((file) => file.includes('node_modules'))).toEqual([])
    expect(code).not.toMatch(/zod/i)
  })
})
