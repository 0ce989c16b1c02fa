import { formatRemaining } from '../../../../shared/run/countdown'
import type { ProjectorStory } from '../../../../shared/projector/view'
import { strings } from '../../strings'
import { SlideFrame } from '../SlideFrame'
import { useFitText } from '../useFitText'

/**
 * The customer story as a slide: the customer's words in large type, scaled down to fit and split
 * over pages when long, never cut off. Only the public fields reach this component.
 */
export function StorySlide({
  story,
  pages,
  page,
  calmLeftMs
}: {
  story: ProjectorStory
  pages: string[]
  page: number
  /** During the reflection pause, the time it has left: the same story, quieter, and the countdown. */
  calmLeftMs?: number
}) {
  const t = strings.projector.story
  const calm = calmLeftMs !== undefined
  const text = pages[page] ?? ''
  const fit = useFitText<HTMLDivElement>([text, JSON.stringify(story)], 1, 0.4)
  const details = [
    story.segment && `${t.segment}: ${story.segment}`,
    story.channel && `${t.channel}: ${story.channel}`,
    story.broughtBy && `${t.broughtBy}: ${story.broughtBy}`
  ].filter(Boolean)
  const isLast = page >= pages.length - 1

  return (
    <SlideFrame
      kind={calm ? 'reflection' : 'story'}
      heading={calm ? strings.projector.reflectionHeading : t.heading}
    >
      <div ref={fit} className="pj-fit pj-story-body">
        {text ? (
          <blockquote className="pj-quote">
            {text.split('\n\n').map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </blockquote>
        ) : (
          !story.impact && <p className="pj-lead">{t.empty}</p>
        )}
        {isLast && story.customer && <p className="pj-attribution">{t.customer(story.customer)}</p>}
        {isLast && story.impact && (
          <p className="pj-impact">
            <strong>{t.impact}:</strong> {story.impact}
          </p>
        )}
        {isLast && details.length > 0 && <p className="pj-muted">{details.join(' · ')}</p>}
        {calm && <p className="pj-muted pj-calm-hint">{strings.projector.reflectionHint}</p>}
      </div>
      {calm && (
        <p
          className="pj-reflection-time"
          role="timer"
          aria-label={strings.projector.reflectionTimer}
        >
          {formatRemaining(Math.max(0, calmLeftMs))}
        </p>
      )}
      {pages.length > 1 && (
        <p className="pj-page" aria-live="polite">
          {t.page(page + 1, pages.length)}
        </p>
      )}
    </SlideFrame>
  )
}
