import { LIMITS } from '../limits'
import type { Action, CustomerMetric, Meeting } from '../schema'
import type { Handlers } from './handler'
import type { CommandOf } from './schema'
import {
  checkCount,
  checkDate,
  checkDepartment,
  checkText,
  findOrRefuse,
  refuse,
  replaceById
} from './checks'

type ActionFields = Omit<CommandOf<'action.add'>, 'type'>

function checkMetric(metric: CustomerMetric): CustomerMetric {
  const customName = checkText(metric.customName, 'metricName', LIMITS.shortText, false)
  if (metric.kind === 'custom' && !customName)
    refuse('empty_text', { key: 'customMetricUnnamed' })
  return {
    kind: metric.kind,
    customName,
    baseline: checkText(metric.baseline, 'baseline', LIMITS.shortText, false),
    target: checkText(metric.target, 'target', LIMITS.shortText, false),
    measureOn: checkDate(metric.measureOn, 'measureDate', true)
  }
}

function checkSources(meeting: Meeting, ids: readonly string[]): string[] {
  for (const id of ids) findOrRefuse(meeting.ideas, id, 'sourceIdea')
  return [...new Set(ids)]
}

function checkAction(meeting: Meeting, f: ActionFields, id: string, createdAt: string): Action {
  checkDepartment(meeting, f.departmentId)
  return {
    id,
    what: checkText(f.what, 'actionWhat', LIMITS.ideaText),
    owner: checkText(f.owner, 'owner', LIMITS.shortText),
    departmentId: f.departmentId,
    dueDate: checkDate(f.dueDate, 'dueDate'),
    priority: f.priority,
    customerBenefit: checkText(
      f.customerBenefit,
      'customerBenefit',
      LIMITS.ideaText
    ),
    metric: checkMetric(f.metric),
    sourceIdeaIds: checkSources(meeting, f.sourceIdeaIds),
    createdAt
  }
}

/** Actions and Rule-of-Two escalations. */
export const actionHandlers: Handlers<
  | 'action.add'
  | 'action.update'
  | 'action.remove'
  | 'escalation.add'
  | 'escalation.update'
  | 'escalation.remove'
> = {
  'action.add': (m, { type: _type, ...fields }, ctx) => {
    checkCount(m.actions.length, LIMITS.actions, 'action')
    return { ...m, actions: [...m.actions, checkAction(m, fields, ctx.newId(), ctx.now())] }
  },
  'action.update': (m, { id, patch }) => {
    const current = findOrRefuse(m.actions, id, 'action')
    const next = checkAction(m, { ...current, ...patch }, current.id, current.createdAt)
    return { ...m, actions: replaceById(m.actions, next) }
  },
  'action.remove': (m, { id }) => {
    findOrRefuse(m.actions, id, 'action')
    return {
      ...m,
      actions: m.actions.filter((a) => a.id !== id),
      escalations: m.escalations.map((e) => (e.actionId === id ? { ...e, actionId: null } : e))
    }
  },
  'escalation.add': (m, c, ctx) => {
    checkCount(m.escalations.length, LIMITS.actions, 'escalation')
    if (c.actionId) findOrRefuse(m.actions, c.actionId, 'action')
    const personA = checkText(c.personA, 'firstPerson', LIMITS.shortText)
    const personB = checkText(c.personB, 'secondPerson', LIMITS.shortText)
    if (personA.toLowerCase() === personB.toLowerCase()) {
      refuse('invalid_input', { key: 'ruleOfTwoSamePerson' })
    }
    const escalation = {
      id: ctx.newId(),
      topic: checkText(c.topic, 'disagreement', LIMITS.ideaText),
      actionId: c.actionId,
      personA,
      personB,
      openedOn: checkDate(c.openedOn, 'startDate'),
      status: 'open' as const,
      outcome: ''
    }
    return { ...m, escalations: [...m.escalations, escalation] }
  },
  'escalation.update': (m, c) => {
    const current = findOrRefuse(m.escalations, c.id, 'escalation')
    const next = {
      ...current,
      status: c.status ?? current.status,
      outcome:
        c.outcome === undefined
          ? current.outcome
          : checkText(c.outcome, 'outcome', LIMITS.ideaText, false)
    }
    return { ...m, escalations: replaceById(m.escalations, next) }
  },
  'escalation.remove': (m, { id }) => {
    findOrRefuse(m.escalations, id, 'escalation')
    return { ...m, escalations: m.escalations.filter((e) => e.id !== id) }
  }
}
