import type { AppReason } from '../../errors/reasons'
import type { ErrorWordings } from '../catalogue'

/** English wording of the IPC gate's, room join's and the unexpected reasons. */
export const APP_ERRORS_EN: ErrorWordings<AppReason['key']> = {
  unknownMethod: () => 'The app asked for something it does not offer.',
  notFromAWindow: () => 'This request did not come from a Northstar window, so it was ignored.',
  projectorForbidden: () => 'The projector window cannot ask for that.',
  unexpected: () => 'Something went wrong and the change was not made. Your saved work is safe.',
  storageUnreachable: () =>
    'Northstar could not reach its storage. Your saved work is safe; please try again.',
  roomUnavailable: () => 'Room join is not available in this window.',
  roomNeedsMeeting: () => 'Open a meeting before letting the room join.',
  roomNoNetwork: () => 'This computer is on no network. Join the room’s Wi-Fi, then try again.',
  roomStartFailed: (r) =>
    `Room join could not start on ${r.address} (${r.detail}). Try another address.`,
  roomIdeaNotWaiting: () => 'That idea is no longer waiting.',
  roomIdeaNotAdded: () => 'That idea could not be added.'
}
