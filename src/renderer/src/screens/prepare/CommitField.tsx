import { useEffect, useId, useRef, useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { useAppStore } from '../../store/StoreProvider'
import { FieldError, useErrorProps } from './FieldError'

export interface CommitFieldProps {
  /** The visible label; may hold a visually hidden part that makes it unique for screen readers. */
  label: ReactNode
  /** The saved value; shown whenever nothing unsaved is being typed. */
  value: string
  /** Saves the typed text; resolves false when refused (the reason is filed under `scope`). */
  onCommit: (value: string) => Promise<boolean>
  scope: `field:${string}`
  multiline?: boolean
  type?: 'text' | 'date' | 'number'
  hint?: string
  /** Keeps the label for screen readers only (rows of a table whose header says it already). */
  hideLabel?: boolean
  placeholder?: string
  className?: string
  id?: string
  rows?: number
}

/**
 * A text field that saves when the facilitator leaves it or presses Enter (Ctrl/Cmd+Enter in long
 * text), not on every keystroke: each save is one undoable change. A refused value stays in the
 * field with the reason under it, so nothing typed is lost; Escape goes back to the saved value.
 */
export function CommitField({
  label,
  value,
  onCommit,
  scope,
  multiline = false,
  type = 'text',
  hint,
  hideLabel = false,
  placeholder,
  className,
  id,
  rows = 4
}: CommitFieldProps) {
  const ownId = useId()
  const fieldId = id ?? ownId
  const hintId = `${fieldId}-hint`
  const [draft, setDraft] = useState<string | null>(null)
  const clearError = useAppStore((s) => s.clearError)
  const errorProps = useErrorProps(scope)

  const latest = useRef({ draft, value, onCommit })
  latest.current = { draft, value, onCommit }

  const commit = async () => {
    const typed = latest.current.draft
    if (typed === null) return
    if (typed === latest.current.value) {
      setDraft(null)
      clearError(scope)
      return
    }
    const saved = await latest.current.onCommit(typed)
    // Only drop the draft if nothing new was typed while it was being saved.
    if (saved) setDraft((now) => (now === typed ? null : now))
  }

  // Leaving the view (or the stage) with unsaved typing still saves it.
  useEffect(
    () => () => {
      const { draft: typed, value: saved, onCommit: save } = latest.current
      if (typed !== null && typed !== saved) void save(typed)
    },
    []
  )

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const command = event.ctrlKey || event.metaKey
    if (event.key === 'Enter' && (!multiline || command)) {
      event.preventDefault()
      void commit()
    } else if (event.key === 'Escape' && draft !== null) {
      // Escape here belongs to the field: do not also close a dialog or leave a stage.
      event.stopPropagation()
      setDraft(null)
      clearError(scope)
    }
  }

  const describedBy =
    [hint ? hintId : null, errorProps['aria-describedby']].filter(Boolean).join(' ') || undefined
  const common = {
    id: fieldId,
    value: draft ?? value,
    placeholder,
    'aria-invalid': errorProps['aria-invalid'],
    'aria-describedby': describedBy,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: () => void commit(),
    onKeyDown
  }

  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={fieldId} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows} />
      ) : (
        <input {...common} type={type} inputMode={type === 'number' ? 'numeric' : undefined} />
      )}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <FieldError scope={scope} />
    </div>
  )
}
