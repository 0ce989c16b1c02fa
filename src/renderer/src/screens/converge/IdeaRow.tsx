import { memo } from 'react'
import type { Department, Idea } from '../../../../shared/meeting/schema'
import { strings } from '../../strings'
import { ScoreSelect } from './ScoreSelect'
import { VoteStepper } from './VoteStepper'

const s = strings.converge

export interface IdeaRowProps {
  idea: Idea
  department: Department | undefined
  selected: boolean
  onShortlist: boolean
  onToggle: (ideaId: string) => void
  onVotes: (target: 'idea' | 'theme', id: string, votes: number) => void
  onScore: (ideaId: string, impact: number | null, effort: number | null) => void
  onDragStart: (event: React.DragEvent, ideaId: string) => void
}

/** One idea on the converge board: select it, vote on it, score it, drag it onto a theme. */
export const IdeaRow = memo(function IdeaRow({
  idea,
  department,
  selected,
  onShortlist,
  onToggle,
  onVotes,
  onScore,
  onDragStart
}: IdeaRowProps) {
  return (
    <li
      className={`converge-idea${selected ? ' selected' : ''}`}
      data-idea-id={idea.id}
      data-vote-kind="idea"
      data-vote-id={idea.id}
      data-votes={idea.votes}
      draggable
      onDragStart={(e) => onDragStart(e, idea.id)}
    >
      <label className="checkbox idea-select">
        <input
          id={`converge-idea-${idea.id}`}
          type="checkbox"
          checked={selected}
          onChange={() => onToggle(idea.id)}
          aria-label={s.selectIdea(idea.text)}
        />
        <span
          className="swatch"
          style={{ background: department?.color ?? 'transparent' }}
          aria-hidden="true"
        />
        <span className="idea-text">{idea.text}</span>
      </label>
      <span className="muted idea-department">{department?.name ?? ''}</span>
      {onShortlist && <span className="badge shortlist-badge">★ {s.onShortlist}</span>}
      <VoteStepper
        label={idea.text}
        votes={idea.votes}
        onChange={(votes) => onVotes('idea', idea.id, votes)}
      />
      <ScoreSelect
        label={s.impactLabel(idea.text)}
        short={s.impactShort}
        value={idea.impact}
        onChange={(impact) => onScore(idea.id, impact, idea.effort)}
      />
      <ScoreSelect
        label={s.effortLabel(idea.text)}
        short={s.effortShort}
        value={idea.effort}
        onChange={(effort) => onScore(idea.id, idea.impact, effort)}
      />
    </li>
  )
})
