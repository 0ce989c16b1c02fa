import { readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_METHODS } from '../../src/shared/ipc/contract'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'

let app: NorthstarHarness

beforeAll(async () => {
  app = await launchNorthstar()
})

afterAll(async () => {
  await app.close()
})

/** What a page can do with window.api, run inside the page. */
const inPage = <T>(script: string): Promise<T> => app.page.evaluate<T>(script)

describe('the e2e harness’s window.api', () => {
  it('has exactly the contract’s methods plus on(), like the preload', async () => {
    const keys = await inPage<string[]>('Object.keys(window.api).sort()')
    expect(keys).toEqual([...API_METHODS, 'on'].sort())
    await expect(
      inPage(`(() => { window.api.on('nope', () => {}); return 'no error' })()`)
    ).rejects.toThrow(/Unknown event/)
  })

  it('validates arguments like Electron’s IPC and answers with an envelope', async () => {
    const result = await inPage<{ ok: boolean; error?: { code: string } }>(
      `window.api.openMeeting('')`
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const missing = await inPage<{ ok: boolean; error?: { code: string; message: string } }>(
      `window.api.openMeeting('no-such-meeting')`
    )
    expect(missing.ok).toBe(false)
    expect(missing.error?.message).not.toMatch(/\bat\b.*\.ts/)
  })

  it('exports minutes with the real exporter into the folder the picker answers', async () => {
    const created = await inPage<{ ok: true; value: { meetingId: string } }>(
      `window.api.createMeeting('Export check', { kind: 'template' })`
    )
    const exported = await inPage<{
      ok: boolean
      value: { files: Array<{ format: string; path: string }> } | null
    }>(`window.api.exportMinutes(${JSON.stringify(created.value.meetingId)}, ['pdf', 'md'], null)`)
    expect(exported.ok).toBe(true)
    const files = exported.value!.files
    expect(files.map((f) => f.format).sort()).toEqual(['md', 'pdf'])
    for (const file of files) expect(dirname(file.path)).toBe(app.exportDir)
    const pdf = files.find((f) => f.format === 'pdf')!
    expect((await readFile(pdf.path)).subarray(0, 5).toString()).toBe('%PDF-')
    expect(await readFile(files.find((f) => f.format === 'md')!.path, 'utf8')).toContain(
      'Export check'
    )
  })
})
