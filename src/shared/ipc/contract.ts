import { z } from 'zod'
import { LOCALES, type Locale } from '../i18n/locale'
import { commandSchema } from '../meeting/commands/schema'
import type { Command } from '../meeting/commands/schema'
import type { CommandReceipt, LivePatch, LiveSnapshot } from '../live/messages'
import type { ProjectorView } from '../projector/view'
import type { Meeting, MeetingSummary } from '../meeting/schema'
import type { Notice, OverLimit } from '../errors/reasons'
import type { Result } from '../result'
import type { RoomPatch, RoomStatus } from '../room/status'
import type { Countdown } from '../run/countdown'
import type { UndrawableCharacter } from '../minutes/glyphCoverage'

/** An open meeting as the renderer sees it. */
export interface MeetingState {
  meeting: Meeting
  canUndo: boolean
  canRedo: boolean
  /**
   * Only when opening: what Northstar repaired as it loaded the file (references to nothing,
   * repeated ids, impossible dates) and where the original is kept, as reasons the strings module
   * words (strings.errors.notice), for the facilitator to read.
   */
  notice?: Notice
  /**
   * Set while the meeting is open read-only: what is over the limits (the strings module words it,
   * "20,001 ideas, the limit is 20,000"); changes are refused, reading and exporting work.
   */
  readOnly?: OverLimit[]
}

export type { CommandReceipt, LivePatch, LiveSnapshot } from '../live/messages'

/** An imported meeting, and what the import changed or the user should know (repairs, fields left out, read-only). */
export type ImportedMeeting = MeetingSummary & { notice?: Notice }

/**
 * The audiences that are windows of this app, and the view main computes for each. The projector's
 * view holds nothing private; other audiences (attendees' phones) register their own in main.
 */
export interface WindowViews {
  facilitator: MeetingState
  projector: ProjectorView
}
export type WindowAudience = keyof WindowViews

/** A snapshot of one window audience's view. */
export type WindowSnapshot<A extends WindowAudience = WindowAudience> = LiveSnapshot<
  WindowViews[A]
> & {
  audience: A
}

/** Where a new meeting starts from. */
export type MeetingSource =
  /** The built-in template, worded in `language` (English when left out). */
  | { kind: 'template'; language?: Locale }
  | { kind: 'copy'; meetingId: string }
  | { kind: 'userTemplate'; templateId: string }

export interface TrashEntry {
  trashId: string
  title: string
  deletedAt: string
}

export const EXPORT_FORMATS = ['pdf', 'md', 'csv', 'ics'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** What an export wrote, and anything the reader should know (e.g. characters the fonts cannot draw). */
export interface ExportResult {
  files: Array<{ format: ExportFormat; path: string }>
  warnings: string[]
}

/**
 * What the room's projector shows besides the meeting itself. Live only, never saved: a restarted app
 * starts with the projector un-blanked and no timer running.
 */
export interface PresentationState {
  /** The meeting being presented, or null when none is open. */
  meetingId: string | null
  projectorOpen: boolean
  /** The room sees a blank screen. */
  blank: boolean
  /** The projector keeps its current view while the facilitator edits. */
  frozen: boolean
  theme: 'dark' | 'light'
  /** The running round's countdown (epoch milliseconds of main's clock), or null. */
  countdown: Countdown | null
  countdownRoundId: string | null
  /** End of the reflection pause after the customer story (epoch ms), or null. */
  reflectionUntil: number | null
}

/** The presentation state when the app starts: nothing presented, nothing running. */
export const INITIAL_PRESENTATION: PresentationState = {
  meetingId: null,
  projectorOpen: false,
  blank: false,
  frozen: false,
  theme: 'dark',
  countdown: null,
  countdownRoundId: null,
  reflectionUntil: null
}

export type PresentationPatch = Partial<
  Pick<PresentationState, 'meetingId' | 'blank' | 'frozen' | 'theme'>
> & {
  /** Starts a reflection pause of this many seconds; null ends it. */
  reflectionSeconds?: number | null
}

export const COUNTDOWN_ACTIONS = ['start', 'pause', 'addMinute', 'reset'] as const
export type CountdownAction = (typeof COUNTDOWN_ACTIONS)[number]

export interface UserTemplate {
  id: string
  name: string
}

/**
 * Everything the renderer may ask of the main process. Declared once; main registers a handler
 * per method and the preload builds `window.api` from the same list.
 */
export interface Api {
  /** Meetings in the workspace, newest first, read from the index (files are not parsed). */
  listMeetings(): Promise<MeetingSummary[]>
  /** Creates a meeting and returns the facilitator's snapshot of it, to follow with `livePatch`. */
  createMeeting(title: string, source: MeetingSource): Promise<WindowSnapshot<'facilitator'>>
  /** The facilitator's snapshot of a meeting (opening it in main first), to follow with `livePatch`. */
  openMeeting(meetingId: string): Promise<WindowSnapshot<'facilitator'>>
  /**
   * The calling window's own view of a meeting at its current revision (main knows which audience the
   * window is): a window that saw a gap in the revisions, or has none yet, starts again from this.
   */
  liveSnapshot(meetingId: string): Promise<WindowSnapshot>
  duplicateMeeting(meetingId: string): Promise<MeetingSummary>
  renameMeeting(meetingId: string, title: string): Promise<MeetingSummary>
  archiveMeeting(meetingId: string, archived: boolean): Promise<MeetingSummary>
  /** Moves the meeting file to the app's trash; it can be restored. */
  deleteMeeting(meetingId: string): Promise<TrashEntry>
  restoreMeeting(trashId: string): Promise<MeetingSummary>
  listTrash(): Promise<TrashEntry[]>
  /** Asks the user for a meeting file anywhere on disk and copies it into the workspace. */
  importMeeting(): Promise<ImportedMeeting | null>
  saveAsTemplate(meetingId: string, name: string): Promise<UserTemplate>
  listTemplates(): Promise<UserTemplate[]>
  /**
   * Applies one change, saves it durably and sends each audience its patches once; answers with the
   * caller's new revision and the ids the change made (the state itself travels as patches only).
   */
  commitCommand(meetingId: string, command: Command): Promise<CommandReceipt>
  /** Applies several changes as one: all or none, one save, one message per audience, one undo step. */
  commitCommands(meetingId: string, commands: Command[]): Promise<CommandReceipt>
  undo(meetingId: string): Promise<CommandReceipt>
  redo(meetingId: string): Promise<CommandReceipt>
  /**
   * Writes the minutes in the chosen formats. With no folder, main asks the user for one (native dialog)
   * and remembers it; null means the user cancelled.
   */
  exportMinutes(
    meetingId: string,
    formats: ExportFormat[],
    folder: string | null
  ): Promise<ExportResult | null>
  /** Opens an exported file, or shows it in its folder, with the system's own apps. */
  revealExport(path: string, how: 'open' | 'show'): Promise<void>
  /**
   * The characters the PDF minutes of this meeting cannot draw (no font of the fallback chain has
   * them), each with its name and the field it is in; nothing is written. Empty when all is drawn.
   */
  checkMinutesPdf(meetingId: string): Promise<UndrawableCharacter[]>
  /** Snapshots the open actions of an earlier meeting into this one (null clears it). */
  carryOver(meetingId: string, fromMeetingId: string | null): Promise<CommandReceipt>
  getPresentation(): Promise<PresentationState>
  /** Blank, freeze, theme, which meeting, reflection pause; broadcasts presentationChanged. */
  setPresentation(patch: PresentationPatch): Promise<PresentationState>
  /**
   * Drives a round's countdown on main's clock so the facilitator and the projector show the same time.
   * `reset` (or a different round) starts over from the round's time box in minutes.
   */
  controlCountdown(
    roundId: string,
    action: CountdownAction,
    timeboxMinutes: number
  ): Promise<PresentationState>
  /** Opens (or focuses) the projector window on the best display; closing it never closes the meeting. */
  openProjector(): Promise<PresentationState>
  closeProjector(): Promise<PresentationState>
  /**
   * Room join: whether phones can join, on which address, locked, moderated; broadcasts roomChanged.
   * The projector window gets only what it shows (roomForProjector).
   */
  getRoom(): Promise<RoomStatus>
  /**
   * Turns room join on (a new token, listening on the chosen address) or off (every phone
   * disconnected, the token invalid); locks the room; turns the moderation inbox on or off; puts the
   * join slide on the projector.
   */
  setRoom(patch: RoomPatch): Promise<RoomStatus>
  /** Lets a phone idea from the moderation inbox into the meeting, or drops it. */
  moderateRoomIdea(pendingId: string, decision: 'approve' | 'reject'): Promise<RoomStatus>
}

export type ApiMethod = keyof Api

/** The most changes one commitCommands call may carry (a vote or theme sweep over a whole board). */
export const MAX_BATCH = 2_000

const meetingId = z.string().min(1).max(64)
const title = z.string().max(10_000)
const meetingSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('template'), language: z.enum(LOCALES).optional() }),
  z.object({ kind: z.literal('copy'), meetingId }),
  z.object({ kind: z.literal('userTemplate'), templateId: meetingId })
])

/**
 * Runtime argument schemas, one per method. `satisfies` makes a method missing here a compile error;
 * a test checks that the keys equal API_METHODS (methods.ts).
 */
export const API_ARGS = {
  listMeetings: z.tuple([]),
  createMeeting: z.tuple([title, meetingSource]),
  openMeeting: z.tuple([meetingId]),
  liveSnapshot: z.tuple([meetingId]),
  duplicateMeeting: z.tuple([meetingId]),
  renameMeeting: z.tuple([meetingId, title]),
  archiveMeeting: z.tuple([meetingId, z.boolean()]),
  deleteMeeting: z.tuple([meetingId]),
  restoreMeeting: z.tuple([meetingId]),
  listTrash: z.tuple([]),
  importMeeting: z.tuple([]),
  saveAsTemplate: z.tuple([meetingId, title]),
  listTemplates: z.tuple([]),
  commitCommand: z.tuple([meetingId, commandSchema]),
  commitCommands: z.tuple([meetingId, z.array(commandSchema).min(1).max(MAX_BATCH)]),
  undo: z.tuple([meetingId]),
  redo: z.tuple([meetingId]),
  carryOver: z.tuple([meetingId, meetingId.nullable()]),
  exportMinutes: z.tuple([
    meetingId,
    z.array(z.enum(EXPORT_FORMATS)).min(1).max(4),
    z.string().min(1).max(4_096).nullable()
  ]),
  revealExport: z.tuple([z.string().min(1).max(4_096), z.enum(['open', 'show'])]),
  checkMinutesPdf: z.tuple([meetingId]),
  getPresentation: z.tuple([]),
  setPresentation: z.tuple([
    z
      .object({
        meetingId: meetingId.nullable(),
        blank: z.boolean(),
        frozen: z.boolean(),
        theme: z.enum(['dark', 'light']),
        reflectionSeconds: z.number().int().min(1).max(600).nullable()
      })
      .partial()
      .strict()
  ]),
  controlCountdown: z.tuple([
    meetingId,
    z.enum(COUNTDOWN_ACTIONS),
    z.number().int().min(1).max(240)
  ]),
  openProjector: z.tuple([]),
  closeProjector: z.tuple([]),
  getRoom: z.tuple([]),
  setRoom: z.tuple([
    z
      .object({
        on: z.boolean(),
        address: z.string().min(1).max(64).nullable(),
        locked: z.boolean(),
        moderation: z.boolean(),
        askNames: z.boolean(),
        joinSlide: z.boolean()
      })
      .partial()
      .strict()
  ]),
  moderateRoomIdea: z.tuple([meetingId, z.enum(['approve', 'reject'])])
} satisfies { [K in ApiMethod]: z.ZodType<Parameters<Api[K]>> }

/** The method names (a zod-free list in methods.ts, which the preload imports instead of this file). */
export { API_EVENTS, API_METHODS, channelFor, eventChannelFor } from './methods'

/**
 * Calls a projector window may make: it shows the room's view, turns slides (a stage change) and
 * blanks or freezes; everything that would hand it the facilitator's meeting is refused.
 */
export const PROJECTOR_METHODS: readonly ApiMethod[] = [
  'liveSnapshot',
  'getRoom',
  'commitCommand',
  'getPresentation',
  'setPresentation',
  'closeProjector'
]

/** Events main pushes to windows: `livePatch` only to windows of its audience, the others to all. */
export interface ApiEvents {
  livePatch: LivePatch
  libraryChanged: null
  presentationChanged: PresentationState
  roomChanged: RoomStatus
}
export type ApiEventName = keyof ApiEvents

/** `window.api` as the renderer sees it: every call returns an ok/error envelope. */
export type RendererApi = {
  [K in ApiMethod]: (...args: Parameters<Api[K]>) => Promise<Result<Awaited<ReturnType<Api[K]>>>>
} & {
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void
}
