import type { Action, Meeting } from '../../../../shared/meeting/schema'
import { metricName } from '../../../../shared/meeting/metrics'
import { strings } from '../../strings'
import { metricLabels } from '../../i18n/uiLocale'

const s = strings.actions

/** The meeting's actions with edit, remove and Rule-of-Two buttons. */
export function ActionList({
  meeting,
  editingId,
  onEdit,
  onRemove,
  onEscalate
}: {
  meeting: Meeting
  editingId: string | null
  onEdit: (action: Action) => void
  onRemove: (action: Action) => void
  onEscalate: (action: Action) => void
}) {
  const departments = new Map(meeting.departments.map((d) => [d.id, d]))
  const ideas = new Map(meeting.ideas.map((i) => [i.id, i.text]))
  const escalations = new Map(
    meeting.escalations.filter((e) => e.actionId).map((e) => [e.actionId, e])
  )
  return (
    <section className="action-list" aria-labelledby="action-list-heading">
      <h3 id="action-list-heading">
        {s.listHeading} <span className="muted">({s.actionCount(meeting.actions.length)})</span>
      </h3>
      {meeting.actions.length === 0 ? (
        <p className="muted">{s.noActions}</p>
      ) : (
        <ol className="actions">
          {meeting.actions.map((action) => {
            const department = departments.get(action.departmentId)
            const sources = action.sourceIdeaIds.map((id) => ideas.get(id)).filter(Boolean)
            const escalation = escalations.get(action.id)
            return (
              <li
                key={action.id}
                className={`action-item${editingId === action.id ? ' editing' : ''}`}
                id={`action-item-${action.id}`}
              >
                <p className="action-what">{action.what}</p>
                <p className="action-meta">
                  <span className={`badge priority-${action.priority}`}>
                    {s.priorities[action.priority]}
                  </span>{' '}
                  {s.ownerDue(action.owner, strings.dates.day(action.dueDate))}
                  {department && (
                    <>
                      {' · '}
                      <span
                        className="swatch"
                        style={{ background: department.color }}
                        aria-hidden="true"
                      />{' '}
                      {department.name}
                    </>
                  )}
                </p>
                <p className="action-benefit">
                  <strong>{s.benefit} </strong>
                  {action.customerBenefit}
                </p>
                <p className="action-metric">
                  {s.metricLine(
                    metricName(action.metric, metricLabels()),
                    action.metric.baseline,
                    action.metric.target,
                    strings.dates.day(action.metric.measureOn)
                  )}
                </p>
                {sources.length > 0 && <p className="muted">{s.sources(sources.join(' · '))}</p>}
                {escalation && (
                  <p className="action-escalation">
                    ⚖{' '}
                    {s.escalatedLine(
                      escalation.personA,
                      escalation.personB,
                      s.statuses[escalation.status]
                    )}
                  </p>
                )}
                <div className="row-actions">
                  <button
                    type="button"
                    id={`action-edit-${action.id}`}
                    aria-label={s.editLabel(action.what)}
                    onClick={() => onEdit(action)}
                  >
                    {s.edit}
                  </button>
                  <button
                    type="button"
                    aria-label={s.escalateLabel(action.what)}
                    onClick={() => onEscalate(action)}
                  >
                    {s.escalate}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={s.removeLabel(action.what)}
                    onClick={() => onRemove(action)}
                  >
                    {s.remove}
                  </button>
                </div>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
