import type { PresentationState } from '../../../../shared/ipc/contract'
import type { ProjectorView } from '../../../../shared/projector/view'
import { strings } from '../../strings'
import { BigCountdown } from '../BigCountdown'
import { SlideFrame } from '../SlideFrame'
import { useFitText } from '../useFitText'
import { DepartmentColumns } from './DepartmentColumns'

/** A brainstorm round: the prompt, the big countdown, and the ideas arriving by department. */
export function RoundSlide({
  view,
  presentation
}: {
  view: ProjectorView
  presentation: PresentationState | null
}) {
  const t = strings.projector.round
  const round = view.round
  const fit = useFitText<HTMLDivElement>([round?.prompt, round?.checklist.join('\n')], 1, 0.5)
  if (!round) {
    return (
      <SlideFrame kind="rounds" heading={strings.stages.rounds}>
        <p className="pj-lead">{t.noRound}</p>
      </SlideFrame>
    )
  }
  return (
    <SlideFrame
      kind="rounds"
      heading={
        <>
          <span className="pj-kicker">{t.label(round.position, view.roundCount)}</span>
          {round.title}
        </>
      }
    >
      <div className="pj-round-top">
        <div ref={fit} className="pj-fit pj-prompt-box">
          <p className="pj-prompt">{round.prompt}</p>
          {round.checklist.length > 0 && (
            <ul className="pj-checklist">
              {round.checklist.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </div>
        <BigCountdown
          presentation={presentation}
          roundId={round.id}
          timeboxMinutes={round.timeboxMinutes}
        />
      </div>
      <h2 className="visually-hidden">{t.ideasHeading}</h2>
      <DepartmentColumns
        departments={view.departments}
        ideas={view.ideas}
        earlierIdeas={view.earlierIdeas}
        ideaCounts={view.ideaCounts}
      />
    </SlideFrame>
  )
}
