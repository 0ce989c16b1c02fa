import type { CommandContext } from '../../shared/meeting/context'
import { LIMITS } from '../../shared/meeting/limits'
import type { CarriedAction, Meeting } from '../../shared/meeting/schema'

const MAX_TIMES_CARRIED = 100

/**
 * The open actions of an earlier meeting, snapshotted as this meeting's carried-over actions:
 * every action decided there (carried for the first time), plus what it had itself carried over and
 * not finished (done or dropped ones stay behind). Progress shown at that review is remembered, so a
 * thing carried twice without moving can be called out.
 */
export function carriedActionsFrom(earlier: Meeting, ctx: CommandContext): CarriedAction[] {
  const fromActions: CarriedAction[] = earlier.actions.map((action) => ({
    id: ctx.newId(),
    sourceActionId: action.id,
    what: action.what,
    owner: action.owner,
    dueDate: action.dueDate,
    metric: { ...action.metric },
    timesCarried: 1,
    progressedBefore: false,
    status: 'open',
    latestValue: '',
    note: ''
  }))
  const stillOpen: CarriedAction[] = earlier.carried
    .filter((carried) => carried.status !== 'done' && carried.status !== 'dropped')
    .map((carried) => ({
      ...carried,
      id: ctx.newId(),
      metric: { ...carried.metric },
      timesCarried: Math.min(carried.timesCarried + 1, MAX_TIMES_CARRIED),
      progressedBefore: carried.status === 'inProgress',
      status: 'open',
      note: ''
    }))
  return [...stillOpen, ...fromActions].slice(0, LIMITS.actions)
}
