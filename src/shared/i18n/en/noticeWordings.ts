import type { NoticeReason, RepairedDate, RepairedThing } from '../../errors/reasons'
import type { ErrorWordings } from '../catalogue'
import { firstFew } from '../plural'
import { readOnlySentence } from './numbers'

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

const THINGS: Record<RepairedThing, [string, string]> = {
  department: ['department', 'departments'],
  attendee: ['attendee', 'attendees'],
  round: ['round', 'rounds'],
  idea: ['idea', 'ideas'],
  theme: ['theme', 'themes'],
  action: ['action', 'actions'],
  escalation: ['escalation', 'escalations'],
  recognition: ['recognition', 'recognitions'],
  carried: ['carried action', 'carried actions']
}

const dateName = (d: RepairedDate): string => {
  switch (d.date) {
    case 'meetingDate':
      return 'the meeting date'
    case 'nextReviewDate':
      return 'the next review date'
    case 'dueDate':
      return `the due date of “${d.item}”`
    case 'measureOn':
      return `the measure date of “${d.item}”`
    case 'raisedOn':
      return `the date “${d.item}” was raised`
  }
}

const FATE = {
  open: 'they are not shown and will not be in the meeting once it is saved',
  import: 'they were left out of the imported meeting',
  export: 'they are left out of the export'
} as const

/** Notices: what opening, importing or exporting changed or the user should know. */
export const NOTICE_WORDINGS_EN: ErrorWordings<NoticeReason['key']> = {
  repairedDuplicateIds: (r) =>
    `${r.counts.map(({ thing, count }) => plural(count, ...THINGS[thing])).join(', ')} repeated the id of another item; each now has an id of its own, so a change to one no longer changes the other.`,
  repairedDanglingRound: (r) =>
    `${plural(r.count, 'idea named a round', 'ideas named a round')} that is not in the meeting; now in “${r.round}”.`,
  repairedDanglingDepartment: (r) =>
    `${plural(r.count, 'idea named a department', 'ideas named a department')} that is not in the meeting; now under “${r.department}”.`,
  repairedDanglingTheme: (r) =>
    `${plural(r.count, 'idea was in a theme', 'ideas were in a theme')} that is not in the meeting; now without a theme.`,
  repairedDanglingReference: (r) =>
    `${plural(r.count, 'other reference', 'other references')} to items not in the meeting (built-on ideas, source ideas, departments, actions) ${r.count === 1 ? 'was' : 'were'} cleared or moved to the first department.`,
  repairedIdeaNumbers: (r) =>
    `${plural(r.count, 'idea repeated the number of another idea', 'ideas repeated the number of another idea')}; each now has a number of its own.`,
  repairedDates: (r) =>
    `Dates that do not exist were moved to the nearest real day: ${r.dates.map((d) => `${dateName(d)} was “${d.was}”, now ${d.now}`).join('; ')}.`,
  unknownFieldsLeftOut: (r) => {
    const shown = firstFew(
      r.fields,
      (field) => `“${field}”`,
      (rest) => `and ${rest} more`,
      5
    )
    return `The file has fields this version of Northstar does not know (${shown.join(', ')}); ${FATE[r.when]}.`
  },
  repairedOnOpen: (r, word) =>
    `Northstar repaired this meeting as it opened. ${r.notes.map(word).join(' ')} The file as it was is kept as ${r.copy}.`,
  importChanged: (r, word) =>
    `Northstar made changes as it imported “${r.file}”. ${r.notes.map(word).join(' ')} The file you chose was not changed.`,
  overLimitsReadOnly: (r) => readOnlySentence(r.overLimits)
}
