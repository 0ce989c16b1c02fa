import { useState } from 'react'
import { ruleOfTwoDates } from '../../../../shared/meeting/ruleOfTwo'
import { ESCALATION_STATUSES } from '../../../../shared/meeting/schema'
import type { Escalation, Meeting } from '../../../../shared/meeting/schema'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { ScopedError } from '../ScopedError'

const s = strings.actions

function EscalationItem({ escalation, about }: { escalation: Escalation; about: string | null }) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const [outcome, setOutcome] = useState(escalation.outcome)
  const dates = ruleOfTwoDates(escalation.openedOn)
  const scope = `field:escalation-${escalation.id}` as const
  const outcomeId = `escalation-outcome-${escalation.id}`
  return (
    <li className={`escalation-item status-${escalation.status}`}>
      <p className="escalation-topic">{escalation.topic}</p>
      {about && <p className="muted">{s.aboutAction(about)}</p>}
      <p>
        <strong>{s.between(escalation.personA, escalation.personB)}</strong>
      </p>
      <ul className="rule-timeline">
        <li>
          {s.openedOn}: {strings.dates.day(escalation.openedOn)}
        </li>
        <li>{s.agreeBy(strings.dates.day(dates.agreeBy))}</li>
        <li>{s.extendedTo(strings.dates.day(dates.extendedTo))}</li>
        <li>{s.thenLeader}</li>
      </ul>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`escalation-status-${escalation.id}`}>{s.status}</label>
          <select
            id={`escalation-status-${escalation.id}`}
            aria-label={s.statusLabel(escalation.topic)}
            value={escalation.status}
            onChange={(e) =>
              void sendCommand(
                {
                  type: 'escalation.update',
                  id: escalation.id,
                  status: e.target.value as Escalation['status']
                },
                scope
              )
            }
          >
            {ESCALATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {s.statuses[status]}
              </option>
            ))}
          </select>
        </div>
        <form
          className="field grow outcome-form"
          onSubmit={(e) => {
            e.preventDefault()
            void sendCommand({ type: 'escalation.update', id: escalation.id, outcome }, scope)
          }}
        >
          <label htmlFor={outcomeId}>{s.outcome}</label>
          <div className="inline">
            <input
              id={outcomeId}
              type="text"
              aria-label={s.outcomeLabel(escalation.topic)}
              value={outcome}
              onChange={(e) => setOutcome(e.target.value)}
            />
            <button type="submit" disabled={outcome === escalation.outcome}>
              {s.saveOutcome}
            </button>
          </div>
        </form>
        <button
          type="button"
          className="danger"
          aria-label={s.removeEscalationLabel(escalation.topic)}
          onClick={() =>
            void sendCommand({ type: 'escalation.remove', id: escalation.id }, scope).then(
              // The button goes with the escalation: focus moves to the form that opens one.
              (ok) => ok && document.getElementById('escalation-topic')?.focus()
            )
          }
        >
          {s.removeEscalation}
        </button>
      </div>
      <ScopedError scope={scope} />
    </li>
  )
}

/** Open Rule-of-Two escalations with their dates, status and outcome. */
export function EscalationList({ meeting }: { meeting: Meeting }) {
  if (meeting.escalations.length === 0) return <p className="muted">{s.noEscalations}</p>
  const actions = new Map(meeting.actions.map((a) => [a.id, a.what]))
  return (
    <ul className="escalations">
      {meeting.escalations.map((e) => (
        <EscalationItem
          key={e.id}
          escalation={e}
          about={e.actionId ? (actions.get(e.actionId) ?? null) : null}
        />
      ))}
    </ul>
  )
}
