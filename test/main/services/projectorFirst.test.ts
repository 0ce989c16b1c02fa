import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LivePatch } from '../../../src/shared/ipc/contract'
import { dispatch } from '../../../src/shared/ipc/dispatch'
import { applyPatchList } from '../../../src/shared/live/patches'
import type { ProjectorView } from '../../../src/shared/projector/view'
import { Workspace } from '../../../src/main/storage/workspace'
import { AppFailure } from '../../../src/shared/result'
import { serviceHarness } from './support'
import type { Harness } from './support'

async function presented() {
  const h = await serviceHarness()
  const { view } = await h.service.createMeeting('Q4 review', { kind: 'template' })
  const meeting = view.meeting
  await h.service.commitCommand(meeting.id, {
    type: 'run.goto',
    stage: 'rounds',
    roundId: meeting.rounds[0]!.id
  })
  await h.service.setPresentation({ meetingId: meeting.id })
  const snapshot = await dispatch(h.service, 'liveSnapshot', [meeting.id], undefined, {
    audience: 'projector'
  })
  if (!snapshot.ok) throw new Error('no projector snapshot')
  h.events.splice(0)
  const idea = (text: string) => ({
    type: 'idea.add' as const,
    roundId: meeting.rounds[0]!.id,
    departmentId: meeting.departments[0]!.id,
    text
  })
  return { h, meeting, idea, projectorStart: (snapshot.value as { view: ProjectorView }).view }
}

const patchesTo = (h: Harness, audience: string): LivePatch[] =>
  h.events
    .filter((e) => e.event === 'livePatch' && (e.payload as LivePatch).audience === audience)
    .map((e) => e.payload as LivePatch)

/** Holds every save until `release` is called (the disk is slow). */
function holdSaves() {
  const original = Workspace.prototype.save
  let release: () => void = () => undefined
  const gate = new Promise<void>((resolve) => (release = resolve))
  vi.spyOn(Workspace.prototype, 'save').mockImplementation(async function (this: Workspace, m) {
    await gate
    return original.call(this, m)
  })
  return () => release()
}

afterEach(() => vi.restoreAllMocks())

describe('the projector is shown a change before it is saved; the facilitator once it is', () => {
  it('sends the projector its patch while the save is under way, the facilitator after', async () => {
    const { h, meeting, idea, projectorStart } = await presented()
    const release = holdSaves()
    let replied = false
    const reply = h.service.commitCommand(meeting.id, idea('Call every family')).then((r) => {
      replied = true
      return r
    })
    await vi.waitFor(() => expect(patchesTo(h, 'projector')).toHaveLength(1))
    expect(patchesTo(h, 'facilitator')).toHaveLength(0)
    expect(replied).toBe(false)
    release()
    await reply
    expect(patchesTo(h, 'facilitator')).toHaveLength(1)
    // The save does not send the projector the same change again.
    expect(patchesTo(h, 'projector')).toHaveLength(1)
    const shown = applyPatchList(projectorStart, patchesTo(h, 'projector')[0]!.patches)
    expect(shown.ideas.map((i) => i.text)).toEqual(['Call every family'])
  })

  it('a change whose save is refused is taken back on the projector, and never shown as saved', async () => {
    const { h, meeting, idea, projectorStart } = await presented()
    vi.spyOn(Workspace.prototype, 'save').mockRejectedValueOnce(
      new AppFailure('in_use', { key: 'workspaceTakenOver', root: h.workspaceDir })
    )
    await expect(h.service.commitCommand(meeting.id, idea('Lost idea'))).rejects.toMatchObject({
      code: 'in_use'
    })
    expect(patchesTo(h, 'facilitator')).toHaveLength(0)
    const projector = patchesTo(h, 'projector')
    expect(projector.map((m) => m.rev)).toEqual([1, 2])
    const shown = projector.reduce((v, m) => applyPatchList(v, m.patches), projectorStart)
    expect(shown).toEqual(projectorStart)
    expect((await h.service.openMeeting(meeting.id)).view.meeting.ideas).toEqual([])
    // The next change is saved and shown as usual, without the refused one.
    vi.restoreAllMocks()
    await h.service.commitCommand(meeting.id, idea('Kept idea'))
    const after = patchesTo(h, 'projector').reduce(
      (v, m) => applyPatchList(v, m.patches),
      projectorStart
    )
    expect(after.ideas.map((i) => i.text)).toEqual(['Kept idea'])
  })
})
