import type { Meeting } from '../meeting/schema'
import { minutesModel } from './minutesModel'

/** The CSV columns, in order, as a spreadsheet's header row shows them. */
export const ACTION_COLUMNS = [
  '#',
  'Action',
  'Owner',
  'Department',
  'Due date',
  'Priority',
  'Customer benefit',
  'Customer metric',
  'Baseline',
  'Target',
  'Measure on',
  'From ideas',
  'Meeting',
  'Quarter'
] as const

export type ActionRow = Record<(typeof ACTION_COLUMNS)[number], string>

/**
 * One row per action for a spreadsheet or tracker. Dates stay `YYYY-MM-DD` so spreadsheets in any
 * locale read them as dates. Pure: quoting and formula neutralising belong to the CSV writer.
 */
export function actionRows(meeting: Meeting): ActionRow[] {
  const m = minutesModel(meeting)
  return m.actions.map((a, index) => {
    const action = meeting.actions[index]
    return {
      '#': String(a.number),
      Action: a.what,
      Owner: a.owner,
      Department: a.department,
      'Due date': a.dueDate,
      Priority: a.priority,
      'Customer benefit': a.customerBenefit,
      'Customer metric': a.metric,
      Baseline: a.baseline,
      Target: a.target,
      'Measure on': action?.metric.measureOn ?? '',
      'From ideas': a.fromIdeas.map((n) => `#${n}`).join(' '),
      Meeting: m.title,
      Quarter: meeting.facts.quarter
    }
  })
}
