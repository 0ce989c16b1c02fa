import { useId, useState } from 'react'
import type { ReactNode } from 'react'
import type { Command } from '../../../../shared/meeting/commands/schema'
import type { Department, Idea, Round } from '../../../../shared/meeting/schema'
import { ideaByNumber } from '../../../../shared/meeting/ideaNumbers'
import { SelectField, TextField } from '../../components/Field'
import { SubmitCancel, SubmitForm } from '../../components/SubmitForm'
import { onKey } from '../../components/keys'
import { strings } from '../../strings'

/** Which tool is open on the selected idea. */
export type ToolMode = 'edit' | 'move' | 'merge' | null

export interface IdeaToolsProps {
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

/** A tool's form: Enter or its button runs it, Esc or Cancel closes it without saving. */
function ToolForm({
  onMode,
  run,
  submit,
  fields,
  children
}: {
  onMode: (mode: ToolMode) => void
  run: () => void
  submit: string
  fields: ReactNode
  /** Shown after the buttons (hints, the form's error). */
  children?: ReactNode
}) {
  const close = () => onMode(null)
  return (
    <SubmitForm
      className="idea-tool-form"
      onKeyDown={onKey('Escape', close, { stop: true })}
      onSubmit={run}
    >
      {fields}
      <SubmitCancel submit={submit} cancel={t.cancel} onCancel={close} />
      {children}
    </SubmitForm>
  )
}

export function EditForm({ idea, number, departments, onMode, onApply }: IdeaToolsProps) {
  const [text, setText] = useState(idea.text)
  const [author, setAuthor] = useState(idea.author)
  const [departmentId, setDepartmentId] = useState(idea.departmentId)
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
  const fields = (
    <>
      <TextField
        label={t.editText}
        className="grow"
        value={text}
        autoFocus
        autoComplete="off"
        onValue={setText}
      />
      <TextField label={t.editAuthor} value={author} autoComplete="off" onValue={setAuthor} />
      <SelectField
        label={t.editDepartment}
        value={departmentId}
        options={departments}
        onValue={setDepartmentId}
      />
    </>
  )
  return <ToolForm onMode={onMode} run={save} submit={t.save} fields={fields} />
}

export function MoveForm({ idea, number, rounds, onMode, onApply }: IdeaToolsProps) {
  const others = rounds.filter((r) => r.id !== idea.roundId)
  const [roundId, setRoundId] = useState(others[0]?.id ?? '')
  const move = () => {
    const round = others.find((r) => r.id === roundId)
    if (round)
      void onApply({ type: 'idea.move', id: idea.id, roundId }, t.moved(number, round.title), false)
  }
  const fields = (
    <SelectField
      label={t.moveTo}
      value={roundId}
      autoFocus
      options={others.map((r) => ({ id: r.id, name: r.title }))}
      onValue={setRoundId}
      // A select does not submit its form on Enter by itself.
      onKeyDown={onKey('Enter', move)}
    />
  )
  return (
    <ToolForm onMode={onMode} run={move} submit={t.move} fields={fields}>
      <p className="hint">{t.moveHint}</p>
    </ToolForm>
  )
}

export function MergeForm({ idea, number, ideas, onMode, onApply }: IdeaToolsProps) {
  const [target, setTarget] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
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
  const fields = (
    <TextField
      label={t.mergeInto}
      value={target}
      inputMode="numeric"
      autoComplete="off"
      autoFocus
      aria-describedby={hintId}
      onValue={(typed) => setTarget(typed.replace(/[^0-9]/g, ''))}
    />
  )
  return (
    <ToolForm onMode={onMode} run={merge} submit={t.merge} fields={fields}>
      <p id={hintId} className="hint">
        {t.mergeHint(number)}
      </p>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </ToolForm>
  )
}
