import type { ProjectorView } from '../../../../shared/projector/view'
import { movementSummary } from '../../i18n/uiLocale'
import { strings } from '../../strings'
import { SlideFrame } from '../SlideFrame'
import { useFitText } from '../useFitText'

/** Last quarter's actions: what we promised, where it stands, and whether the customer metric moved. */
export function LastQuarterSlide({ view }: { view: ProjectorView }) {
  const t = strings.projector.lastQuarter
  const fit = useFitText<HTMLDivElement>([JSON.stringify(view.carried)], 1.6)
  return (
    <SlideFrame kind="lastQuarter" heading={t.heading}>
      {view.carriedFromTitle && <p className="pj-subtitle">{t.from(view.carriedFromTitle)}</p>}
      <div ref={fit} className="pj-fit">
        {view.carried.length === 0 ? (
          <p className="pj-lead">{t.none}</p>
        ) : (
          <ul className="pj-cards pj-carried">
            {view.carried.map((c) => (
              <li key={c.id} className={`pj-card pj-status-${c.status}`}>
                <span className="pj-status">{t.status[c.status]}</span>
                <p className="pj-card-title">{c.what}</p>
                <p className="pj-muted">
                  {c.owner && <span>{t.owner(c.owner)}</span>}
                  {c.owner && ' · '}
                  {t.metric(c.metric, c.movement.baseline, c.movement.latest, movementSummary(c.movement))}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </SlideFrame>
  )
}
