import { describe, expect, it } from 'vitest'
import type { LivePatch } from '../../../src/shared/ipc/contract'
import { dispatch } from '../../../src/shared/ipc/dispatch'
import type { Caller } from '../../../src/shared/ipc/dispatch'
import { applyPatchList } from '../../../src/shared/live/patches'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { serviceHarness } from './support'

const PROJECTOR: Caller = { audience: 'projector' }
const SECRET = 'His home number, 555-0199'

async function presentedMeeting() {
  const h = await serviceHarness()
  const { view } = await h.service.createMeeting('Q4 review', { kind: 'template' })
  const meeting = view.meeting
  await h.service.commitCommand(meeting.id, {
    type: 'story.update',
    patch: { customer: 'John', channel: SECRET, privateFields: ['channel'] }
  })
  await h.service.setPresentation({ meetingId: meeting.id })
  h.events.splice(0)
  return { h, meeting }
}

const addIdea = (m: Meeting, text: string) => ({
  type: 'idea.add' as const,
  roundId: m.rounds[0]!.id,
  departmentId: m.departments[0]!.id,
  text
})

describe('a view per audience, computed in main', () => {
  it('the projector window gets the room’s view and patches, never a private field', async () => {
    const { h, meeting } = await presentedMeeting()
    const snapshot = await dispatch(h.service, 'liveSnapshot', [meeting.id], undefined, PROJECTOR)
    expect(snapshot).toMatchObject({ ok: true, value: { audience: 'projector', rev: 0 } })
    const reply = await dispatch(
      h.service,
      'commitCommand',
      [meeting.id, { type: 'run.goto', stage: 'story' }],
      undefined,
      PROJECTOR
    )
    expect(reply).toEqual({ ok: true, value: { rev: 1, newIds: [] } })
    await h.service.commitCommand(meeting.id, addIdea(meeting, 'Phone every family'))
    await h.service.commitCommand(meeting.id, {
      type: 'story.update',
      patch: { channel: `${SECRET} (updated)` }
    })

    const toProjector = h.events.filter(
      (e) => e.event === 'livePatch' && (e.payload as LivePatch).audience === 'projector'
    )
    expect(toProjector.length).toBeGreaterThan(0)
    const everything = JSON.stringify([snapshot, reply, toProjector])
    expect(everything).not.toContain('555-0199')
    // Following the patches from the snapshot gives the story the room may see.
    const view = toProjector.reduce(
      (v, e) => applyPatchList(v, (e.payload as LivePatch).patches),
      (snapshot as { value: { view: object } }).value.view
    ) as { story: { customer: string; channel: string }; stage: string }
    expect(view.story).toMatchObject({ customer: 'John', channel: '' })
    expect(view.stage).toBe('story')
  })

  it('refuses the projector window anything that would hand it the meeting, or change more than the stage', async () => {
    const { h, meeting } = await presentedMeeting()
    for (const [method, args] of [
      ['openMeeting', [meeting.id]],
      ['createMeeting', ['Q1', { kind: 'template' }]],
      ['exportMinutes', [meeting.id, ['md'], null]],
      ['commitCommand', [meeting.id, addIdea(meeting, 'From the projector')]]
    ] as const) {
      const reply = await dispatch(h.service, method, args, undefined, PROJECTOR)
      expect(reply, method).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect((await h.service.openMeeting(meeting.id)).view.meeting.ideas).toEqual([])
  })

  it('sends one message per audience per change, and a batch as one change with one undo step', async () => {
    const { h, meeting } = await presentedMeeting()
    await dispatch(h.service, 'liveSnapshot', [meeting.id], undefined, PROJECTOR)
    const receipt = await h.service.commitCommands(meeting.id, [
      addIdea(meeting, 'One'),
      addIdea(meeting, 'Two'),
      addIdea(meeting, 'Three')
    ])
    expect(receipt.newIds).toHaveLength(3)
    const patches = h.events.filter((e) => e.event === 'livePatch')
    expect(patches.map((e) => (e.payload as LivePatch).audience).sort()).toEqual([
      'facilitator',
      'projector'
    ])
    await h.service.undo(meeting.id)
    expect((await h.service.openMeeting(meeting.id)).view.meeting.ideas).toEqual([])
    // All or none: a batch with one refused change changes nothing.
    const refused = await dispatch(h.service, 'commitCommands', [
      meeting.id,
      [addIdea(meeting, 'Fine'), addIdea(meeting, '   ')]
    ])
    expect(refused).toMatchObject({ ok: false, error: { code: 'empty_text' } })
    expect((await h.service.openMeeting(meeting.id)).view.meeting.ideas).toEqual([])
  })

  it('takes a third audience (attendees’ phones) through registerAudience, with no change elsewhere', async () => {
    const { h, meeting } = await presentedMeeting()
    const phones = h.service.registerAudience('phones', (m, presentation) => ({
      stage: m.run.stage,
      open: !presentation.blank,
      ideaCount: m.ideas.length
    }))
    const received: LivePatch[] = []
    phones.subscribe((message) => received.push(message))
    const start = await phones.snapshot(meeting.id)
    expect(start.view).toEqual({ stage: 'welcome', open: true, ideaCount: 0 })
    await h.service.commitCommand(meeting.id, addIdea(meeting, 'One'))
    await h.service.setPresentation({ blank: true })
    expect(received.map((m) => m.rev)).toEqual([1, 2])
    const view = received.reduce((v, m) => applyPatchList(v, m.patches), start.view)
    expect(view).toEqual({ stage: 'welcome', open: false, ideaCount: 1 })
    expect(JSON.stringify(received)).not.toContain('555-0199')
  })
})
