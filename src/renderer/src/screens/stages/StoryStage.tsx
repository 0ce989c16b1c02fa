import { useCallback } from 'react'
import { formatRemaining } from '../../../../shared/run/countdown'
import type { StoryField } from '../../../../shared/meeting/schema'
import { useKeymap } from '../../keymap/useKeymap'
import { useNow } from '../../hooks/useNow'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import '../../styles/prepare.css'
import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

const s = strings.stagesIntro.story
/** Long enough for the story to land, short enough not to feel like a stall. */
const REFLECTION_SECONDS = 20

/** The reflection pause's remaining time on main's clock, quietly, with a way to end it. */
function ReflectionPause({ leftMs, onEnd }: { leftMs: number; onEnd: () => void }) {
  return (
    <div className="reflection" role="timer" aria-label={s.pausing}>
      <span className="reflection-label">{s.pausing}</span>
      <span className="reflection-time">{s.remaining(formatRemaining(leftMs))}</span>
      <progress max={REFLECTION_SECONDS * 1000} value={leftMs} aria-hidden="true" />
      <button type="button" onClick={onEnd}>
        {s.endPause}
      </button>
    </div>
  )
}

/**
 * Marks a field the room must not see, in words (not colour alone), so a laptop screen mirrored to
 * the room never shows private details unannounced.
 */
function PrivateBadge() {
  return <span className="badge private">{s.privateBadge}</span>
}

/** The customer story as a read-aloud view, with a short silence the facilitator can start (R). */
export function StoryStage({ meeting }: StageProps) {
  const { story } = meeting
  const until = useAppStore((st) => st.presentation?.reflectionUntil ?? null)
  const setPresentation = useAppStore((st) => st.setPresentation)
  // Tick quickly only while a pause runs.
  useNow(until === null ? 60_000 : 250)
  // The tick re-renders; the time itself is read now so a fresh pause never shows a stale second.
  const now = Date.now()
  const leftMs = until === null ? 0 : Math.max(0, until - now)
  const pausing = leftMs > 0
  const toggle = useCallback(
    () => void setPresentation({ reflectionSeconds: pausing ? null : REFLECTION_SECONDS }, 'stage'),
    [pausing, setPresentation]
  )

  useKeymap('story', { toggleReflection: toggle })

  const detail = (field: StoryField, label: string) =>
    story[field] ? (
      <div
        key={field}
        className={[
          'story-detail',
          field === 'impact' && 'wide',
          story.privateFields.includes(field) && 'private-field'
        ]
          .filter(Boolean)
          .join(' ')}
      >
        <dt>{label}</dt>
        <dd>
          {story[field]}
          {story.privateFields.includes(field) && <PrivateBadge />}
        </dd>
      </div>
    ) : null

  const textPrivate = story.privateFields.includes('text')
  if (!story.text && !story.customer) {
    return (
      <StageFrame kind="story">
        <p className="empty-state">{s.empty}</p>
      </StageFrame>
    )
  }
  return (
    <StageFrame kind="story">
      <figure className="story-slide">
        {textPrivate && <PrivateBadge />}
        <blockquote className={textPrivate ? 'story private-field' : 'story'}>
          <p>{story.text}</p>
        </blockquote>
        {story.customer && (
          <figcaption>
            — {story.customer}
            {story.privateFields.includes('customer') && <PrivateBadge />}
          </figcaption>
        )}
      </figure>
      <dl className="story-details">
        {detail('segment', s.segment)}
        {detail('channel', s.channel)}
        {detail('broughtBy', s.broughtBy)}
        {detail('impact', s.impact)}
        {story.contact && (
          <div className="story-detail private-field">
            <dt>{s.contact}</dt>
            <dd>
              {story.contact}
              <PrivateBadge />
            </dd>
          </div>
        )}
      </dl>
      <div className="reflection-controls">
        {pausing ? (
          <ReflectionPause leftMs={leftMs} onEnd={toggle} />
        ) : (
          <button type="button" className="primary" aria-keyshortcuts="R" onClick={toggle}>
            {s.pause}
          </button>
        )}
      </div>
    </StageFrame>
  )
}
