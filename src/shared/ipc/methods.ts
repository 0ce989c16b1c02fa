import type { Api, ApiEvents } from './contract'

/*
 * The IPC contract's names without its schemas: what the preload needs to build `window.api`. It
 * imports nothing at run time, so the preload bundle stays small (no zod). The argument schemas stay
 * in contract.ts, which main validates with; a test checks that their keys equal this list.
 */

/** The method names, in the contract's declaration order. */
export const API_METHODS = [
  'listMeetings',
  'createMeeting',
  'openMeeting',
  'liveSnapshot',
  'duplicateMeeting',
  'renameMeeting',
  'archiveMeeting',
  'deleteMeeting',
  'restoreMeeting',
  'listTrash',
  'importMeeting',
  'saveAsTemplate',
  'listTemplates',
  'commitCommand',
  'commitCommands',
  'undo',
  'redo',
  'carryOver',
  'exportMinutes',
  'revealExport',
  'checkMinutesPdf',
  'getPresentation',
  'setPresentation',
  'controlCountdown',
  'openProjector',
  'closeProjector',
  'getRoom',
  'setRoom',
  'moderateRoomIdea'
] as const satisfies ReadonlyArray<keyof Api>

/** A type error here names a method of `Api` missing from the list above. */
type EveryMethodListed<Missing extends never> = Missing
export type ListedMethods = EveryMethodListed<Exclude<keyof Api, (typeof API_METHODS)[number]>>

/** Events main pushes to windows: `livePatch` only to windows of its audience, the others to all. */
export const API_EVENTS = {
  livePatch: true,
  libraryChanged: true,
  presentationChanged: true,
  roomChanged: true
} satisfies Record<keyof ApiEvents, true>

export const channelFor = (method: keyof Api): string => `northstar:call:${method}`
export const eventChannelFor = (event: keyof ApiEvents): string => `northstar:event:${event}`
