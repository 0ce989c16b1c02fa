import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

/** The customer story, shown large like a slide. */
export function StoryStage({ meeting }: StageProps) {
  const { customer, text } = meeting.story
  return (
    <StageFrame kind="story">
      {text ? (
        <blockquote className="story">
          <p>{text}</p>
          {customer && <footer>{customer}</footer>}
        </blockquote>
      ) : undefined}
    </StageFrame>
  )
}
