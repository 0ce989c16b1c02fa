import type { ProjectorView } from '../../../../shared/projector/view'
import { strings } from '../../strings'
import { SlideFrame } from '../SlideFrame'
import { useFitText } from '../useFitText'

/** The close: who we recognise, our priorities, and when we meet again. */
export function CloseSlide({ view }: { view: ProjectorView }) {
  const t = strings.projector.close
  const fit = useFitText<HTMLDivElement>(
    [JSON.stringify(view.recognitions), view.priorities.join('\n'), view.nextReviewDate],
    1.6
  )
  const empty =
    view.recognitions.length === 0 && view.priorities.length === 0 && !view.nextReviewDate
  return (
    <SlideFrame kind="close" heading={t.heading}>
      <div ref={fit} className="pj-fit pj-close-grid">
        {empty && <p className="pj-lead">{t.none}</p>}
        {view.recognitions.length > 0 && (
          <div>
            <h2>{t.recognitions}</h2>
            <ul className="pj-recognitions">
              {view.recognitions.map((r) => (
                <li key={r.id}>
                  <strong>{r.who}</strong> — {r.forWhat}
                </li>
              ))}
            </ul>
          </div>
        )}
        {view.priorities.length > 0 && (
          <div>
            <h2>{t.priorities}</h2>
            <ol className="pj-priorities">
              {view.priorities.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ol>
          </div>
        )}
        {view.nextReviewDate && (
          <p className="pj-next-review">
            {t.nextReview}: <strong>{strings.dates.longDay(view.nextReviewDate)}</strong>
          </p>
        )}
      </div>
    </SlideFrame>
  )
}
