import type { CommandReason } from '../../errors/reasons'
import type { ErrorWordings } from '../catalogue'
import { FIELDS_EN as F, THINGS_EN as T } from './labels'
import { CHARACTERS, countAndLimit, counted, n } from './numbers'

/** English wording of every refused command. */
export const COMMAND_ERRORS_EN: ErrorWordings<CommandReason['key']> = {
  emptyText: (r) => `${F[r.field]} cannot be empty.`,
  tooLong: (r) => `${F[r.field]} is too long: ${countAndLimit(r.length, r.max, CHARACTERS)}.`,
  notADate: (r) => `${F[r.field]} must be a date like 2026-12-01.`,
  notAWholeNumber: (r) => `${F[r.field]} must be a whole number from ${n(r.min)} to ${n(r.max)}.`,
  notAScore: (r) => `${F[r.field]} is scored from 1 to 5.`,
  meetingFull: (r) =>
    `This meeting already has ${countAndLimit(r.count, r.max, T[r.thing].counted)}.`,
  noLongerExists: (r) => `That ${T[r.thing].one} no longer exists. It may have been deleted.`,
  unknownDepartment: () => 'Pick one of the meeting’s departments.',
  badColour: () => 'Pick a colour like #0072B2.',
  badShortcutKey: () => 'The shortcut key must be one letter or digit.',
  shortcutKeyTaken: (r) => `The key “${r.shortcutKey}” is already used by ${r.department}.`,
  departmentNameTaken: (r) => `There is already a department called ${r.department}.`,
  needsOne: (r) => `A meeting needs at least one ${T[r.thing].one}.`,
  departmentInUse: (r) =>
    `${r.department} still has ideas, attendees or actions. Choose a department to move them to first.`,
  roundHasIdeas: (r) =>
    `“${r.round}” has ${counted(r.ideas, T.idea.counted)}. Move or delete them before removing the round.`,
  sameDepartment: () => 'Move the items to a different department.',
  customMetricUnnamed: () => 'Name the custom customer metric.',
  ruleOfTwoSamePerson: () => 'The Rule of Two needs two different people.',
  buildsOnItself: () => 'An idea cannot build on itself.',
  buildsInCircle: () => 'That would make the ideas build on each other in a circle.',
  mergeSameIdea: () => 'Pick two different ideas to merge.',
  tooManyPriorities: (r) => `Keep it to ${n(r.max)} priorities for the coming quarter.`,
  nothingToUndo: () => 'There is nothing to undo.',
  nothingToRedo: () => 'There is nothing to redo.'
}
