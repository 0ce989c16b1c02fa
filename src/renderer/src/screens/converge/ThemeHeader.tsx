import { useState } from 'react'
import type { Theme } from '../../../../shared/meeting/schema'
import { strings } from '../../strings'
import { VoteStepper } from './VoteStepper'

const s = strings.converge

/** A theme's name, vote tally, rename and remove. */
export function ThemeHeader({
  theme,
  ideaCount,
  onRename,
  onRemove,
  onVotes,
  onStepVotes
}: {
  theme: Theme
  ideaCount: number
  onRename: (name: string) => Promise<boolean>
  onRemove: () => void
  onVotes: (votes: number) => void
  onStepVotes: (delta: 1 | -1) => void
}) {
  const [renaming, setRenaming] = useState(false)
  const [name, setName] = useState(theme.name)

  const save = async () => {
    if (await onRename(name)) {
      setRenaming(false)
      // Focus goes back to the button that opened the field, so the keyboard keeps its place.
      requestAnimationFrame(() =>
        document.getElementById(`theme-rename-${theme.id}`)?.focus({ preventScroll: true })
      )
    }
  }

  return (
    <div
      className="theme-header"
      data-vote-kind="theme"
      data-vote-id={theme.id}
      data-votes={theme.votes}
    >
      {renaming ? (
        <form
          className="theme-rename"
          onSubmit={(e) => {
            e.preventDefault()
            void save()
          }}
        >
          <input
            type="text"
            aria-label={s.renameLabel(theme.name)}
            value={name}
            autoFocus
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setName(theme.name)
                setRenaming(false)
              }
            }}
          />
          <button type="submit">{s.save}</button>
        </form>
      ) : (
        <h3 id={`theme-name-${theme.id}`}>{theme.name}</h3>
      )}
      <span className="muted">{s.ideaCount(ideaCount)}</span>
      <VoteStepper label={theme.name} votes={theme.votes} onChange={onVotes} onStep={onStepVotes} />
      {!renaming && (
        <button
          type="button"
          id={`theme-rename-${theme.id}`}
          onClick={() => {
            setName(theme.name)
            setRenaming(true)
          }}
        >
          {s.rename}
        </button>
      )}
      <button
        type="button"
        className="danger"
        aria-label={s.removeLabel(theme.name)}
        onClick={onRemove}
      >
        {s.remove}
      </button>
    </div>
  )
}
