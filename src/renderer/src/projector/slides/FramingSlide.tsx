import type { ProjectorView } from '../../../../shared/projector/view'
import { strings } from '../../strings'
import { SlideFrame } from '../SlideFrame'
import { useFitText } from '../useFitText'

/** The framing question, as large as it fits. */
export function FramingSlide({ view }: { view: ProjectorView }) {
  const t = strings.projector.framing
  const fit = useFitText<HTMLDivElement>([view.framingQuestion], 1, 0.4)
  return (
    <SlideFrame kind="framing" heading={t.heading}>
      <div ref={fit} className="pj-fit pj-centre">
        <p className="pj-question">{view.framingQuestion.trim() || t.empty}</p>
      </div>
    </SlideFrame>
  )
}
