import { lstat, mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusMeeting } from '../../../scripts/fixtures/damagedCorpus'
import { HOSTILE_FILES } from '../../../scripts/fixtures/makeHostileFiles'
import { runExportCli } from '../../../src/main/export/cli'
import { encodeMeeting } from '../../../src/main/storage/meetingCodec'
import type { MeetingSummary } from '../../../src/shared/meeting/schema'
import { dispatch } from '../../../src/shared/ipc/dispatch'
import { expectPlainSentence } from '../hostile/plainSentence'
import { serviceHarness } from '../services/support'
import { tempDir } from '../storage/support'
import { wordErrorEn } from '../../../src/shared/i18n/en/errors'

/** The file's type as lstat sees it, so "set aside unchanged" can be checked for non-files too. */
async function kindOf(file: string): Promise<string> {
  const s = await lstat(file)
  return s.isFIFO() ? 'fifo' : s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'folder' : 'file'
}

/** A workspace with one healthy meeting and the hostile thing beside it. */
async function workspaceWith(make: (file: string) => Promise<void>, name: string) {
  const root = await tempDir('northstar-hostile-')
  const meetings = path.join(root, 'meetings')
  await mkdir(meetings, { recursive: true })
  await writeFile(path.join(meetings, 'healthy.json'), encodeMeeting(corpusMeeting('healthy')))
  await make(path.join(meetings, name))
  return { root, meetings }
}

describe.each(HOSTILE_FILES)('$name in the workspace: $story', ({ name, reason, make }) => {
  const id = path.basename(name, '.json')
  const sentence = new RegExp(`The file “${name}” could not be read: ${reason.source}\\.`)

  it('the scan lists it as unreadable, opening it says why and sets it aside; the healthy meeting works on', async () => {
    const { root, meetings } = await workspaceWith(make, name)
    const kind = await kindOf(path.join(meetings, name))
    const h = await serviceHarness({}, root)
    const listed = await dispatch(h.service, 'listMeetings', [])
    if (!listed.ok) throw new Error(wordErrorEn(listed.error.reason))
    const titles = (listed.value as MeetingSummary[]).map((m) => m.title).sort()
    expect(titles).toEqual(['Corpus review', `Unreadable meeting file ${name}`])

    const opened = await dispatch(h.service, 'openMeeting', [id])
    expect(opened.ok).toBe(false)
    if (opened.ok) return
    expect(opened.error.code).toBe('damaged_file')
    expect(wordErrorEn(opened.error.reason)).toMatch(sentence)
    expectPlainSentence(wordErrorEn(opened.error.reason))
    const [aside] = await readdir(path.join(root, 'quarantine'))
    expect(wordErrorEn(opened.error.reason)).toContain(path.join(root, 'quarantine', aside!))
    expect(await kindOf(path.join(root, 'quarantine', aside!)), 'moved as it was').toBe(kind)
    expect(await readdir(meetings)).not.toContain(name)

    expect((await dispatch(h.service, 'openMeeting', ['healthy'])).ok).toBe(true)
    expect((await dispatch(h.service, 'renameMeeting', ['healthy', 'Still works'])).ok).toBe(true)
    await h.service.close()
    const saved = JSON.parse(await readFile(path.join(meetings, 'healthy.json'), 'utf-8')) as {
      facts: { title: string }
    }
    expect(saved.facts.title).toBe('Still works')
  })

  it('every restart still lists the library beside it, and creating a meeting works', async () => {
    const { root } = await workspaceWith(make, name)
    for (let start = 0; start < 2; start++) {
      const h = await serviceHarness({}, root)
      const listed = await dispatch(h.service, 'listMeetings', [])
      expect(listed.ok && (listed.value as MeetingSummary[]).length).toBe(2 + start)
      const created = await dispatch(h.service, 'createMeeting', [
        `New ${start}`,
        { kind: 'template' }
      ])
      expect(created.ok).toBe(true)
      await h.service.close()
    }
  })

  it('opening or importing it from elsewhere, and the command line, give the same sentence', async () => {
    const outside = await tempDir('northstar-downloads-')
    const file = path.join(outside, name)
    await make(file)
    const h = await serviceHarness()
    const viaPath = await h.service.openFromPath(file).catch((error: Error) => error)
    h.meetingPicks.push(file)
    const viaDialog = await dispatch(h.service, 'importMeeting', [])
    expect(viaPath).toMatchObject({ code: 'io_error' })
    expect(!viaDialog.ok && viaDialog.error.code).toBe('io_error')
    for (const message of [(viaPath as Error).message, !viaDialog.ok && wordErrorEn(viaDialog.error.reason)]) {
      expect(message).toMatch(sentence)
      expect(message).toMatch(/Nothing was imported\.$/)
      expectPlainSentence(message as string)
    }
    expect(await readdir(path.join(h.workspaceDir, 'meetings'))).toEqual([])
    await h.service.close()

    const err: string[] = []
    const code = await runExportCli(
      [file, '--md', 'out.md'],
      { out: () => undefined, err: (line) => err.push(line) },
      outside
    )
    expect(code).toBe(1)
    expect(err.join('\n')).toMatch(new RegExp(`^${sentence.source}$`))
    expect(await readdir(outside)).toEqual([name])
  })
})

describe('a file already known to be damaged', () => {
  it('is not parsed again at the next start while its size and time are unchanged', async () => {
    const root = await tempDir('northstar-known-damaged-')
    const meetings = path.join(root, 'meetings')
    await mkdir(meetings, { recursive: true })
    const file = path.join(meetings, 'broken.json')
    const good = encodeMeeting(corpusMeeting('broken'))
    // Damaged, but exactly as long as a good meeting: only re-reading could tell them apart.
    await writeFile(file, `{${good.slice(1, -2)}X\n`)
    const mtime = new Date('2026-11-20T10:00:00Z')
    await utimes(file, mtime, mtime)
    const first = await serviceHarness({}, root)
    const title = async (h: typeof first): Promise<string | undefined> => {
      const listed = await dispatch(h.service, 'listMeetings', [])
      return listed.ok ? (listed.value as MeetingSummary[])[0]?.title : undefined
    }
    expect(await title(first)).toBe('Unreadable meeting file broken.json')
    await first.service.close()

    await writeFile(file, good)
    await utimes(file, mtime, mtime)
    const second = await serviceHarness({}, root)
    expect(await title(second), 'same size and time: not read again').toBe(
      'Unreadable meeting file broken.json'
    )
    await second.service.close()

    await utimes(file, new Date(), new Date())
    const third = await serviceHarness({}, root)
    expect(await title(third), 'changed since: read again').toBe('Corpus review')
    await third.service.close()
  })
})
