import { useCallback, useEffect, useId, useRef, useState } from 'react'
import {
  fillFraming,
  placeholderFromEdit,
  placeholderToEdit
} from '../../../../shared/meeting/template'
import { TextField } from '../../components/Field'
import { SubmitCancel, SubmitForm } from '../../components/SubmitForm'
import { onKey } from '../../components/keys'
import { useKeymap } from '../../keymap/useKeymap'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import '../../styles/prepare.css'
import { FieldError, useErrorProps } from '../prepare/FieldError'
import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

const s = strings.stagesIntro.framing
const SCOPE = 'field:framing.stage'

/** The framing question, large and filled with the customer's name; E edits it in place. */
export function FramingStage({ meeting }: StageProps) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const clearError = useAppStore((st) => st.clearError)
  const [draft, setDraft] = useState<string | null>(null)
  const hintId = useId()
  const editButton = useRef<HTMLButtonElement>(null)
  const errorProps = useErrorProps(SCOPE)

  const startEditing = useCallback(
    () =>
      setDraft(placeholderToEdit(meeting.framingQuestion, strings.prepare.framing.customerToken)),
    [meeting.framingQuestion]
  )
  const returnFocus = useRef(false)
  const stopEditing = () => {
    returnFocus.current = true
    setDraft(null)
    clearError(SCOPE)
  }
  // Back on the Edit button once the editor is gone, so the keyboard user is where they were.
  useEffect(() => {
    if (draft !== null || !returnFocus.current) return
    returnFocus.current = false
    editButton.current?.focus()
  }, [draft])
  const save = async () => {
    if (draft === null) return
    const question = placeholderFromEdit(draft, strings.prepare.framing.customerToken)
    if (question === meeting.framingQuestion) return stopEditing()
    const ok = await sendCommand({ type: 'framing.set', question }, SCOPE)
    if (ok) stopEditing()
  }

  useKeymap('framing', { editFraming: startEditing }, { enabled: draft === null })

  return (
    <StageFrame kind="framing">
      <p className="framing framing-large">
        {fillFraming(
          meeting.framingQuestion,
          meeting.story.customer,
          strings.prepare.framing.unnamedCustomer
        )}
      </p>
      {draft === null ? (
        <button type="button" ref={editButton} aria-keyshortcuts="E" onClick={startEditing}>
          {s.edit}
        </button>
      ) : (
        <SubmitForm className="form-row framing-edit" onSubmit={save}>
          <TextField
            label={s.label}
            className="grow"
            value={draft}
            // Opened on purpose with E or the button: the caret belongs here.
            autoFocus
            aria-invalid={errorProps['aria-invalid']}
            aria-describedby={[hintId, errorProps['aria-describedby']].filter(Boolean).join(' ')}
            onValue={setDraft}
            onKeyDown={onKey('Escape', stopEditing, { stop: true })}
          >
            <p id={hintId} className="hint">
              {s.hint}
            </p>
          </TextField>
          <SubmitCancel submit={s.save} cancel={s.cancel} onCancel={stopEditing} />
        </SubmitForm>
      )}
      <FieldError scope={SCOPE} />
    </StageFrame>
  )
}
