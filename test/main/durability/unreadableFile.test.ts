import { execFileSync } from 'node:child_process'
import { chmod, chown, mkdir, readdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corpusMeeting } from '../../../scripts/fixtures/damagedCorpus'
import { UNREADABLE_FILE } from '../../../scripts/fixtures/makeHostileFiles'
import { encodeMeeting } from '../../../src/main/storage/meetingCodec'
import { tempDir } from '../storage/support'
import { bundleChild } from './bundleChild'

/** The unprivileged user the check runs as when the suite runs as root (as CI does). */
const NOBODY = 65534
const asRoot = process.getuid?.() === 0

let script = ''
let remove: () => Promise<void> = () => Promise.resolve()
beforeAll(async () => {
  ;({ script, remove } = await bundleChild('readAsOtherUser'))
  await chmod(path.dirname(script), 0o755)
  await chmod(script, 0o644)
})
afterAll(() => remove())

/** Hands a folder tree to the unprivileged user (when running as root). */
async function giveAway(dir: string): Promise<void> {
  if (!asRoot) return
  await chown(dir, NOBODY, NOBODY)
  for (const name of await readdir(dir, { recursive: true })) {
    await chown(path.join(dir, name), NOBODY, NOBODY)
  }
}

describe('a meeting file Northstar may not read (run as an unprivileged user, never skipped)', () => {
  it('is listed, set aside on open with the real reason, the healthy meeting works, import and CLI say the same', async () => {
    const root = await tempDir('northstar-unreadable-')
    const outsideDir = await tempDir('northstar-unreadable-out-')
    const meetings = path.join(root, 'meetings')
    await mkdir(meetings, { recursive: true })
    await writeFile(path.join(meetings, 'healthy.json'), encodeMeeting(corpusMeeting('healthy')))
    const outside = path.join(outsideDir, UNREADABLE_FILE.name)
    await UNREADABLE_FILE.make(path.join(meetings, UNREADABLE_FILE.name))
    await UNREADABLE_FILE.make(outside)
    for (const dir of [root, outsideDir]) {
      await chmod(dir, 0o755)
      await giveAway(dir)
    }

    const node = [process.execPath, script, root, 'secret', outside]
    const command = asRoot
      ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...node]
      : node
    const said = JSON.parse(
      execFileSync(command[0]!, command.slice(1), { encoding: 'utf-8', cwd: os.tmpdir() })
    ) as Record<string, unknown>

    expect(said.uid).not.toBe(0)
    const reason = 'could not be read: Northstar is not allowed to read it (permission denied).'
    expect(said.listed).toEqual(['Corpus review', 'Unreadable meeting file secret.json'])
    expect(said.opened).toContain(`The file “secret.json” ${reason}`)
    expect(said.opened).toMatch(/The file was set aside, unchanged, in .*quarantine/)
    expect(said.healthy).toBe('Corpus review')
    expect(said.imported).toBe(`The file “secret.json” ${reason} Nothing was imported.`)
    expect(said.cli).toBe(1)
    expect(said.cliSaid).toBe(`The file “secret.json” ${reason}`)
  })
})
