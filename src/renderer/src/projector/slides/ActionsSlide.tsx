import type { ProjectorView } from '../../../../shared/projector/view'
import { strings } from '../../strings'
import { DepartmentBadge } from '../DepartmentBadge'
import { SlideFrame } from '../SlideFrame'
import { useFitSlide } from '../useFitSlide'
import type { FitStep } from '../useFitSlide'

/** Large cards first; smaller type; then the last actions give way to a "+N more" line. */
const ACTIONS_FIT: readonly FitStep[] = [1.6, 1.4, 1.25, 1.1, 1, 0.9, 0.8, 0.7].map((scale) => ({
  scale,
  columns: 1
}))

/** The action list: what, who, by when, and the customer metric it should move. */
export function ActionsSlide({ view }: { view: ProjectorView }) {
  const t = strings.projector.actions
  const departments = new Map(view.departments.map((d) => [d.id, d]))
  const { ref, moreRef } = useFitSlide<HTMLDivElement>(
    [JSON.stringify(view.actions)],
    ACTIONS_FIT,
    t.notShown
  )
  return (
    <SlideFrame kind="actions" heading={t.heading}>
      <div ref={ref} className="pj-fit">
        {view.actions.length === 0 ? (
          <p className="pj-lead">{t.none}</p>
        ) : (
          <ol className="pj-cards pj-actions-list">
            {view.actions.map((a, index) => (
              <li key={a.id} className="pj-card" data-fit-order={view.actions.length - index}>
                <p className="pj-card-title">
                  <span className="pj-idea-number">{a.number}.</span> {a.what}
                </p>
                <p className="pj-action-facts">
                  <DepartmentBadge department={departments.get(a.departmentId)} withName />
                  <span>
                    {t.owner}: <strong>{a.owner}</strong>
                  </span>
                  <span>
                    {t.due}: <strong>{strings.dates.day(a.dueDate)}</strong>
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
        <p ref={moreRef} className="pj-more" hidden />
      </div>
    </SlideFrame>
  )
}
