import { vi } from 'vitest'
import { LiveStream } from '../../src/shared/live/stream'
import { registerWindowAudiences } from '../../src/shared/live/windowAudiences'
import type {
  ApiEventName,
  ApiEvents,
  PresentationState,
  RendererApi,
  WindowAudience,
  WindowSnapshot
} from '../../src/shared/ipc/contract'
import { INITIAL_PRESENTATION } from '../../src/shared/ipc/contract'
import type { LivePatch } from '../../src/shared/live/messages'
import type { Command } from '../../src/shared/meeting/commands/schema'
import { applyCommand } from '../../src/shared/meeting/apply'
import type { History } from '../../src/shared/meeting/history'
import { record, redo, startHistory, undo } from '../../src/shared/meeting/history'
import type { Meeting, MeetingSummary } from '../../src/shared/meeting/schema'
import { createMeetingFromTemplate } from '../../src/shared/meeting/template'
import type { Result } from '../../src/shared/result'
import { ROOM_OFF } from '../../src/shared/room/status'
import { fail, ok } from '../../src/shared/result'

/** Deterministic time and ids for meetings the fake creates. */
function testContext() {
  let tick = 0
  let id = 0
  return {
    now: () => new Date(Date.parse('2026-11-23T09:00:00Z') + tick++ * 1000).toISOString(),
    newId: () => `id${++id}`
  }
}

const summaryOf = (meeting: Meeting, archived = false): MeetingSummary => ({
  id: meeting.id,
  title: meeting.facts.title,
  quarter: meeting.facts.quarter,
  date: meeting.facts.date,
  updatedAt: meeting.updatedAt,
  ideaCount: meeting.ideas.length,
  actionCount: meeting.actions.length,
  archived
})

/**
 * An in-memory stand-in for `window.api`: meetings live in a Map and changes go through the real pure
 * domain (`applyCommand`) and main's real change stream (revisions, one view per audience, patches
 * delivered to `on('livePatch')` listeners before the reply), so the store is exercised against real
 * refusals and real patches. `audience` says which window this page is. Every method is a spy, and
 * any of them can be replaced per test; `publish` sends what a test put in `meetings` to the windows.
 * Undo and redo step through a real history (`shared/meeting/history`), and every argument, reply and
 * event is a structured clone, as across IPC.
 */
export function createFakeApi(
  overrides: Partial<RendererApi> = {},
  { audience = 'facilitator' }: { audience?: WindowAudience } = {}
) {
  const ctx = testContext()
  const meetings = new Map<string, Meeting>()
  const trash = new Map<string, Meeting>()
  let presentation: PresentationState = INITIAL_PRESENTATION
  const listeners = new Map<ApiEventName, Set<(payload: never) => void>>()
  const emit = <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => {
    // Events cross IPC as copies, like replies.
    for (const listener of listeners.get(event) ?? [])
      (listener as (p: ApiEvents[E]) => void)(structuredClone(payload))
  }
  // Undo history per meeting, as main keeps it; a meeting a test puts into `meetings` starts afresh.
  const histories = new Map<string, History>()
  const historyOf = (id: string): History => {
    const meeting = meetings.get(id)!
    const known = histories.get(id)
    if (known?.present === meeting) return known
    const fresh = startHistory(meeting)
    histories.set(id, fresh)
    return fresh
  }
  const source = (id: string) => {
    const history = historyOf(id)
    return {
      meeting: history.present,
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0
    }
  }
  const stream = new LiveStream(
    (id) => Promise.resolve(source(id)),
    () => presentation
  )
  const feeds = registerWindowAudiences(stream, (message: LivePatch, to) => {
    if (to === audience) emit('livePatch', message)
  })
  const publish = (id: string) => stream.publish(id, source(id))
  const snapshot = (id: string) =>
    feeds[audience].snapshot(id) as Promise<WindowSnapshot<'facilitator'>>
  const receipt = (id: string, newIds: string[]) => ({ rev: stream.rev(id, audience), newIds })
  const change = (id: string, commands: Command[]) => {
    const found = need(id)
    if (!found.ok) return Promise.resolve(found)
    const newIds: string[] = []
    const counting = {
      now: ctx.now,
      newId: () => {
        const made = ctx.newId()
        newIds.push(made)
        return made
      }
    }
    let meeting = found.value
    for (const command of commands) {
      const changed = applyCommand(meeting, command, counting)
      if (!changed.ok) return Promise.resolve(changed)
      meeting = changed.value
    }
    return Promise.resolve(ok(step(id, record(historyOf(id), meeting), newIds)))
  }
  /** Moves to a new history state, publishes it and answers with this window's revision. */
  const step = (id: string, history: History, newIds: string[] = []) => {
    histories.set(id, history)
    meetings.set(id, history.present)
    publish(id)
    return receipt(id, newIds)
  }
  const move = (id: string, next: (history: History, now: string) => Result<History>) => {
    const found = need(id)
    if (!found.ok) return Promise.resolve(found)
    const moved = next(historyOf(id), ctx.now())
    return Promise.resolve(moved.ok ? ok(step(id, moved.value)) : moved)
  }
  const need = (id: string): Result<Meeting> => {
    const meeting = meetings.get(id)
    return meeting ? ok(meeting) : fail('not_found', { key: 'meetingGoneFromLibrary' })
  }
  const unsupported = () => Promise.resolve(fail('forbidden', { key: 'unknownMethod' }))

  const api: RendererApi = {
    listMeetings: () => Promise.resolve(ok([...meetings.values()].map((m) => summaryOf(m)))),
    createMeeting: (title) => {
      const meeting = createMeetingFromTemplate(title, ctx)
      meetings.set(meeting.id, meeting)
      return snapshot(meeting.id).then(ok)
    },
    openMeeting: (id) => {
      const found = need(id)
      return found.ok ? snapshot(id).then(ok) : Promise.resolve(found)
    },
    liveSnapshot: (id) => {
      const found = need(id)
      if (!found.ok) return Promise.resolve(found)
      return (feeds[audience].snapshot(id) as Promise<WindowSnapshot>).then(ok)
    },
    duplicateMeeting: unsupported,
    renameMeeting: (id, title) => {
      const found = need(id)
      if (!found.ok) return Promise.resolve(found)
      const renamed = { ...found.value, facts: { ...found.value.facts, title } }
      meetings.set(id, renamed)
      return Promise.resolve(ok(summaryOf(renamed)))
    },
    archiveMeeting: (id, archived) => {
      const found = need(id)
      return Promise.resolve(found.ok ? ok(summaryOf(found.value, archived)) : found)
    },
    deleteMeeting: (id) => {
      const found = need(id)
      if (!found.ok) return Promise.resolve(found)
      meetings.delete(id)
      trash.set(`trash-${id}`, found.value)
      return Promise.resolve(
        ok({ trashId: `trash-${id}`, title: found.value.facts.title, deletedAt: ctx.now() })
      )
    },
    restoreMeeting: (trashId) => {
      const meeting = trash.get(trashId)
      if (!meeting)
        return Promise.resolve(fail('not_found', { key: 'meetingGoneFromTrash' }))
      trash.delete(trashId)
      meetings.set(meeting.id, meeting)
      return Promise.resolve(ok(summaryOf(meeting)))
    },
    listTrash: unsupported,
    importMeeting: () => Promise.resolve(ok(null)),
    saveAsTemplate: unsupported,
    listTemplates: () => Promise.resolve(ok([])),
    applyCommand: (id, command) => change(id, [command]),
    applyCommands: (id, commands) => change(id, commands),
    undo: (id) => move(id, undo),
    redo: (id) => move(id, redo),
    exportMinutes: unsupported,
    revealExport: unsupported,
    checkMinutesPdf: () => Promise.resolve(ok([])),
    carryOver: unsupported,
    getPresentation: unsupported,
    setPresentation: unsupported,
    controlCountdown: unsupported,
    openProjector: unsupported,
    closeProjector: unsupported,
    getRoom: () => Promise.resolve(ok(ROOM_OFF)),
    setRoom: unsupported,
    moderateRoomIdea: unsupported,
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener)
      return () => void set.delete(listener)
    },
    ...overrides
  }
  // Every method is a spy; like IPC (structured clone), arguments and replies are copies, so no
  // test can pass by sharing an object between the store and this fake.
  for (const key of Object.keys(api) as Array<keyof RendererApi>) {
    const method = api[key] as (...args: unknown[]) => unknown
    ;(api as Record<string, unknown>)[key] =
      key === 'on'
        ? vi.fn(method)
        : vi.fn((...args: unknown[]) =>
            (method(...structuredClone(args)) as Promise<unknown>).then((reply) =>
              structuredClone(reply)
            )
          )
  }
  /** Presents a meeting, as the facilitator's Present does (for a projector page under test). */
  const present = (meetingId: string | null) => {
    presentation = { ...presentation, meetingId }
    stream.presentationChanged()
    emit('presentationChanged', presentation)
  }
  return { api, meetings, publish, present, emit }
}
