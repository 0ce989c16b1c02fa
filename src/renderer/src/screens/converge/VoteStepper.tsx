import { useEffect, useState } from 'react'
import { strings } from '../../strings'

const s = strings.converge

/**
 * A vote tally: − / + buttons and a number field. Typed numbers are saved on Enter or when leaving the
 * field, so a half-typed "1" on the way to "12" is never saved.
 */
export function VoteStepper({
  label,
  votes,
  onChange,
  onStep
}: {
  label: string
  votes: number
  onChange: (votes: number) => void
  /** One vote more or fewer, counted from any change still on its way (fast clicks add up). */
  onStep: (delta: 1 | -1) => void
}) {
  const [draft, setDraft] = useState(String(votes))
  useEffect(() => setDraft(String(votes)), [votes])

  const commitDraft = () => {
    const value = Number.parseInt(draft, 10)
    if (!Number.isFinite(value) || value < 0) setDraft(String(votes))
    else if (value !== votes) onChange(value)
  }

  return (
    <span className="vote-stepper">
      <button
        type="button"
        aria-label={s.fewerVotes(label)}
        disabled={votes <= 0}
        onClick={() => onStep(-1)}
      >
        −
      </button>
      <input
        type="number"
        min={0}
        inputMode="numeric"
        aria-label={s.votesLabel(label)}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commitDraft}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            commitDraft()
          }
        }}
      />
      <button type="button" aria-label={s.moreVotes(label)} onClick={() => onStep(1)}>
        +
      </button>
    </span>
  )
}
