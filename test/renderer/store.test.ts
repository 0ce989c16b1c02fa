import { describe, expect, it, vi } from 'vitest'
import type { Command } from '../../src/shared/meeting/commands/schema'
import { fail, ok } from '../../src/shared/result'
import { createAppStore } from '../../src/renderer/src/store/createAppStore'
import { strings } from '../../src/renderer/src/strings'
import { createFakeApi } from './fakeApi'

async function storeWithOpenMeeting() {
  const { api, meetings, publish } = createFakeApi()
  const store = createAppStore({ api })
  expect(await store.getState().createMeeting('Q4 review', { kind: 'template' })).toBe(true)
  return { api, meetings, publish, store, meeting: store.getState().current!.meeting }
}

describe('app store', () => {
  it('opens a meeting created from the template', async () => {
    const { store } = await storeWithOpenMeeting()
    const current = store.getState().current
    expect(current?.meeting.facts.title).toBe('Q4 review')
    expect(current?.meeting.rounds).toHaveLength(4)
  })

  it('shows a refused change’s message where it happened, and clears it on the next success', async () => {
    const { store, meeting } = await storeWithOpenMeeting()
    const roundId = meeting.rounds[0]!.id
    const departmentId = meeting.departments[0]!.id

    const refused = await store
      .getState()
      .sendCommand({ type: 'idea.add', roundId, departmentId, text: '   ' }, 'capture')
    expect(refused).toBe(false)
    const message = store.getState().errors.capture
    expect(message).toMatch(/idea/i)
    expect(message).not.toMatch(/at .*\.ts|Error:/)
    expect(store.getState().errors.meeting).toBeUndefined()

    const added = await store
      .getState()
      .sendCommand({ type: 'idea.add', roundId, departmentId, text: 'Call John' }, 'capture')
    expect(added).toBe(true)
    expect(store.getState().errors.capture).toBeUndefined()
    expect(store.getState().current!.meeting.ideas.map((i) => i.text)).toEqual(['Call John'])
  })

  it('files a library refusal under the meeting’s row', async () => {
    const { api } = createFakeApi({
      renameMeeting: () =>
        Promise.resolve(
          fail('too_long', { key: 'tooLong', field: 'meetingTitle', length: 300, max: 200 })
        )
    })
    const store = createAppStore({ api })
    expect(await store.getState().renameMeeting('m1', 'x'.repeat(300))).toBe(false)
    expect(store.getState().errors['row:m1']).toBe(
      'The title is too long: 300 characters, the limit is 200.'
    )
  })

  it('turns a broken channel into a plain sentence', async () => {
    const { api } = createFakeApi({ listMeetings: () => Promise.reject(new Error('ipc closed')) })
    const store = createAppStore({ api })
    await store.getState().loadLibrary()
    expect(store.getState().errors.library).toBe(strings.errors.unreachable)
    expect(store.getState().libraryStatus).toBe('ready')
  })

  it('offers to undo a deletion, and Undo restores the meeting', async () => {
    const { api, store, meeting } = await storeWithOpenMeeting()
    store.getState().closeMeeting()
    await store.getState().loadLibrary()
    expect(store.getState().meetings.map((m) => m.id)).toEqual([meeting.id])

    expect(await store.getState().deleteMeeting(meeting.id)).toBe(true)
    expect(store.getState().meetings).toEqual([])
    expect(store.getState().toast).toMatchObject({ kind: 'deleted', title: 'Q4 review' })

    expect(await store.getState().undoDelete()).toBe(true)
    expect(api.restoreMeeting).toHaveBeenCalledWith(`trash-${meeting.id}`)
    expect(store.getState().meetings.map((m) => m.id)).toEqual([meeting.id])
    expect(store.getState().toast).toEqual({
      kind: 'info',
      message: strings.toast.restored('Q4 review')
    })
  })

  it('words what an import changed, sent by main as reasons, after the imported title', async () => {
    const { api } = createFakeApi({
      importMeeting: () =>
        Promise.resolve(
          ok({
            id: 'q4',
            title: 'Q4 review',
            quarter: 'Q4 2026',
            date: '2026-11-23',
            updatedAt: '2026-11-23T12:00:00.000Z',
            ideaCount: 0,
            actionCount: 0,
            archived: false,
            notice: [
              {
                key: 'importChanged',
                file: 'q4.json',
                notes: [{ key: 'unknownFieldsLeftOut', fields: ['mood'], when: 'import' }]
              }
            ]
          })
        )
    })
    const store = createAppStore({ api })
    expect(await store.getState().importMeeting()).toBe(true)
    expect(store.getState().toast).toEqual({
      kind: 'info',
      message:
        `${strings.toast.imported('Q4 review')} Northstar made changes as it imported “q4.json”. ` +
        'The file has fields this version of Northstar does not know (“mood”); they were left out of the imported meeting. ' +
        'The file you chose was not changed.'
    })
  })

  it('follows main’s patches for the open meeting only, keeping untouched ideas as they were', async () => {
    const { store, meeting, meetings, publish } = await storeWithOpenMeeting()
    const roundId = meeting.rounds[0]!.id
    const departmentId = meeting.departments[0]!.id
    await store.getState().sendCommand({ type: 'idea.add', roundId, departmentId, text: 'One' })
    const first = store.getState().current!.meeting.ideas[0]!
    expect(store.getState().lastNewIds).toEqual([first.id])
    await store.getState().sendCommand({ type: 'idea.add', roundId, departmentId, text: 'Two' })
    const after = store.getState().current!
    expect(after.meeting.ideas.map((i) => i.text)).toEqual(['One', 'Two'])
    // Structural sharing: the idea the change did not touch is the very same object.
    expect(after.meeting.ideas[0]).toBe(first)
    expect(after.meeting.departments).toBe(meeting.departments)
    expect(store.getState().currentRev).toBe(2)

    // Another meeting's patches are not for this screen.
    store.getState().receiveMeetingPatch({
      audience: 'facilitator',
      meetingId: 'someone-else',
      rev: 3,
      patches: [{ op: 'replace', path: ['meeting', 'facts', 'title'], value: 'Other' }]
    })
    expect(store.getState().current).toBe(after)

    // A change main made while this window missed a revision: the gap brings a snapshot.
    const renamed = { ...meetings.get(meeting.id)!, facts: { ...meeting.facts, title: 'Renamed' } }
    meetings.set(meeting.id, renamed)
    publish(meeting.id)
    store.getState().receiveMeetingPatch({
      audience: 'facilitator',
      meetingId: meeting.id,
      rev: 9,
      patches: []
    })
    await vi.waitFor(() => expect(store.getState().current!.meeting.facts.title).toBe('Renamed'))
    expect(store.getState().currentRev).toBe(3)
  })

  it('shows fresh idea counts after “← All meetings”, also for an idea still being saved', async () => {
    const { api, store, meeting } = await storeWithOpenMeeting()
    await store.getState().loadLibrary()
    const row = () => store.getState().meetings.find((m) => m.id === meeting.id)
    expect(row()?.ideaCount).toBe(0)
    const idea = (text: string): Command => ({
      type: 'idea.add',
      roundId: meeting.rounds[0]!.id,
      departmentId: meeting.departments[0]!.id,
      text
    })
    await store.getState().sendCommand(idea('Saved before leaving'))
    // The next idea is still on its way to disk when the facilitator goes back to the library.
    const save = api.commitCommand
    let release = () => {}
    api.commitCommand = (id, command) =>
      new Promise((resolve) => {
        release = () => resolve(save(id, command))
      })
    const saving = store.getState().sendCommand(idea('Still saving'))
    store.getState().closeMeeting()
    await vi.waitFor(() => expect(row()?.ideaCount).toBe(1))
    release()
    await saving
    await vi.waitFor(() => expect(row()?.ideaCount).toBe(2))
  })

  it('keeps each test’s store separate', async () => {
    const first = createAppStore(createFakeApi())
    const second = createAppStore(createFakeApi())
    expect(await first.getState().createMeeting('Only in the first', { kind: 'template' })).toBe(
      true
    )
    await first.getState().openMeeting('gone', 'library')
    expect(first.getState().current?.meeting.facts.title).toBe('Only in the first')
    expect(first.getState().errors.library).toBeDefined()
    expect(second.getState().current).toBeNull()
    expect(second.getState().errors).toEqual({})
  })

  it('undoes and redoes a change through the API, and says when there is nothing to undo', async () => {
    const { store, meeting } = await storeWithOpenMeeting()
    const roundId = meeting.rounds[0]!.id
    const departmentId = meeting.departments[0]!.id
    expect(await store.getState().undo()).toBe(false)
    await store
      .getState()
      .sendCommand({ type: 'idea.add', roundId, departmentId, text: 'Call John' }, 'capture')
    expect(store.getState().current!.meeting.ideas).toHaveLength(1)
    expect(await store.getState().undo()).toBe(true)
    expect(store.getState().current!.meeting.ideas).toHaveLength(0)
    expect(await store.getState().redo()).toBe(true)
    expect(store.getState().current!.meeting.ideas.map((i) => i.text)).toEqual(['Call John'])
  })

  it('receives copies, as across IPC: the store never holds the API’s own objects', async () => {
    const { meetings, meeting } = await storeWithOpenMeeting()
    expect(meeting).not.toBe(meetings.get(meeting.id))
    expect(meeting).toEqual(meetings.get(meeting.id))
  })
})

describe('opening a meeting', () => {
  it('explains a missing meeting where the caller asked', async () => {
    const store = createAppStore(createFakeApi())
    expect(await store.getState().openMeeting('gone', 'library')).toBe(false)
    expect(store.getState().errors.library).toBe('That meeting is no longer in the library.')
    expect(store.getState().current).toBeNull()
    expect(store.getState().openingId).toBeNull()
  })
})
