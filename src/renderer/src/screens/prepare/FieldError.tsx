import { useAppStore } from '../../store/StoreProvider'
import type { ErrorScope } from '../../store/uiSlice'

/** The id of the message element for a scope, so a field can point at its own error. */
export const errorIdFor = (scope: ErrorScope): string =>
  `error-${scope.replace(/[^a-zA-Z0-9_-]/g, '-')}`

/** The refusal filed under `scope`, shown right under the field that caused it. */
export function FieldError({ scope }: { scope: ErrorScope }) {
  const message = useAppStore((s) => s.errors[scope])
  if (!message) return null
  return (
    <p id={errorIdFor(scope)} className="field-error" role="alert">
      {message}
    </p>
  )
}

/** Props that tie a control to its error message for screen readers. */
export function useErrorProps(scope: ErrorScope) {
  const hasError = useAppStore((s) => s.errors[scope] !== undefined)
  return hasError
    ? { 'aria-invalid': true as const, 'aria-describedby': errorIdFor(scope) }
    : { 'aria-invalid': undefined, 'aria-describedby': undefined }
}
