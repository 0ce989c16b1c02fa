import type { ErrorReason } from '../shared/errors/reasons'
import { wordErrorEn } from '../shared/i18n/en/errors'
import { formatNumber, plural } from '../shared/i18n/plural'
import type { PhoneErrorCode } from '../shared/room/protocol'

/**
 * Every string the phone page shows, in English: the catalogue every other language mirrors
 * (`PhoneStrings`); the page switches to the meeting's language when the room's view arrives (wording.ts).
 */
export const english = {
  pageTitle: 'Join the meeting',
  connecting: 'Connecting to the meeting…',
  reconnecting: 'Connection lost. Reconnecting…',
  connected: 'You are in the meeting.',
  locked: 'The room is locked: no new phones can join. Ask the facilitator.',
  replaced: 'This phone opened the meeting in another tab. Use that tab.',
  tooBig: 'That was too long to send. Shorten it and try again.',
  closedForGood: 'Room join has ended. Scan the new code on the screen to join again.',
  department: 'Your department',
  chooseDepartment: 'Choose your department',
  nameAsked: 'Your name (the facilitator asks for names; optional)',
  join: 'Join',
  changeProfile: 'Change department or name',
  waitingTitle: 'Please wait',
  waiting: 'Nothing to send right now. Watch the screen: the next round will appear here.',
  roundLabel: 'Round',
  idea: 'Your idea',
  ideaHelp: (left: number) =>
    plural('en', left, { one: '# character left', other: '# characters left' }),
  buildsOn: 'Build on an idea (optional)',
  noBuild: 'A new idea (not building on one)',
  send: 'Send idea',
  sent: 'Sent. It is on the screen.',
  sentPending: 'Sent. The facilitator will show it soon.',
  roomIdeas: 'Ideas in this round',
  noIdeasYet: 'No ideas yet. Be the first!',
  buildOnThis: (n: number) => `Build on idea #${n}`,
  ideaNumber: (n: number) => `Idea ${n}`,
  yourIdeas: 'Your ideas',
  waitingApproval: 'Waiting for the facilitator',
  edit: 'Edit',
  editLabel: (n: number) => `Edit your idea #${n}`,
  save: 'Save',
  cancel: 'Cancel',
  editing: 'Edit your idea',
  voteTitle: 'Vote with your dots',
  dotsLeft: (left: number, total: number) =>
    `${formatNumber('en', left)} of ${plural('en', total, { one: '# dot', other: '# dots' })} left`,
  addDot: (n: number) => `Add a dot to idea #${n}`,
  removeDot: (n: number) => `Remove a dot from idea #${n}`,
  yourDots: (count: number) => plural('en', count, { one: '# dot', other: '# dots' }),
  /** The meeting's own reason for a refusal (which field is too long…), from the shared catalogue. */
  reason: (reason: ErrorReason): string => wordErrorEn(reason),
  error: {
    rate: 'You are sending very fast. Wait a moment, then try again.',
    unreadable: 'The meeting could not read that. Please try again.',
    invalid: 'The meeting could not take that.',
    tooLong: 'Ideas can be 280 characters at most.',
    empty: 'Type your idea first.',
    noDepartment: 'Choose your department first.',
    notNow: 'The meeting has moved on: this cannot be sent right now.',
    notYours: 'You can only edit your own ideas.',
    noDots: 'No dots left. Take a dot off another idea first.',
    unknownIdea: 'That idea is no longer on the screen.'
  } satisfies Record<PhoneErrorCode, string>
}

/** The shape of every phone catalogue: English's, so a missing entry fails typecheck. */
export type PhoneStrings = typeof english
