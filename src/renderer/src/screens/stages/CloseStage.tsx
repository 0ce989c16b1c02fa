import { strings } from '../../strings'
import '../../styles/actions.css'
import '../../styles/close.css'
import { NextReviewField } from '../close/NextReviewField'
import { PrioritiesForm } from '../close/PrioritiesForm'
import { RecognitionForm } from '../close/RecognitionForm'
import { RecognitionList } from '../close/RecognitionList'
import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

const s = strings.close

/** Recognition and close: customer advocates, three priorities, the next review's date. */
export function CloseStage({ meeting }: StageProps) {
  return (
    <StageFrame kind="close">
      <p className="lead">{s.intro}</p>
      <section className="panel-like" aria-labelledby="close-recognition-heading">
        <h3 id="close-recognition-heading">{s.recognitionHeading}</h3>
        <RecognitionForm meeting={meeting} />
        <RecognitionList recognitions={meeting.recognitions} />
      </section>
      <div className="close-columns">
        <section className="panel-like" aria-labelledby="close-priorities-heading">
          <h3 id="close-priorities-heading">{s.prioritiesHeading}</h3>
          <PrioritiesForm priorities={meeting.priorities} />
        </section>
        <section className="panel-like" aria-labelledby="close-review-heading">
          <h3 id="close-review-heading">{s.nextReviewHeading}</h3>
          <NextReviewField date={meeting.nextReviewDate} />
        </section>
      </div>
    </StageFrame>
  )
}
