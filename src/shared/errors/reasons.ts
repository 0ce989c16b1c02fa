import type { ExportFormat } from '../ipc/contract'
import type { Field, SchemaSubject, Thing } from './subjects'

/*
 * Why something was refused or went wrong, as data: a `key` and the plain values a sentence needs
 * (numbers, names, file names, ids), never a worded sentence. Main and shared only ever build these;
 * the catalogue of each language (src/shared/i18n/<language>/) words them. To add one: add a member
 * here, then its wording in every catalogue (typecheck fails until each has it).
 */

/** A command on a meeting was refused (src/shared/meeting/commands). */
export type CommandReason =
  | { key: 'emptyText'; field: Field }
  | { key: 'tooLong'; field: Field; length: number; max: number }
  | { key: 'notADate'; field: Field }
  | { key: 'notAWholeNumber'; field: Field; min: number; max: number }
  | { key: 'notAScore'; field: Field }
  | { key: 'meetingFull'; thing: Thing; count: number; max: number }
  | { key: 'noLongerExists'; thing: Thing }
  | { key: 'unknownDepartment' }
  | { key: 'badColour' }
  | { key: 'badShortcutKey' }
  | { key: 'shortcutKeyTaken'; shortcutKey: string; department: string }
  | { key: 'departmentNameTaken'; department: string }
  | { key: 'needsOne'; thing: 'department' | 'round' }
  | { key: 'departmentInUse'; department: string }
  | { key: 'roundHasIdeas'; round: string; ideas: number }
  | { key: 'sameDepartment' }
  | { key: 'customMetricUnnamed' }
  | { key: 'ruleOfTwoSamePerson' }
  | { key: 'buildsOnItself' }
  | { key: 'buildsInCircle' }
  | { key: 'mergeSameIdea' }
  | { key: 'tooManyPriorities'; max: number }
  | { key: 'nothingToUndo' }
  | { key: 'nothingToRedo' }

/** What a schema check found wrong (describeZodError); counts are null when the input was not kept. */
export type SchemaProblem =
  | { kind: 'notUnderstood' }
  | { kind: 'wrongType' }
  | { kind: 'tooManyItems'; count: number | null; limit: number }
  | { kind: 'textTooLong'; count: number | null; limit: number }
  | { kind: 'valueTooLarge'; value: number; limit: number }
  | { kind: 'tooLarge' }
  | { kind: 'tooSmall' }
  | { kind: 'unknownFields' }
  | { kind: 'unknownChange' }
  | { kind: 'invalid'; detail: string }

/** One text or list over its limit: `path` is where it sits in the file (`ideas`, `ideas.17.text`). */
export type OverLimit = { kind: 'list' | 'text'; path: string[]; count: number; limit: number }

/** A meeting file or a request could not be read. */
export type FileReason =
  | { key: 'schema'; subject: SchemaSubject; path: string | null; problem: SchemaProblem }
  | { key: 'notAMeeting' }
  | { key: 'noVersion' }
  | { key: 'newerVersion'; version: number }
  | { key: 'notText' }
  | { key: 'notJson' }
  /** `why` is a system error code (ELOOP, EACCES…) or the kind of thing found (directory, fifo…). */
  | { key: 'unreadableFile'; file: string; why: string }
  | { key: 'fileNotOpened'; file: string; cause: ErrorReason }
  | {
      key: 'setAside'
      title: string
      cause: ErrorReason
      where: string
      restoredFrom: string | null
    }
  | { key: 'importFailed'; file: string; cause: ErrorReason }
  | { key: 'importUnreadable'; cause: ErrorReason }
  | { key: 'importMissing'; file: string }
  | { key: 'restoreFailed'; title: string; cause: ErrorReason; folder: string }

/** The library, the workspace, the disk, exports. */
export type StorageReason =
  | { key: 'meetingNotInLibrary' }
  | { key: 'meetingGoneFromLibrary' }
  | { key: 'meetingGoneFromTrash' }
  | { key: 'badMeetingId' }
  | { key: 'templateGone' }
  | { key: 'templateNameEmpty' }
  | { key: 'carryOverSelf' }
  | { key: 'readOnly'; overLimits: OverLimit[] }
  | {
      key: 'workspaceInUse'
      root: string
      host: string | null
      staleMinutes: number
      lockFile: string
    }
  | { key: 'workspaceTakenOver'; root: string }
  /** `code` is the system error code (ENOSPC…); `keptInMemory`: a meeting change survives in memory. */
  | { key: 'diskError'; folder: string; code: string; keptInMemory: boolean }
  | { key: 'openPathFailed'; file: string; problem: string }
  | { key: 'revealForbidden' }
  | { key: 'exportFolderNotChosen' }
  | { key: 'exportNoFormat' }
  | { key: 'exportNotAllowed'; folder: string }
  | { key: 'exportFolderReadOnly'; folder: string }
  | { key: 'exportDiskFull'; format: ExportFormat | null; folder: string }
  | { key: 'exportFolderGone'; folder: string }
  | { key: 'exportNotAFolder'; folder: string }
  | { key: 'exportSaveFailed'; format: ExportFormat | null; folder: string; detail: string }
  | { key: 'exportRenderFailed'; format: ExportFormat; detail: string }

/** The IPC gate, room join, and what nobody planned for. */
export type AppReason =
  | { key: 'unknownMethod' }
  | { key: 'notFromAWindow' }
  | { key: 'projectorForbidden' }
  | { key: 'unexpected' }
  | { key: 'storageUnreachable' }
  | { key: 'roomUnavailable' }
  | { key: 'roomNeedsMeeting' }
  | { key: 'roomNoNetwork' }
  | { key: 'roomStartFailed'; address: string; detail: string }
  | { key: 'roomIdeaNotWaiting' }
  | { key: 'roomIdeaNotAdded' }

/** The kinds of item a repair may give a fresh id. */
export type RepairedThing =
  | 'department'
  | 'attendee'
  | 'round'
  | 'idea'
  | 'theme'
  | 'action'
  | 'escalation'
  | 'recognition'
  | 'carried'

/** Which date a repair moved: `item` names the action, carried action or escalation (cut to 60). */
export type RepairedDate =
  | { date: 'meetingDate' | 'nextReviewDate'; was: string; now: string }
  | { date: 'dueDate' | 'measureOn' | 'raisedOn'; item: string; was: string; now: string }

/** What repairMeeting changed to make a loaded meeting consistent (src/shared/meeting/repair.ts). */
export type RepairReason =
  | { key: 'repairedDuplicateIds'; counts: Array<{ thing: RepairedThing; count: number }> }
  | { key: 'repairedDanglingRound'; count: number; round: string }
  | { key: 'repairedDanglingDepartment'; count: number; department: string }
  | { key: 'repairedDanglingTheme'; count: number }
  | { key: 'repairedDanglingReference'; count: number }
  | { key: 'repairedIdeaNumbers'; count: number }
  | { key: 'repairedDates'; dates: RepairedDate[] }

/**
 * What the user should know after a meeting was opened, imported or exported by the CLI: not a
 * refusal, a notice. Worded by the same catalogues as the errors.
 */
export type NoticeReason =
  | RepairReason
  /** Fields this version does not know (`facts.colour`), on opening, importing or exporting. */
  | { key: 'unknownFieldsLeftOut'; fields: string[]; when: 'open' | 'import' | 'export' }
  /** Opening repaired the meeting; the file as it was is kept at `copy`. */
  | { key: 'repairedOnOpen'; notes: NoticeReason[]; copy: string }
  /** Importing `file` changed the meeting (`notes`); the chosen file was not changed. */
  | { key: 'importChanged'; file: string; notes: NoticeReason[] }
  | { key: 'overLimitsReadOnly'; overLimits: OverLimit[] }

/** A notice: its reasons, each worded as one or more sentences, read one after another. */
export type Notice = NoticeReason[]

export type ErrorReason = CommandReason | FileReason | StorageReason | AppReason | NoticeReason

export type ErrorKey = ErrorReason['key']

/** The reason with this key. */
export type ReasonOf<K extends ErrorKey> = Extract<ErrorReason, { key: K }>
