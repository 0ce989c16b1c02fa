import type { KeyboardEvent } from 'react'
import type { Meeting } from '../../../../shared/meeting/schema'
import { strings } from '../../strings'
import '../../styles/prepare.css'
import { AttendeesSection } from './AttendeesSection'
import { CarryOverSection } from './CarryOverSection'
import { DepartmentsSection } from './DepartmentsSection'
import { FactsSection } from './FactsSection'
import { FramingSection } from './FramingSection'
import { PlanSection } from './PlanSection'
import { RoundsSection } from './RoundsSection'
import { StorySection } from './StorySection'
import { TemplateSection } from './TemplateSection'

const s = strings.prepare

/**
 * The sections in the order a facilitator fills them, for the jump list at the top. Headings are read
 * at render (not here, at import), so the list follows a change of language.
 */
const SECTIONS = [
  ['prepare-facts', 'facts'],
  ['prepare-departments', 'departments'],
  ['prepare-attendees', 'attendees'],
  ['prepare-story', 'story'],
  ['prepare-framing', 'framing'],
  ['prepare-rounds', 'rounds'],
  ['prepare-plan', 'plan'],
  ['prepare-carry', 'carry'],
  ['prepare-template', 'template']
] as const

/** Keys that move between stages; inside a form control they belong to the control. */
const STAGE_KEYS = new Set(['PageUp', 'PageDown', 'ArrowLeft', 'ArrowRight'])

const isControl = (target: EventTarget) =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement ||
  target instanceof HTMLButtonElement

interface PrepareViewProps {
  meeting: Meeting
  /** Leaves Prepare for the Welcome stage (before the meeting has started). */
  onStart: () => void
  /** Leaves Prepare for the stage the running meeting is on. */
  onBack: () => void
}

/** Prepare (before the meeting): facts, departments, people, story, framing, rounds, plan. */
export function PrepareView({ meeting, onStart, onBack }: PrepareViewProps) {
  const started = meeting.run.meetingStartedAt !== null
  const onKeyDown = (event: KeyboardEvent) => {
    // Page Down in the story text scrolls it; it must not leave Prepare (and lose the caret).
    if (STAGE_KEYS.has(event.key) && isControl(event.target)) event.stopPropagation()
  }

  return (
    <section className="prepare" aria-labelledby="prepare-heading" onKeyDown={onKeyDown}>
      <div className="prepare-top">
        <h2 id="prepare-heading" tabIndex={-1}>
          {s.heading}
        </h2>
        <button type="button" className="primary" onClick={started ? onBack : onStart}>
          {started ? s.backToStage(strings.stages[meeting.run.stage]) : s.start} →
        </button>
      </div>
      <p className="muted">{s.intro}</p>
      <nav aria-label={s.sectionsLabel} className="prepare-jump">
        <ul>
          {SECTIONS.map(([id, section]) => (
            <li key={id}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  const heading = document.getElementById(`${id}-heading`)
                  heading?.scrollIntoView({ block: 'start' })
                  heading?.focus()
                }}
              >
                {s[section].heading}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <FactsSection meeting={meeting} />
      <DepartmentsSection meeting={meeting} />
      <AttendeesSection meeting={meeting} />
      <StorySection meeting={meeting} />
      <FramingSection meeting={meeting} />
      <RoundsSection meeting={meeting} />
      <PlanSection meeting={meeting} />
      <CarryOverSection meeting={meeting} />
      <TemplateSection meeting={meeting} />
    </section>
  )
}
