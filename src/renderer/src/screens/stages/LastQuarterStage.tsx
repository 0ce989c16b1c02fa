import { useId } from 'react'
import { isStuckCarry } from '../../../../shared/meeting/carried'
import { metricMovement, metricName } from '../../../../shared/meeting/metrics'
import type { CarriedAction, CarriedStatus } from '../../../../shared/meeting/schema'
import { CARRIED_STATUSES } from '../../../../shared/meeting/schema'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import '../../styles/prepare.css'
import { CommitField } from '../prepare/CommitField'
import { FieldError } from '../prepare/FieldError'
import { StageFrame } from './StageFrame'
import type { StageProps } from './types'
import { metricLabels, movementSummary } from '../../i18n/uiLocale'

const s = strings.stagesIntro.lastQuarter

/** Status, metric progress and a note for one action carried over from the previous review. */
function CarriedCard({ action }: { action: CarriedAction }) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const statusId = useId()
  const base = `field:carried.${action.id}` as const
  const stuck = isStuckCarry(action)
  const movement = metricMovement(action.metric, action.latestValue)
  const update = (
    patch: { status?: CarriedStatus; latestValue?: string; note?: string },
    field: string
  ) => sendCommand({ type: 'carried.update', id: action.id, ...patch }, `${base}.${field}`)

  return (
    <li className={stuck ? 'carried-card stuck' : 'carried-card'}>
      <h3>{action.what}</h3>
      {stuck && <p className="stuck-flag">{s.stuck(action.timesCarried)}</p>}
      <p className="muted">
        {[
          action.owner && s.owner(action.owner),
          action.dueDate && s.due(strings.dates.day(action.dueDate)),
          s.times(action.timesCarried)
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="metric-line">
        {s.metric(
          metricName(action.metric, metricLabels()),
          action.metric.baseline,
          action.metric.target
        )}
        {action.latestValue && (
          <>
            {' · '}
            <strong>
              {s.latest}: {action.latestValue}
            </strong>{' '}
            {s.moved(movementSummary(movement))}
          </>
        )}
      </p>
      <div className="carried-fields">
        <div className="field">
          <label htmlFor={statusId}>
            {s.status}
            <span className="visually-hidden">{s.ofWhat(action.what)}</span>
          </label>
          <select
            id={statusId}
            value={action.status}
            onChange={(event) =>
              void update({ status: event.target.value as CarriedStatus }, 'status')
            }
          >
            {CARRIED_STATUSES.map((status) => (
              <option key={status} value={status}>
                {s.statuses[status]}
              </option>
            ))}
          </select>
          <FieldError scope={`${base}.status`} />
        </div>
        <CommitField
          label={
            <>
              {s.latestLabel}
              <span className="visually-hidden">{s.forWhat(action.what)}</span>
            </>
          }
          value={action.latestValue}
          scope={`${base}.latestValue`}
          onCommit={(latestValue) => update({ latestValue }, 'latestValue')}
        />
        <CommitField
          label={
            <>
              {s.note}
              <span className="visually-hidden">{s.onWhat(action.what)}</span>
            </>
          }
          value={action.note}
          scope={`${base}.note`}
          onCommit={(note) => update({ note }, 'note')}
        />
      </div>
    </li>
  )
}

/** Last quarter's actions: did each one happen, and did the customer metric move? */
export function LastQuarterStage({ meeting }: StageProps) {
  const carried = meeting.carried
  const done = carried.filter((a) => a.status === 'done').length
  return (
    <StageFrame kind="lastQuarter">
      {carried.length === 0 ? (
        <p className="empty-state">{s.empty}</p>
      ) : (
        <>
          <p>
            {meeting.carriedFrom && s.from(meeting.carriedFrom.title)}{' '}
            <strong>{s.summary(done, carried.length)}</strong>
          </p>
          <ul className="carried-list">
            {carried.map((action) => (
              <CarriedCard key={action.id} action={action} />
            ))}
          </ul>
        </>
      )}
    </StageFrame>
  )
}
