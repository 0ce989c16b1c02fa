import type { ProjectorView } from '../../../../shared/projector/view'
import { strings } from '../../strings'
import { SlideFrame } from '../SlideFrame'
import { useFitText } from '../useFitText'

/** Welcome: the meeting, why we are here, the mission, and today's agenda. */
export function WelcomeSlide({ view }: { view: ProjectorView }) {
  const t = strings.projector.welcome
  const facts = [
    view.quarter && strings.dates.quarter(view.quarter),
    view.date && strings.dates.longDay(view.date),
    view.place
  ].filter(Boolean)
  const fit = useFitText<HTMLDivElement>(
    [facts.join(), view.purpose, view.mission, JSON.stringify(view.agenda)],
    1.6
  )
  return (
    <SlideFrame kind="welcome" heading={view.title || strings.library.untitled}>
      <div ref={fit} className="pj-fit pj-welcome-body">
        {facts.length > 0 && <p className="pj-subtitle">{facts.join(' · ')}</p>}
        <div className="pj-welcome-grid">
          <div>
            {view.purpose && (
              <>
                <h2>{t.purpose}</h2>
                <p className="pj-lead">{view.purpose}</p>
              </>
            )}
            {view.mission && (
              <>
                <h2>{t.mission}</h2>
                <p className="pj-lead">{view.mission}</p>
              </>
            )}
          </div>
          <div>
            <h2>{t.agenda}</h2>
            <ol className="pj-agenda">
              {view.agenda.map((item) => (
                <li key={item.kind}>
                  <span>{strings.stages[item.kind]}</span>
                  <span className="pj-muted">{t.minutes(item.minutes)}</span>
                </li>
              ))}
            </ol>
          </div>
        </div>
      </div>
    </SlideFrame>
  )
}
