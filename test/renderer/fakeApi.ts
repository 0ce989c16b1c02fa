import { vi } from 'vitest'
import type { MeetingState, RendererApi } from '../../src/shared/ipc/contract'
import { applyCommand } from '../../src/shared/meeting/apply'
import type { Meeting, MeetingSummary } from '../../src/shared/meeting/schema'
import { createMeetingFromTemplate } from '../../src/shared/meeting/template'
import type { Result } from '../../src/shared/result'
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
 * domain (`applyCommand`), so the store is exercised against real refusals. Every method is a spy, and
 * any of them can be replaced per test.
 */
export function createFakeApi(overrides: Partial<RendererApi> = {}) {
  const ctx = testContext()
  const meetings = new Map<string, Meeting>()
  const trash = new Map<string, Meeting>()
  const state = (meeting: Meeting): MeetingState => ({ meeting, canUndo: false, canRedo: false })
  const need = (id: string): Result<Meeting> => {
    const meeting = meetings.get(id)
    return meeting ? ok(meeting) : fail('not_found', 'That meeting is no longer in the workspace.')
  }
  const unsupported = () => Promise.resolve(fail('forbidden', 'Not in this fake.'))

  const api: RendererApi = {
    listMeetings: () => Promise.resolve(ok([...meetings.values()].map((m) => summaryOf(m)))),
    createMeeting: (title) => {
      const meeting = createMeetingFromTemplate(title, ctx)
      meetings.set(meeting.id, meeting)
      return Promise.resolve(ok(state(meeting)))
    },
    openMeeting: (id) => {
      const found = need(id)
      return Promise.resolve(found.ok ? ok(state(found.value)) : found)
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
        return Promise.resolve(fail('not_found', 'That meeting is no longer in the trash.'))
      trash.delete(trashId)
      meetings.set(meeting.id, meeting)
      return Promise.resolve(ok(summaryOf(meeting)))
    },
    listTrash: unsupported,
    importMeeting: () => Promise.resolve(ok(null)),
    saveAsTemplate: unsupported,
    listTemplates: () => Promise.resolve(ok([])),
    applyCommand: (id, command) => {
      const found = need(id)
      if (!found.ok) return Promise.resolve(found)
      const changed = applyCommand(found.value, command, ctx)
      if (!changed.ok) return Promise.resolve(changed)
      meetings.set(id, changed.value)
      return Promise.resolve(ok(state(changed.value)))
    },
    undo: () => Promise.resolve(fail('nothing_to_undo', 'There is nothing to undo.')),
    redo: () => Promise.resolve(fail('nothing_to_redo', 'There is nothing to redo.')),
    exportMinutes: unsupported,
    revealExport: unsupported,
    checkMinutesPdf: () => Promise.resolve(ok([])),
    carryOver: unsupported,
    getPresentation: unsupported,
    setPresentation: unsupported,
    controlCountdown: unsupported,
    openProjector: unsupported,
    closeProjector: unsupported,
    on: () => () => {},
    ...overrides
  }
  for (const key of Object.keys(api) as Array<keyof RendererApi>) {
    ;(api as Record<string, unknown>)[key] = vi.fn(api[key])
  }
  return { api, meetings }
}
