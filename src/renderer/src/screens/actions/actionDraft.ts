import type { ActionSeed } from '../../../../shared/meeting/actionSource'
import type { CommandOf } from '../../../../shared/meeting/commands/schema'
import type { Action, Meeting, MetricKind, Priority } from '../../../../shared/meeting/schema'
import { dateTextProblem, isoOfDateText } from '../../components/DateTextInput'
import { strings } from '../../strings'

/** The action form's fields as typed, before they become an `action.add` / `action.update`. */
export interface ActionDraft {
  what: string
  owner: string
  departmentId: string
  dueDate: string
  priority: Priority
  customerBenefit: string
  metricKind: MetricKind
  customName: string
  baseline: string
  target: string
  measureOn: string
  sourceIdeaIds: string[]
}

export type DraftField = keyof Omit<ActionDraft, 'sourceIdeaIds'>

/** A blank action, optionally seeded from a shortlisted idea or theme. */
export function newDraft(meeting: Meeting, seed: ActionSeed | null): ActionDraft {
  return {
    what: seed?.what ?? '',
    owner: '',
    departmentId: seed?.departmentId ?? meeting.departments[0]?.id ?? '',
    dueDate: '',
    priority: 'medium',
    customerBenefit: '',
    metricKind: 'nps',
    customName: '',
    baseline: '',
    target: '',
    measureOn: '',
    sourceIdeaIds: seed?.sourceIdeaIds ?? []
  }
}

/** The form's fields for editing an existing action. */
export function draftOf(action: Action): ActionDraft {
  return {
    what: action.what,
    owner: action.owner,
    departmentId: action.departmentId,
    dueDate: action.dueDate,
    priority: action.priority,
    customerBenefit: action.customerBenefit,
    metricKind: action.metric.kind,
    customName: action.metric.customName,
    baseline: action.metric.baseline,
    target: action.metric.target,
    measureOn: action.metric.measureOn,
    sourceIdeaIds: action.sourceIdeaIds
  }
}

/**
 * What is missing, by field, in the facilitator's words. The domain checks the same again (and
 * lengths and dates); this only lets each message appear next to its own field before sending.
 */
export function draftErrors(draft: ActionDraft): Partial<Record<DraftField, string>> {
  const r = strings.actions.required
  const errors: Partial<Record<DraftField, string>> = {}
  if (!draft.what.trim()) errors.what = r.what
  if (!draft.owner.trim()) errors.owner = r.owner
  if (!draft.departmentId) errors.departmentId = r.department
  const due = dateTextProblem(draft.dueDate, r.dueDate)
  if (due) errors.dueDate = due
  if (!draft.customerBenefit.trim()) errors.customerBenefit = r.benefit
  if (draft.metricKind === 'custom' && !draft.customName.trim()) errors.customName = r.customName
  const measure = dateTextProblem(draft.measureOn, null)
  if (measure) errors.measureOn = measure
  return errors
}

/** The command fields an action draft stands for. */
export function actionFields(draft: ActionDraft): Omit<CommandOf<'action.add'>, 'type'> {
  return {
    what: draft.what,
    owner: draft.owner,
    departmentId: draft.departmentId,
    dueDate: isoOfDateText(draft.dueDate),
    priority: draft.priority,
    customerBenefit: draft.customerBenefit,
    metric: {
      kind: draft.metricKind,
      customName: draft.metricKind === 'custom' ? draft.customName : '',
      baseline: draft.baseline,
      target: draft.target,
      measureOn: isoOfDateText(draft.measureOn)
    },
    sourceIdeaIds: draft.sourceIdeaIds
  }
}
