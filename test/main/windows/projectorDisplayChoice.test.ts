import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { displayChoiceFile } from '../../../src/main/windows/projectorDisplayChoice'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'northstar-display-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Waits for the background write of the preference file. */
async function fileText(file: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    try {
      return await readFile(file, 'utf8')
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
  throw new Error(`${file} was never written`)
}

describe('the remembered projector display', () => {
  it('is none on a computer that never presented', () => {
    expect(displayChoiceFile(join(dir, 'projector-display.json')).load()).toBeNull()
  })

  it('survives a restart of the app', async () => {
    const file = join(dir, 'projector-display.json')
    displayChoiceFile(file).save(2_779_098_405)
    expect(JSON.parse(await fileText(file))).toEqual({ displayId: 2_779_098_405 })
    expect(displayChoiceFile(file).load()).toBe(2_779_098_405)
  })

  it('treats a damaged file as no choice rather than failing to present', async () => {
    const file = join(dir, 'projector-display.json')
    await writeFile(file, '{"displayId": "HDMI-1"')
    expect(displayChoiceFile(file).load()).toBeNull()
  })
})
