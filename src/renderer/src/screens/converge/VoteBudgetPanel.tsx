import type { Meeting } from '../../../../shared/meeting/schema'
import { voteBudgetStatus } from '../../../../shared/meeting/voteBudget'
import { strings } from '../../strings'

const s = strings.converge

/** The room's dot budget against what is recorded; warns (never blocks) when tallies exceed it. */
export function VoteBudgetPanel({ meeting }: { meeting: Meeting }) {
  const status = voteBudgetStatus(meeting)
  return (
    <div className={`vote-budget${status.over ? ' over' : ''}`} aria-live="polite">
      <strong>{s.budgetHeading}: </strong>
      {status.available === null ? (
        <span>{s.budgetUnknown(status.perPerson)}</span>
      ) : (
        <span>{s.budgetLine(status.perPerson, status.attendees, status.available)}</span>
      )}
      <span className="budget-count">{s.recorded(status.recorded)}</span>
      {status.remaining !== null && status.remaining >= 0 && (
        <span className="budget-count">{s.remaining(status.remaining)}</span>
      )}
      {status.over && status.remaining !== null && (
        <p className="budget-warning" role="status">
          ⚠ {s.overBudget(-status.remaining)}
        </p>
      )}
    </div>
  )
}
