import { useId, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { Department } from '../../../shared/meeting/schema'
import { parseCapture } from '../../../shared/run/captureInput'
import { strings } from '../strings'

/**
 * The letter or digit printed on the key, from its physical code: on macOS Option+C types "ç", so
 * `event.key` alone would miss the shortcut.
 */
function physicalLetter(code: string): string | null {
  const match = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(code)
  return match ? (match[1] ?? match[2] ?? '').toLowerCase() : null
}

/** One idea as the capture bar hands it over. */
export interface CapturedIdea {
  text: string
  departmentId: string
  buildsOnId: string | null
}

interface CaptureBarProps {
  departments: Department[]
  /** The round's idea ids in display order, so `^N` can name idea number N. */
  roundIdeaIds: string[]
  /** Sends the idea; resolves false when it was refused (the reason is shown by the caller). */
  onCommit: (idea: CapturedIdea) => Promise<boolean>
}

/**
 * Keyboard-first idea capture: type, pick the department with Alt+letter or an `@name` prefix,
 * optionally `^N` to build on idea N, Enter commits.
 */
export function CaptureBar({ departments, roundIdeaIds, onCommit }: CaptureBarProps) {
  const [text, setText] = useState('')
  const [chosenId, setChosenId] = useState<string | null>(null)
  const inputId = useId()
  const selectId = useId()
  const hintId = useId()
  const departmentId = departments.find((d) => d.id === chosenId)?.id ?? departments[0]?.id ?? null

  const commit = async () => {
    const submitted = text
    const parsed = parseCapture(submitted, departments)
    const targetDepartment = parsed.departmentId ?? departmentId
    if (!parsed.text || !targetDepartment) return
    const buildsOnId =
      parsed.buildsOnNumber === null ? null : (roundIdeaIds[parsed.buildsOnNumber - 1] ?? null)
    // Clear at once so the facilitator can type the next idea while this one is saved.
    setText('')
    const saved = await onCommit({ text: parsed.text, departmentId: targetDepartment, buildsOnId })
    // Never lose typing: a refused idea comes back, ahead of anything typed since.
    if (!saved) setText((now) => (now.trim() ? `${submitted} ${now}` : submitted))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && event.currentTarget.tagName === 'INPUT') {
      event.preventDefault()
      void commit()
      return
    }
    if (event.altKey && !event.ctrlKey && !event.metaKey) {
      const letter = physicalLetter(event.code) ?? event.key.toLowerCase()
      const match = departments.find((d) => d.key === letter)
      if (match) {
        event.preventDefault()
        setChosenId(match.id)
      }
    }
  }

  return (
    <form
      className="capture-bar"
      onSubmit={(event) => {
        event.preventDefault()
        void commit()
      }}
    >
      <div className="field grow">
        <label htmlFor={inputId}>{strings.rounds.ideaLabel}</label>
        <input
          id={inputId}
          type="text"
          value={text}
          placeholder={strings.rounds.ideaPlaceholder}
          autoComplete="off"
          // Keyboard-first: arriving on a round means typing ideas straight away.
          autoFocus
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="field">
        <label htmlFor={selectId}>{strings.rounds.departmentLabel}</label>
        <select
          id={selectId}
          value={departmentId ?? ''}
          onChange={(event) => setChosenId(event.target.value)}
          onKeyDown={onKeyDown}
        >
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {strings.rounds.departmentOption(d.name, d.key)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="primary" disabled={!departmentId}>
        {strings.rounds.add}
      </button>
      <p id={hintId} className="hint">
        {departments.length === 0 ? strings.rounds.noDepartments : strings.rounds.captureHint}
      </p>
    </form>
  )
}
