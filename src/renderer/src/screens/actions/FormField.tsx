import type { ReactNode } from 'react'

/**
 * A labelled form field with an optional hint and its own error underneath. The control is passed
 * as a render function so it receives the ids that tie the label, hint and error to it.
 */
export function FormField({
  id,
  label,
  hint,
  error,
  className,
  children
}: {
  id: string
  label: string
  hint?: string
  error?: string
  className?: string
  children: (aria: {
    id: string
    'aria-invalid': boolean
    'aria-describedby': string | undefined
  }) => ReactNode
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy || undefined
      })}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
