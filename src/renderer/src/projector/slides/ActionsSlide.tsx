import { dateLabel } from '../../../../shared/minutes/format'
import type { ProjectorView } from '../../../../shared/projector/view'
import { strings } from '../../strings'
import { DepartmentBadge } from '../DepartmentBadge'
import { SlideFrame } from '../SlideFrame'
import { useFitText } from '../useFitText'

/** The action list: what, who, by when, and the customer metric it should move. */
export function ActionsSlide({ view }: { view: ProjectorView }) {
  const t = strings.projector.actions
  const departments = new Map(view.departments.map((d) => [d.id, d]))
  const fit = useFitText<HTMLDivElement>([JSON.stringify(view.actions)], 1.6, 0.4)
  return (
    <SlideFrame kind="actions" heading={t.heading}>
      <div ref={fit} className="pj-fit">
        {view.actions.length === 0 ? (
          <p className="pj-lead">{t.none}</p>
        ) : (
          <ol className="pj-cards pj-actions-list">
            {view.actions.map((a) => (
              <li key={a.id} className="pj-card">
                <p className="pj-card-title">
                  <span className="pj-idea-number">{a.number}.</span> {a.what}
                </p>
                <p className="pj-action-facts">
                  <DepartmentBadge department={departments.get(a.departmentId)} withName />
                  <span>
                    {t.owner}: <strong>{a.owner}</strong>
                  </span>
                  <span>
                    {t.due}: <strong>{dateLabel(a.dueDate)}</strong>
                  </span>
                  <span className="pj-tag">{t.priority[a.priority]}</span>
                </p>
                <p className="pj-muted">
                  {t.metric}: {t.target(a.metric, a.baseline, a.target)}
                </p>
                <p>
                  {t.benefit}: {a.customerBenefit}
                </p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </SlideFrame>
  )
}
