import { memo } from 'react'
import type { Department, Idea } from '../../../../shared/meeting/schema'
import type { VirtualRowProps } from '../../components/VirtualList'
import { strings } from '../../strings'
import { ScoreSelect } from './ScoreSelect'
import { VoteStepper } from './VoteStepper'

const s = strings.converge

export interface IdeaRowProps {
  /** Its place in the virtual list. */
  row: VirtualRowProps
  idea: Idea
  department: Department | undefined
  /** The title of the round the idea was captured in. */
  roundTitle: string
  /** "builds on #3 (Marketing)", or '' when it builds on nothing. */
  buildsOn: string
  selected: boolean
  onShortlist: boolean
  onToggle: (ideaId: string) => void
  onVotes: (target: 'idea' | 'theme', id: string, votes: number) => void
  onStepVotes: (target: 'idea' | 'theme', id: string, current: number, delta: 1 | -1) => void
  /** Changes one score; the other is kept (counting from any change still on its way). */
  onScore: (idea: Idea, which: 'impact' | 'effort', value: number | null) => void
  onDragStart: (event: React.DragEvent, ideaId: string) => void
}

/**
 * One idea on the converge board: select it, vote on it, score it, drag it onto a theme. Main's
 * patches keep an unchanged idea the same object, so plain memo skips every row but the changed one.
 */
export const IdeaRow = memo(function IdeaRow({
  row,
  idea,
  department,
  roundTitle,
  buildsOn,
  selected,
  onShortlist,
  onToggle,
  onVotes,
  onStepVotes,
  onScore,
  onDragStart
}: IdeaRowProps) {
  return (
    <li
      {...row}
      className={`converge-idea${selected ? ' selected' : ''}`}
      data-idea-id={idea.id}
      data-vote-kind="idea"
      data-vote-id={idea.id}
      data-votes={idea.votes}
      draggable
      onDragStart={(e) => onDragStart(e, idea.id)}
    >
      <div className="idea-main">
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
          <span className="idea-number">{s.ideaNumber(idea.number)}</span>
        </label>
        {/* Outside the label: clicking the text (to read or drag it) does not tick the box. */}
        <span className="idea-text">{idea.text}</span>
        <span className="idea-meta">
          <span className="muted">{s.ideaWhere(department?.name ?? '', roundTitle)}</span>
          {buildsOn && <span className="muted idea-builds-on">{buildsOn}</span>}
          {onShortlist && <span className="badge shortlist-badge">★ {s.onShortlist}</span>}
        </span>
      </div>
      <div className="idea-controls">
        <VoteStepper
          label={idea.text}
          votes={idea.votes}
          onChange={(votes) => onVotes('idea', idea.id, votes)}
          onStep={(delta) => onStepVotes('idea', idea.id, idea.votes, delta)}
        />
        <ScoreSelect
          label={s.impactLabel(idea.text)}
          short={s.impactShort}
          value={idea.impact}
          onChange={(impact) => onScore(idea, 'impact', impact)}
        />
        <ScoreSelect
          label={s.effortLabel(idea.text)}
          short={s.effortShort}
          value={idea.effort}
          onChange={(effort) => onScore(idea, 'effort', effort)}
        />
      </div>
    </li>
  )
})
