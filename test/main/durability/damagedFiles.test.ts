import { existsSync } from 'node:fs'
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION } from '../../../src/shared/meeting/schema'
import type { Expected } from '../../../scripts/fixtures/damagedCorpus'
import { buildDamagedCorpus, hugeMeetingFile } from '../../../scripts/fixtures/damagedCorpus'
import { corpusMeeting } from '../../../scripts/fixtures/damagedCorpus'
import { runExportCli } from '../../../src/main/export/cli'
import { encodeMeeting } from '../../../src/main/storage/meetingCodec'
import type { MeetingSummary } from '../../../src/shared/meeting/schema'
import { dispatch } from '../../../src/shared/ipc/dispatch'
import type { ImportedMeeting, MeetingState } from '../../../src/shared/ipc/contract'
import { expectPlainSentence } from '../hostile/plainSentence'
import { serviceHarness } from '../services/support'
import type { AppFailure } from '../../../src/shared/result'
import { tempDir } from '../storage/support'
import { readOnlySentence, wordErrorEn, wordNoticeEn } from '../../../src/shared/i18n/en/errors'

const CORPUS_DIR = path.resolve(import.meta.dirname, '../../fixtures/damaged')
const CORPUS = buildDamagedCorpus()

/** Quoted in the README's reliability table: committed files plus the 50 MB one made at test time. */
export const CORPUS_FILES_HANDLED = CORPUS.length + 1

const idOf = (name: string): string => path.basename(name, '.json')

/** Files in a folder and their bytes. */
async function contents(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    out[name] = (await readFile(path.join(dir, name))).toString('base64')
  }
  return out
}

/** Puts a file into a workspace's meetings folder as if the app had saved it there. */
async function workspaceWith(name: string, bytes: Buffer): Promise<string> {
  const root = await tempDir('northstar-damaged-')
  await mkdir(path.join(root, 'meetings'), { recursive: true })
  await writeFile(path.join(root, 'meetings', name), bytes)
  return root
}

/** Kinds of file that open (as they are, migrated, repaired or read-only). */
const OPENS: readonly Expected[] = ['load', 'migrate', 'repair', 'readOnly']

function expectOpenedIntact(
  expected: Expected,
  opened: Awaited<ReturnType<typeof dispatch>>,
  says?: RegExp
): MeetingState {
  if (!opened.ok) throw new Error(`expected to open, got: ${wordErrorEn(opened.error.reason)}`)
  const state = (opened.value as { view: MeetingState }).view
  expect(state.meeting.facts.title.length).toBeGreaterThan(0)
  if (expected === 'migrate') expect(state.meeting.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
  // What the facilitator is told: what was repaired, or why the meeting is read-only.
  const told =
    expected === 'repair'
      ? state.notice && wordNoticeEn(state.notice)
      : expected === 'readOnly' && state.readOnly
        ? readOnlySentence(state.readOnly)
        : undefined
  if (says) expect(told).toMatch(says)
  if (told !== undefined) expectPlainSentence(told)
  if (expected !== 'readOnly') expect(state.readOnly).toBeUndefined()
  return state
}

describe('the committed corpus matches its generator', () => {
  it.each(CORPUS)('$name', async ({ name, bytes }) => {
    expect(await readFile(path.join(CORPUS_DIR, name))).toEqual(bytes)
  })
})

describe('damaged and foreign files in the workspace', () => {
  it.each(CORPUS)(
    '$name ($story): $expected, with a plain message, nothing overwritten',
    async ({ name, expected, says }) => {
      const original = await readFile(path.join(CORPUS_DIR, name))
      const root = await workspaceWith(name, original)
      const h = await serviceHarness({}, root)
      const id = idOf(name)
      const file = path.join(root, 'meetings', name)

      // Listing reads the files to rebuild the index: it must survive every one of them.
      const listed = await dispatch(h.service, 'listMeetings', [])
      expect(listed.ok).toBe(true)
      const opened = await dispatch(h.service, 'openMeeting', [id])

      if (OPENS.includes(expected)) {
        expectOpenedIntact(expected, opened, says)
        expect(await readFile(file), 'opening does not rewrite the file').toEqual(original)
        if (expected === 'repair') {
          expect(await readFile(path.join(root, 'meetings', `${id}.before-repair.json`))).toEqual(
            original
          )
        }
        if (expected === 'readOnly') {
          const refused = await dispatch(h.service, 'renameMeeting', [id, 'Renamed'])
          expect(!refused.ok && refused.error.code).toBe('read_only')
          expect(!refused.ok && wordErrorEn(refused.error.reason)).toMatch(says!)
          expect(await readFile(file), 'nothing saved over it').toEqual(original)
        }
        if (expected === 'migrate') {
          expect(await readFile(path.join(root, 'meetings', `${id}.v1.json`))).toEqual(original)
        }
      } else if (expected === 'refuse') {
        expect(opened.ok).toBe(false)
        expect(!opened.ok && opened.error).toMatchObject({ code: 'damaged_file' })
        expect(!opened.ok && wordErrorEn(opened.error.reason)).toMatch(/newer version of Northstar/)
        expect(await readFile(file), 'left in place, untouched').toEqual(original)
        expect(await contents(path.join(root, 'quarantine'))).toEqual({})
      } else {
        expect(opened.ok).toBe(false)
        if (opened.ok) return
        expect(opened.error.code).toBe('damaged_file')
        expectPlainSentence(wordErrorEn(opened.error.reason))
        const quarantined = await readdir(path.join(root, 'quarantine'))
        expect(quarantined).toHaveLength(1)
        const where = path.join(root, 'quarantine', quarantined[0]!)
        expect(wordErrorEn(opened.error.reason)).toContain(`set aside, unchanged, in ${where}.`)
        expect(await readFile(where), 'moved byte for byte').toEqual(original)
        expect(await readdir(path.join(root, 'meetings'))).not.toContain(name)
        const again = await dispatch(h.service, 'openMeeting', [id])
        expect(!again.ok && again.error.code).toBe('not_found')
      }
      if (!opened.ok) expectPlainSentence(wordErrorEn(opened.error.reason))
      await h.service.close()
    }
  )

  it('lists a workspace holding the whole corpus at once, and opens the good ones', async () => {
    const root = await tempDir('northstar-damaged-')
    await mkdir(path.join(root, 'meetings'), { recursive: true })
    for (const { name } of CORPUS) {
      await copyFile(path.join(CORPUS_DIR, name), path.join(root, 'meetings', name))
    }
    const h = await serviceHarness({}, root)
    const listed = await dispatch(h.service, 'listMeetings', [])
    expect(listed.ok).toBe(true)
    for (const { name, expected } of CORPUS) {
      const opened = await dispatch(h.service, 'openMeeting', [idOf(name)])
      expect(opened.ok, name).toBe(OPENS.includes(expected))
    }
    await h.service.close()
  })
})

describe('each corpus file beside a healthy meeting: the scan, opening and the command line', () => {
  it.each(CORPUS)(
    '$name: named with its reason, and the healthy meeting works on',
    async ({ name, expected, says }) => {
      const original = await readFile(path.join(CORPUS_DIR, name))
      const root = await workspaceWith(name, original)
      await writeFile(
        path.join(root, 'meetings', 'healthy.json'),
        encodeMeeting(corpusMeeting('healthy'))
      )
      const h = await serviceHarness({}, root)
      const listed = await dispatch(h.service, 'listMeetings', [])
      if (!listed.ok) throw new Error(wordErrorEn(listed.error.reason))
      const rows = listed.value as MeetingSummary[]
      expect(rows.map((row) => row.id).sort()).toEqual(['healthy', idOf(name)].sort())
      const row = rows.find((r) => r.id === idOf(name))!
      // The scan does not parse a file it cannot open twice: it is listed under its own name.
      if (!OPENS.includes(expected)) expect(row.title).toBe(`Unreadable meeting file ${name}`)

      const opened = await dispatch(h.service, 'openMeeting', [idOf(name)])
      if (OPENS.includes(expected)) expectOpenedIntact(expected, opened, says)
      else {
        expect(!opened.ok && wordErrorEn(opened.error.reason)).toContain(name)
        expectPlainSentence(!opened.ok ? wordErrorEn(opened.error.reason) : '')
      }
      expect((await dispatch(h.service, 'renameMeeting', ['healthy', 'Still works'])).ok).toBe(true)
      await h.service.close()

      const err: string[] = []
      const file = path.join(root, 'meetings', name)
      const outside = await tempDir('northstar-cli-')
      const code = await runExportCli(
        [existsSync(file) ? file : path.join(CORPUS_DIR, name), '--md', 'out.md'],
        { out: () => undefined, err: (line) => err.push(line) },
        outside
      )
      expect(code).toBe(OPENS.includes(expected) ? 0 : 1)
      if (says) expect(err.join('\n')).toMatch(says)
      if (!OPENS.includes(expected)) expect(err.join('\n')).toContain(name)
    }
  )
})

describe('damaged and foreign files opened from elsewhere (double-click, import)', () => {
  it.each(CORPUS)(
    '$name: $expected through openFromPath and the import dialog; the original never changes',
    async ({ name, expected, says }) => {
      const outside = await tempDir('northstar-downloads-')
      const file = path.join(outside, name)
      await copyFile(path.join(CORPUS_DIR, name), file)
      const original = await readFile(file)
      const h = await serviceHarness()
      const meetings = path.join(h.workspaceDir, 'meetings')

      const viaPath = await h.service.openFromPath(file).then(
        (value) => ({ ok: true as const, value }),
        (error: AppFailure) => ({ ok: false as const, error: error.error })
      )
      h.meetingPicks.push(file)
      const viaDialog = await dispatch(h.service, 'importMeeting', [])

      expect(await readFile(file)).toEqual(original)
      expect(await contents(outside)).toEqual({ [name]: original.toString('base64') })
      if (OPENS.includes(expected)) {
        expect(viaPath.ok && viaPath.value.meeting.facts.title.length).toBeGreaterThan(0)
        expect(viaDialog.ok).toBe(true)
        // The import says what it repaired or left out, and that the meeting opens read-only.
        const notice = viaDialog.ok ? (viaDialog.value as ImportedMeeting).notice : undefined
        if (says) {
          // Main sends reasons; worded in English they say what the user reads.
          const keys = notice?.map((reason) => reason.key)
          expect(keys).toEqual(expected === 'readOnly' ? ['overLimitsReadOnly'] : ['importChanged'])
          expect(wordNoticeEn(notice!)).toMatch(says)
        } else expect(notice).toBeUndefined()
        if (expected === 'readOnly')
          expect(viaPath.ok && readOnlySentence(viaPath.value.readOnly ?? [])).toMatch(says!)
      } else {
        for (const result of [viaPath, viaDialog]) {
          expect(result.ok).toBe(false)
          if (result.ok) continue
          expect(result.error.code).toBe('damaged_file')
          expectPlainSentence(wordErrorEn(result.error.reason))
          expect(wordErrorEn(result.error.reason)).toMatch(
            /Nothing was imported and the file was not changed\.$/
          )
        }
        expect(await readdir(meetings).catch(() => [])).toEqual([])
      }
      await h.service.close()
    }
  )
})

describe('a 50 MB meeting file', () => {
  it('opens read-only, naming each text over its limit, without hanging or changing it', async () => {
    const bytes = hugeMeetingFile(50)
    expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024)
    const root = await workspaceWith('huge.json', bytes)
    const h = await serviceHarness({}, root)
    const started = performance.now()
    expect((await dispatch(h.service, 'listMeetings', [])).ok).toBe(true)
    const opened = await dispatch(h.service, 'openMeeting', ['huge'])
    expect(performance.now() - started).toBeLessThan(30_000)
    const state = expectOpenedIntact(
      'readOnly',
      opened,
      /\(a text of 1,048,576 characters in “ideas\.0\.text”, the limit is 2,000; .*; and 47 more\), so it opens read-only/
    )
    const refused = await dispatch(h.service, 'renameMeeting', ['huge', 'Smaller'])
    expect(!refused.ok && refused.error.code).toBe('read_only')
    const kept = await readFile(path.join(root, 'meetings', 'huge.json'))
    expect(kept.equals(bytes), 'the file is left as it is').toBe(true)

    const outside = path.join(await tempDir('northstar-downloads-'), 'huge.json')
    await writeFile(outside, bytes)
    const imported = await h.service.openFromPath(outside)
    expect(imported.readOnly).toEqual(state.readOnly)
    await h.service.close()
  })
})
