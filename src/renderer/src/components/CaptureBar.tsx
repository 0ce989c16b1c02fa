import { useId, useState } from 'react'
import type { KeyboardEvent, Ref } from 'react'
import type { Department } from '../../../shared/meeting/schema'
import { parseCapture } from '../../../shared/run/captureInput'
import { strings } from '../strings'
import { SelectField, TextField } from './Field'
import { SubmitForm } from './SubmitForm'

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
  author: string
  buildsOnId: string | null
}

/** The idea picked on the board that the next idea builds on. */
export interface BuildTarget {
  id: string
  /** "Next idea builds on #3 (Marketing): …" */
  label: string
}

interface CaptureBarProps {
  departments: Department[]
  /** The id of the idea numbered `n` in the meeting (any round), so `^N` can name it; null if none. */
  ideaIdOfNumber: (n: number) => string | null
  /** Sends the idea; resolves false when it was refused (the reason is shown by the caller). */
  onCommit: (idea: CapturedIdea) => Promise<boolean>
  /** The selected idea the next one builds on, unless `^N` names another. */
  buildsOn?: BuildTarget | null
  /** Esc in the bar: stop building on the selected idea. */
  onClearBuildsOn?: () => void
  /** The idea field, so the stage can give focus back after working on an idea. */
  inputRef?: Ref<HTMLInputElement>
  /** Explains why Enter did not send the idea (the text stays in the bar). */
  onInvalid?: (message: string) => void
}

/**
 * Keyboard-first idea capture: type, pick the department with Alt+letter or an `@name` prefix,
 * optionally an author, optionally `^N` (or a selected idea) to build on, Enter commits.
 */
export function CaptureBar({
  departments,
  ideaIdOfNumber,
  onCommit,
  buildsOn = null,
  onClearBuildsOn,
  inputRef,
  onInvalid
}: CaptureBarProps) {
  const [text, setText] = useState('')
  const [author, setAuthor] = useState('')
  const [chosenId, setChosenId] = useState<string | null>(null)
  const hintId = useId()
  const departmentId = departments.find((d) => d.id === chosenId)?.id ?? departments[0]?.id ?? null

  const commit = async () => {
    const submitted = text
    const submittedAuthor = author
    const parsed = parseCapture(submitted, departments)
    // An `@name` that is no department must not file the idea under another one: say which exist.
    if (parsed.departmentProblem) {
      const { prefix, candidates } = parsed.departmentProblem
      const names = (list: readonly Department[]) => list.map((d) => d.name).join(', ')
      onInvalid?.(
        candidates.length === 0
          ? strings.rounds.unknownDepartment(prefix, names(departments))
          : strings.rounds.ambiguousDepartment(prefix, names(candidates))
      )
      return
    }
    const targetDepartment = parsed.departmentId ?? departmentId
    if (!parsed.text || !targetDepartment) return
    const buildsOnId =
      parsed.buildsOnNumber === null
        ? (buildsOn?.id ?? null)
        : ideaIdOfNumber(parsed.buildsOnNumber)
    // `^N` naming no saved idea must not silently drop the build: keep the text and say why.
    if (parsed.buildsOnNumber !== null && buildsOnId === null) {
      onInvalid?.(strings.rounds.noIdeaNumbered(parsed.buildsOnNumber))
      return
    }
    // Clear at once so the facilitator can type the next idea while this one is saved.
    setText('')
    setAuthor('')
    const saved = await onCommit({
      text: parsed.text,
      departmentId: targetDepartment,
      author: submittedAuthor.trim(),
      buildsOnId
    })
    // Never lose typing: a refused idea comes back, ahead of anything typed since.
    if (!saved) {
      setText((now) => (now.trim() ? `${submitted} ${now}` : submitted))
      setAuthor((now) => now || submittedAuthor)
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && event.currentTarget.tagName === 'INPUT') {
      event.preventDefault()
      void commit()
      return
    }
    if (event.key === 'Escape' && buildsOn) {
      event.preventDefault()
      onClearBuildsOn?.()
      return
    }
    if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      const letter = physicalLetter(event.code) ?? event.key.toLowerCase()
      const match = departments.find((d) => d.key === letter)
      if (match) {
        event.preventDefault()
        setChosenId(match.id)
      }
    }
  }

  return (
    <SubmitForm
      className="capture-bar"
      aria-label={strings.rounds.captureHeading}
      onSubmit={commit}
    >
      <TextField
        label={strings.rounds.ideaLabel}
        className="grow"
        ref={inputRef}
        value={text}
        placeholder={strings.rounds.ideaPlaceholder}
        autoComplete="off"
        // Keyboard-first: arriving on a round means typing ideas straight away.
        autoFocus
        aria-describedby={hintId}
        onValue={setText}
        onKeyDown={onKeyDown}
      />
      <TextField
        label={strings.rounds.authorLabel}
        className="author"
        value={author}
        placeholder={strings.rounds.authorPlaceholder}
        autoComplete="off"
        onValue={setAuthor}
        onKeyDown={onKeyDown}
      />
      <SelectField
        label={strings.rounds.departmentLabel}
        value={departmentId ?? ''}
        options={departments.map((d) => ({
          id: d.id,
          name: strings.rounds.departmentOption(d.name, d.key)
        }))}
        onValue={setChosenId}
        onKeyDown={onKeyDown}
      />
      <button type="submit" className="primary" disabled={!departmentId}>
        {strings.rounds.add}
      </button>
      {/* Always present so screen readers announce the build target as it changes. */}
      <p className="build-target" aria-live="polite">
        {buildsOn && (
          <>
            <span>{buildsOn.label}</span>
            <button type="button" className="link-button" onClick={onClearBuildsOn}>
              {strings.rounds.clearBuildOn}
            </button>
          </>
        )}
      </p>
      <p id={hintId} className="hint">
        {departments.length === 0 ? strings.rounds.noDepartments : strings.rounds.captureHint}
      </p>
    </SubmitForm>
  )
}
