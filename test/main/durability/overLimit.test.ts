import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusMeeting } from '../../../scripts/fixtures/damagedCorpus'
import { runExportCli } from '../../../src/main/export/cli'
import { encodeMeeting } from '../../../src/main/storage/meetingCodec'
import type { WindowSnapshot } from '../../../src/shared/ipc/contract'
import { dispatch } from '../../../src/shared/ipc/dispatch'
import { LIMITS } from '../../../src/shared/meeting/limits'
import type { Meeting, MeetingSummary } from '../../../src/shared/meeting/schema'
import { expectPlainSentence } from '../hostile/plainSentence'
import { serviceHarness } from '../services/support'
import { tempDir } from '../storage/support'
import { readOnlySentence, wordErrorEn } from '../../../src/shared/i18n/en/errors'

/** A meeting one idea over the limit (20,001 ideas), as another program or a merge might leave. */
function overLimitBytes(): Buffer {
  const meeting = corpusMeeting('big')
  const idea = meeting.ideas[0]!
  const ideas = Array.from({ length: LIMITS.ideas + 1 }, (_, n) => ({
    ...idea,
    id: `big${n}`,
    number: n + 1,
    text: `Idea ${n + 1}`
  }))
  return Buffer.from(encodeMeeting({ ...meeting, ideas, lastIdeaNumber: ideas.length }))
}

const SAYS = /\(20,001 ideas, the limit is 20,000\), so it opens read-only/

describe('a meeting with 20,001 ideas (the limit is 20,000)', () => {
  it('is listed, opens read-only saying so, refuses changes, moves between stages, exports; the file is never changed', async () => {
    const root = await tempDir('northstar-over-limit-')
    const meetings = path.join(root, 'meetings')
    await mkdir(meetings, { recursive: true })
    const bytes = overLimitBytes()
    const file = path.join(meetings, 'big.json')
    await writeFile(file, bytes)
    await writeFile(path.join(meetings, 'healthy.json'), encodeMeeting(corpusMeeting('healthy')))
    const h = await serviceHarness({}, root)

    const listed = await dispatch(h.service, 'listMeetings', [])
    if (!listed.ok) throw new Error(wordErrorEn(listed.error.reason))
    const row = (listed.value as MeetingSummary[]).find((m) => m.id === 'big')
    expect(row?.ideaCount).toBe(20_001)
    // The library says so before it is opened; a meeting within the limits carries no mark.
    expect(row?.readOnly).toBe(true)
    const withinLimits = (listed.value as MeetingSummary[]).find((m) => m.id === 'healthy')
    expect(withinLimits?.readOnly).toBeUndefined()

    const opened = await dispatch(h.service, 'openMeeting', ['big'])
    if (!opened.ok) throw new Error(wordErrorEn(opened.error.reason))
    const state = (opened.value as WindowSnapshot<'facilitator'>).view
    expect(state.meeting.ideas).toHaveLength(20_001)
    expect(state.readOnly).toContainEqual({
      kind: 'list',
      path: ['ideas'],
      count: 20_001,
      limit: 20_000
    })
    expect(readOnlySentence(state.readOnly!)).toMatch(SAYS)
    expect(state.canUndo).toBe(false)
    expectPlainSentence(readOnlySentence(state.readOnly!))

    const idea = state.meeting.ideas[0]!
    for (const [method, args] of [
      ['commitCommand', ['big', { type: 'idea.delete', id: idea.id }]],
      ['renameMeeting', ['big', 'Renamed']],
      ['undo', ['big']]
    ] as const) {
      const refused = await dispatch(h.service, method, args)
      expect(refused.ok, method).toBe(false)
      if (refused.ok) continue
      expect(refused.error.code).toBe('read_only')
      expect(wordErrorEn(refused.error.reason)).toMatch(
        /^Nothing was changed\. This meeting is larger/
      )
      expect(wordErrorEn(refused.error.reason)).toMatch(SAYS)
    }

    // Reading it stage by stage works (in memory only), and so does exporting it.
    const moved = await dispatch(h.service, 'commitCommand', [
      'big',
      { type: 'run.goto', stage: 'rounds' }
    ])
    expect(moved.ok).toBe(true)
    const after = await dispatch(h.service, 'liveSnapshot', ['big'])
    expect(after.ok && (after.value as WindowSnapshot<'facilitator'>).view.meeting.run.stage).toBe(
      'rounds'
    )
    h.folderPicks.push(await tempDir('northstar-over-limit-export-'))
    const exported = await dispatch(h.service, 'exportMinutes', ['big', ['md'], null])
    expect(exported.ok).toBe(true)
    expect(h.exported).toHaveLength(1)

    expect((await dispatch(h.service, 'renameMeeting', ['healthy', 'Still works'])).ok).toBe(true)
    await h.service.close()
    expect((await readFile(file)).equals(bytes), 'the file is left as it is').toBe(true)
    const healthy = JSON.parse(
      await readFile(path.join(meetings, 'healthy.json'), 'utf-8')
    ) as Meeting
    expect(healthy.facts.title).toBe('Still works')

    // The command line exports it too and says the same sentence.
    const err: string[] = []
    const out = await tempDir('northstar-over-limit-cli-')
    const code = await runExportCli(
      [file, '--csv', 'out.csv'],
      { out: () => undefined, err: (line) => err.push(line) },
      out
    )
    expect(code).toBe(0)
    expect(err).toEqual([`Note: ${readOnlySentence(state.readOnly!)}`])
  })
})
