import { fillFraming } from '../../../../shared/meeting/template'
import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

/** The framing question, with the customer's name filled in. */
export function FramingStage({ meeting }: StageProps) {
  return (
    <StageFrame kind="framing">
      <p className="framing">{fillFraming(meeting.framingQuestion, meeting.story.customer)}</p>
    </StageFrame>
  )
}
