import { useId, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { Command } from '../../../../shared/meeting/commands/schema'
import type { Department, Idea, Round } from '../../../../shared/meeting/schema'
import { ideaByNumber } from '../../../../shared/meeting/ideaNumbers'
import { strings } from '../../strings'

/** Which tool is open on the selected idea. */
export type ToolMode = 'edit' | 'move' | 'merge' | null

interface IdeaToolsProps {
  idea: Idea
  number: number
  departments: Department[]
  rounds: Round[]
  /** The meeting's ideas, so a merge target can be named by its number. */
  ideas: Idea[]
  mode: ToolMode
  onMode: (mode: ToolMode) => void
  onDelete: () => void
  /** Sends a change; resolves true when saved. `message` is announced after it is saved. */
  onApply: (command: Command, message: string, keepSelection: boolean) => Promise<boolean>
}

const t = strings.rounds.tools

/** Esc closes the open tool without saving. */
function escapeCloses(onMode: (mode: ToolMode) => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    event.stopPropagation()
    onMode(null)
  }
}

function EditForm({ idea, number, departments, onMode, onApply }: IdeaToolsProps) {
  const [text, setText] = useState(idea.text)
  const [author, setAuthor] = useState(idea.author)
  const [departmentId, setDepartmentId] = useState(idea.departmentId)
  const ids = { text: useId(), author: useId(), department: useId() }
  const save = () =>
    void onApply(
      {
        type: 'idea.update',
        id: idea.id,
        ...(text !== idea.text && { text }),
        ...(author !== idea.author && { author }),
        ...(departmentId !== idea.departmentId && { departmentId })
      },
      t.saved(number),
      true
    )
  return (
    <form
      className="idea-tool-form"
      onKeyDown={escapeCloses(onMode)}
      onSubmit={(event) => {
        event.preventDefault()
        save()
      }}
    >
      <div className="field grow">
        <label htmlFor={ids.text}>{t.editText}</label>
        <input
          type="text"
          id={ids.text}
          value={text}
          autoFocus
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.author}>{t.editAuthor}</label>
        <input
          type="text"
          id={ids.author}
          value={author}
          autoComplete="off"
          onChange={(e) => setAuthor(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.department}>{t.editDepartment}</label>
        <select
          id={ids.department}
          value={departmentId}
          onChange={(e) => setDepartmentId(e.target.value)}
        >
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="primary">
        {t.save}
      </button>
      <button type="button" onClick={() => onMode(null)}>
        {t.cancel}
      </button>
    </form>
  )
}

function MoveForm({ idea, number, rounds, onMode, onApply }: IdeaToolsProps) {
  const others = rounds.filter((r) => r.id !== idea.roundId)
  const [roundId, setRoundId] = useState(others[0]?.id ?? '')
  const selectId = useId()
  const move = () => {
    const round = others.find((r) => r.id === roundId)
    if (round)
      void onApply({ type: 'idea.move', id: idea.id, roundId }, t.moved(number, round.title), false)
  }
  return (
    <form
      className="idea-tool-form"
      onKeyDown={escapeCloses(onMode)}
      onSubmit={(event) => {
        event.preventDefault()
        move()
      }}
    >
      <div className="field">
        <label htmlFor={selectId}>{t.moveTo}</label>
        <select
          id={selectId}
          value={roundId}
          autoFocus
          onChange={(e) => setRoundId(e.target.value)}
          // A select does not submit its form on Enter by itself.
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return
            e.preventDefault()
            move()
          }}
        >
          {others.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="primary">
        {t.move}
      </button>
      <button type="button" onClick={() => onMode(null)}>
        {t.cancel}
      </button>
      <p className="hint">{t.moveHint}</p>
    </form>
  )
}

function MergeForm({ idea, number, ideas, onMode, onApply }: IdeaToolsProps) {
  const [target, setTarget] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const inputId = useId()
  const hintId = useId()
  const merge = () => {
    const into = Number(target)
    const targetIdea = Number.isInteger(into) ? ideaByNumber(ideas, into) : null
    if (!targetIdea || targetIdea.id === idea.id) return setProblem(t.mergeUnknown(target.trim()))
    setProblem(null)
    void onApply(
      { type: 'idea.merge', sourceId: idea.id, targetId: targetIdea.id },
      t.merged(number, into),
      false
    )
  }
  return (
    <form
      className="idea-tool-form"
      onKeyDown={escapeCloses(onMode)}
      onSubmit={(event) => {
        event.preventDefault()
        merge()
      }}
    >
      <div className="field">
        <label htmlFor={inputId}>{t.mergeInto}</label>
        <input
          type="text"
          id={inputId}
          value={target}
          inputMode="numeric"
          autoComplete="off"
          autoFocus
          aria-describedby={hintId}
          onChange={(e) => setTarget(e.target.value.replace(/[^0-9]/g, ''))}
        />
      </div>
      <button type="submit" className="primary">
        {t.merge}
      </button>
      <button type="button" onClick={() => onMode(null)}>
        {t.cancel}
      </button>
      <p id={hintId} className="hint">
        {t.mergeHint(number)}
      </p>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </form>
  )
}

/**
 * The selected idea's tools: edit, move to another round, merge into another idea, delete. Each is
 * one command, so Ctrl/Cmd+Z takes it back.
 */
export function IdeaTools(props: IdeaToolsProps) {
  const { idea, number, departments, mode, onMode, onDelete, onApply } = props
  const department = departments.find((d) => d.id === idea.departmentId)?.name ?? ''
  return (
    <section className="idea-tools" aria-label={t.label}>
      <div className="idea-tools-bar">
        <strong>{t.selected(number, department)}</strong>
        <button
          type="button"
          aria-keyshortcuts="Alt+Shift+E"
          aria-pressed={mode === 'edit'}
          onClick={() => onMode('edit')}
        >
          {t.edit}
        </button>
        <button
          type="button"
          aria-keyshortcuts="Alt+Shift+M"
          aria-pressed={mode === 'move'}
          onClick={() => onMode('move')}
        >
          {t.move}
        </button>
        <button
          type="button"
          aria-keyshortcuts="Alt+Shift+G"
          aria-pressed={mode === 'merge'}
          onClick={() => onMode('merge')}
        >
          {t.merge}
        </button>
        <button
          type="button"
          aria-pressed={idea.hidden === true}
          onClick={() =>
            void onApply(
              { type: 'idea.setHidden', id: idea.id, hidden: !idea.hidden },
              idea.hidden ? strings.room.showIdea : strings.room.hideIdea,
              true
            )
          }
        >
          {strings.room.hideIdea}
        </button>
        <button
          type="button"
          className="danger"
          aria-keyshortcuts="Alt+Shift+Delete"
          onClick={onDelete}
        >
          {t.delete}
        </button>
        <span className="hint">{t.keys}</span>
      </div>
      {/* Keyed by idea so a new selection starts the form from that idea's values. */}
      {mode === 'edit' && <EditForm key={idea.id} {...props} />}
      {mode === 'move' && <MoveForm key={idea.id} {...props} />}
      {mode === 'merge' && <MergeForm key={idea.id} {...props} />}
    </section>
  )
}
