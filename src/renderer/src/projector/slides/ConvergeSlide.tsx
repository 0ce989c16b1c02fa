import type { CSSProperties } from 'react'
import type { ProjectorView } from '../../../../shared/projector/view'
import { strings } from '../../strings'
import { DepartmentBadge } from '../DepartmentBadge'
import { SlideFrame } from '../SlideFrame'
import { useFitSlide } from '../useFitSlide'
import type { FitStep } from '../useFitSlide'

/** Large bars first; smaller type; then the lowest-ranked entries give way to a "+N more" line. */
const CONVERGE_FIT: readonly FitStep[] = [1.5, 1.35, 1.2, 1.05, 0.95, 0.85, 0.75].map((scale) => ({
  scale,
  columns: 1
}))

/** Themes and ideas ranked by votes, as bars whose length is the share of the top vote count. */
export function ConvergeSlide({ view }: { view: ProjectorView }) {
  const t = strings.projector.converge
  const top = Math.max(1, ...view.ranked.map((r) => r.votes))
  const departments = new Map(view.departments.map((d) => [d.id, d]))
  const { ref, moreRef } = useFitSlide<HTMLDivElement>(
    [JSON.stringify(view.ranked)],
    CONVERGE_FIT,
    t.notShown
  )
  return (
    <SlideFrame kind="converge" heading={t.heading}>
      <div ref={ref} className="pj-fit">
        {view.ranked.length === 0 ? (
          <p className="pj-lead">{t.none}</p>
        ) : (
          <ol className="pj-bars">
            {view.ranked.map((entry, index) => (
              <li
                key={`${entry.kind}:${entry.id}`}
                className="pj-bar-row"
                data-fit-order={view.ranked.length - index}
              >
                <span className="pj-rank">{t.rank(entry.rank)}</span>
                <span className="pj-bar-label">
                  {entry.kind === 'theme' ? (
                    <span className="pj-tag">{t.theme}</span>
                  ) : (
                    <DepartmentBadge department={departments.get(entry.departmentId ?? '')} />
                  )}
                  <span className="pj-bar-text">{entry.label}</span>
                </span>
                <span className="pj-bar-track" aria-hidden="true">
                  <span
                    className="pj-bar"
                    style={{ '--share': `${(entry.votes / top) * 100}%` } as CSSProperties}
                  />
                </span>
                <span className="pj-votes">{t.votes(entry.votes)}</span>
              </li>
            ))}
          </ol>
        )}
        <p ref={moreRef} className="pj-more" hidden />
      </div>
    </SlideFrame>
  )
}
