import type {
  Api,
  CommandReceipt,
  MeetingSource,
  MeetingState,
  TrashEntry,
  WindowSnapshot
} from '../../shared/ipc/contract'
import type { Caller } from '../../shared/ipc/dispatch'
import { FACILITATOR } from '../../shared/ipc/dispatch'
import { meetingAfter } from '../../shared/meeting/apply'
import type { Command } from '../../shared/meeting/commands/schema'
import type { CommandContext } from '../../shared/meeting/context'
import { record, redo as redoHistory, undo as undoHistory } from '../../shared/meeting/history'
import type { History } from '../../shared/meeting/history'
import { LIMITS } from '../../shared/meeting/limits'
import type { Meeting } from '../../shared/meeting/schema'
import { createMeetingFromCopy, createMeetingFromTemplate } from '../../shared/meeting/template'
import type { Result } from '../../shared/result'
import { AppFailure } from '../../shared/result'
import { importMeetingFile, readForeignMeeting, workspaceMeetingId } from '../storage/importMeeting'
import { listTemplates, loadTemplate, saveTemplate } from '../storage/templates'
import { listTrash, moveToTrash, restoreFromTrash } from '../storage/trash'
import { Workspace } from '../storage/workspace'
import type { RoomControl } from '../room/roomBridge'
import { carriedActionsFrom } from './carryOver'
import type { MeetingServiceDeps } from './deps'
import { withDiskErrors } from './ioFailure'
import type { AudienceFeed, AudienceOptions, AudienceView } from '../../shared/live/stream'
import { LiveStream } from '../../shared/live/stream'
import { OpenMeetings, refuseIfReadOnly, stateOf } from './openMeetings'
import type { PresentationApi } from './presentation'
import { createPresentation } from './presentation'
import { RevealGuard } from './revealGuard'
import { undrawableInPdfOffThread } from '../export/pdfWorkerClient'
import { registerWindowAudiences } from '../../shared/live/windowAudiences'

export type { MeetingServiceDeps } from './deps'

/** The Api plus what only the main process calls. */
export interface MeetingService extends Api {
  /** Called by the shell when the user closes the projector window by hand. */
  projectorClosed: PresentationApi['projectorClosed']
  /** Opens a meeting file given on the command line or double-clicked: imported unless already here. */
  openFromPath(path: string): Promise<MeetingState>
  /**
   * Adds an audience (e.g. attendees' phones): its view is computed in main from each published
   * change by `view`, and its feed yields `{ meetingId, rev, patches }` of that view plus snapshots.
   */
  registerAudience<View extends object>(
    name: string,
    view: AudienceView<View>,
    options?: AudienceOptions
  ): AudienceFeed<View>
  /** Waits for every pending write (call before quitting). */
  close(): Promise<void>
}

const COPY_SUFFIX = ' (copy)'

/** A title for a new meeting, refused (not silently cut) when it would not fit the file format. */
function checkTitle(title: string): string {
  const length = title.trim().length
  if (length > LIMITS.shortText) {
    throw new AppFailure('too_long', {
      key: 'tooLong',
      field: 'meetingTitle',
      length,
      max: LIMITS.shortText
    })
  }
  return title
}

const noRoom = (): Promise<never> =>
  Promise.reject(new AppFailure('forbidden', { key: 'roomUnavailable' }))
const roomUnavailable: RoomControl = {
  getRoom: noRoom,
  setRoom: noRoom,
  moderateRoomIdea: noRoom
}

const unwrap = <T>(result: Result<T>): T => {
  if (!result.ok) throw new AppFailure(result.error.code, result.error.reason)
  return result.value
}

/**
 * The main-process implementation of the Api: meeting changes go through the pure domain
 * (commitCommand), are recorded for undo, saved durably, then broadcast to every window.
 * Takes its Electron parts as parameters so it runs under vitest and in the e2e harness.
 */
export function createMeetingService(deps: MeetingServiceDeps): MeetingService {
  const ctx: CommandContext = { now: deps.now, newId: deps.newId }
  let opening: Promise<Workspace> | null = null
  const workspace = (): Promise<Workspace> => {
    opening ??= withDiskErrors(deps.workspaceDir, false, () =>
      Workspace.open(deps.workspaceDir, ctx)
    )
    // Let a later call retry if the folder could not be opened (e.g. a drive not yet mounted).
    opening.catch(() => (opening = null))
    return opening
  }
  const meetings = new OpenMeetings(workspace)
  const reveal = new RevealGuard()
  let live: LiveStream | null = null
  const presentation = createPresentation({
    broadcast: deps.broadcast,
    onChanged: () => live?.presentationChanged(),
    nowMs: deps.nowMs ?? Date.now,
    projectorWindow: deps.projectorWindow ?? {
      open: () => Promise.resolve(),
      close: () => Promise.resolve()
    }
  })
  const libraryChanged = (): void => deps.broadcast('libraryChanged', null)
  const stream = new LiveStream(
    async (meetingId) => stateOf(await meetings.get(meetingId)),
    () => presentation.presentationNow()
  )
  live = stream
  const feeds = registerWindowAudiences(stream, (message, audience) =>
    deps.broadcast('livePatch', message, audience)
  )
  const facilitatorFeed = feeds.facilitator
  const snapshotFor = (meetingId: string, caller: Caller): Promise<WindowSnapshot> =>
    stream.snapshot(meetingId, caller.audience) as Promise<WindowSnapshot>

  /** A library operation: disk errors become plain sentences, and nothing was changed. */
  const library = async <T>(operation: (ws: Workspace) => Promise<T>): Promise<T> => {
    const ws = await workspace()
    return withDiskErrors(ws.layout.meetings, false, () => operation(ws))
  }

  /** Moves a meeting's history one step, saves, publishes, and answers with the caller's revision. */
  const step = async (
    meetingId: string,
    next: (history: History, context: CommandContext) => History,
    caller: Caller = FACILITATOR,
    onlyMoves = false
  ): Promise<CommandReceipt> => {
    const open = await meetings.get(meetingId)
    // Refused before the change is worked out, so the reason given is the read-only one; moving
    // between stages is how a read-only meeting is read, so it goes on (in memory only).
    if (!onlyMoves) refuseIfReadOnly(open)
    const before = open.history.present
    const newIds: string[] = []
    const context: CommandContext = {
      now: ctx.now,
      newId: () => {
        const id = ctx.newId()
        newIds.push(id)
        return id
      }
    }
    const state = await meetings.commit(open, next(open.history, context), (published, phase) =>
      stream.publish(meetingId, published, phase)
    )
    const after = state.meeting.facts
    if (
      after.title !== before.facts.title ||
      after.quarter !== before.facts.quarter ||
      after.date !== before.facts.date
    ) {
      libraryChanged()
    }
    return { rev: stream.rev(meetingId, caller.audience), newIds }
  }

  /** Applies changes in order as one: all or none, one save, one message per audience, one undo step. */
  const apply = (
    meetingId: string,
    commands: Command[],
    caller?: Caller
  ): Promise<CommandReceipt> =>
    step(
      meetingId,
      (history, context) =>
        record(
          history,
          commands.reduce(
            (meeting, command) => unwrap(meetingAfter(meeting, command, context)),
            history.present
          )
        ),
      caller,
      commands.every((command) => command.type === 'run.goto')
    )

  const newMeetingFrom = async (
    ws: Workspace,
    title: string,
    source: MeetingSource
  ): Promise<Meeting> => {
    if (source.kind === 'template') return createMeetingFromTemplate(title, ctx, source.language)
    const setup =
      source.kind === 'copy'
        ? await meetings.current(source.meetingId)
        : await loadTemplate(ws, source.templateId)
    return createMeetingFromCopy(setup, title, ctx)
  }

  const service: MeetingService = {
    ...presentation,
    ...(deps.room ?? roomUnavailable),
    async listMeetings() {
      return (await workspace()).list()
    },

    async createMeeting(title, source) {
      checkTitle(title)
      const meeting = await library(async (ws) => {
        const created = await newMeetingFrom(ws, title, source)
        const fresh = (await ws.exists(created.id))
          ? { ...created, id: await ws.freshId() }
          : created
        await ws.save(fresh)
        return fresh
      })
      libraryChanged()
      meetings.adopt(meeting)
      return facilitatorFeed.snapshot(meeting.id) as Promise<WindowSnapshot<'facilitator'>>
    },

    async openMeeting(meetingId) {
      const open = await meetings.get(meetingId)
      const snapshot = (await facilitatorFeed.snapshot(meetingId)) as WindowSnapshot<'facilitator'>
      // What was repaired on load travels with the opening snapshot only, for the facilitator to read.
      return open.notice
        ? { ...snapshot, view: { ...snapshot.view, notice: open.notice } }
        : snapshot
    },

    liveSnapshot(meetingId, caller: Caller = FACILITATOR) {
      return snapshotFor(meetingId, caller)
    },

    registerAudience: (name, view, options) => stream.registerAudience(name, view, options),

    async duplicateMeeting(meetingId) {
      const source = await meetings.current(meetingId)
      const title = `${source.facts.title.slice(0, LIMITS.shortText - COPY_SUFFIX.length)}${COPY_SUFFIX}`
      const summary = await library(async (ws) => {
        const now = ctx.now()
        const copy = { ...source, id: await ws.freshId(), createdAt: now, updatedAt: now }
        return ws.save({ ...copy, facts: { ...copy.facts, title } })
      })
      libraryChanged()
      return summary
    },

    async renameMeeting(meetingId, title) {
      await apply(meetingId, [{ type: 'facts.update', patch: { title } }])
      const summary = (await workspace()).summary(meetingId)
      if (!summary) throw new AppFailure('not_found', { key: 'meetingNotInLibrary' })
      return { ...summary, title: (await meetings.current(meetingId)).facts.title }
    },

    async archiveMeeting(meetingId, archived) {
      const summary = await library((ws) => ws.setArchived(meetingId, archived))
      libraryChanged()
      return summary
    },

    async deleteMeeting(meetingId): Promise<TrashEntry> {
      const entry = await library((ws) => moveToTrash(ws, meetingId))
      meetings.forget(meetingId)
      stream.forget(meetingId)
      libraryChanged()
      return entry
    },

    async restoreMeeting(trashId) {
      const summary = await library((ws) => restoreFromTrash(ws, trashId))
      libraryChanged()
      return summary
    },

    async listTrash() {
      return listTrash(await workspace())
    },

    async importMeeting() {
      const file = await deps.pickMeetingFile()
      if (file === null) return null
      const { summary, notice } = await library((ws) => importMeetingFile(ws, file))
      libraryChanged()
      return notice === null ? summary : { ...summary, notice }
    },

    async saveAsTemplate(meetingId, name) {
      const source = await meetings.current(meetingId)
      return library((ws) => saveTemplate(ws, source, name))
    },

    async listTemplates() {
      return listTemplates(await workspace())
    },

    commitCommand: (meetingId, command, caller?: Caller) => apply(meetingId, [command], caller),

    commitCommands: (meetingId, commands, caller?: Caller) => apply(meetingId, commands, caller),

    undo(meetingId, caller?: Caller) {
      return step(meetingId, (history) => unwrap(undoHistory(history, ctx.now())), caller)
    },

    redo(meetingId, caller?: Caller) {
      return step(meetingId, (history) => unwrap(redoHistory(history, ctx.now())), caller)
    },

    async exportMinutes(meetingId, formats, folder) {
      const meeting = await meetings.current(meetingId)
      const ws = await workspace()
      const last = ws.settings.get().lastExportFolder
      // The page may only name the folder the user last chose in the dialog: a compromised renderer
      // must not be able to write files into any folder it likes.
      if (folder !== null && folder !== last) {
        throw new AppFailure('forbidden', { key: 'exportFolderNotChosen' })
      }
      const target = folder ?? (await deps.pickExportFolder(last, meeting.facts.language))
      if (target === null) return null
      // Remembering the folder is a convenience: a failure to save it must not block the export.
      await ws.settings.update({ lastExportFolder: target }).catch(() => undefined)
      const result = await deps.exportMeeting(meeting, formats, target)
      reveal.allow(result.files.map((file) => file.path))
      return result
    },

    async checkMinutesPdf(meetingId) {
      const meeting = await meetings.current(meetingId)
      return (deps.checkPdf ?? undrawableInPdfOffThread)(meeting)
    },

    async revealExport(path, how) {
      reveal.check(path)
      if (how === 'open') await deps.openPath(path)
      else deps.showInFolder(path)
    },

    async carryOver(meetingId, fromMeetingId) {
      if (fromMeetingId === null)
        return apply(meetingId, [{ type: 'carried.set', from: null, actions: [] }])
      if (fromMeetingId === meetingId) {
        throw new AppFailure('invalid_input', { key: 'carryOverSelf' })
      }
      const earlier = await meetings.current(fromMeetingId)
      return apply(meetingId, [
        {
          type: 'carried.set',
          from: { meetingId: earlier.id, title: earlier.facts.title },
          actions: carriedActionsFrom(earlier, ctx)
        }
      ])
    },

    async openFromPath(path) {
      const ws = await workspace()
      const opened = async (id: string) => stateOf(await meetings.get(id))
      const ownId = workspaceMeetingId(ws, path)
      if (ownId) return opened(ownId)
      const { meeting } = await readForeignMeeting(path)
      // Opening the same file twice should not fill the library with copies.
      const known = ws.summary(meeting.id)
      if (known && known.updatedAt === meeting.updatedAt) return opened(meeting.id)
      const imported = await library((w) => importMeetingFile(w, path))
      libraryChanged()
      return opened(imported.meeting.id)
    },

    async close() {
      if (!opening) return
      const ws = await opening.catch(() => null)
      // A later call after close reopens the workspace (and takes the lock again).
      opening = null
      await ws?.close()
    }
  }
  return service
}
