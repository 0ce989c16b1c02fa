import { strings } from '../strings'

/** A plain-language error shown next to what caused it; announced to screen readers. */
export function ErrorNotice({
  message,
  onDismiss
}: {
  message: string | undefined
  onDismiss: () => void
}) {
  if (!message) return null
  return (
    <div className="error-notice" role="alert">
      <span>{message}</span>
      <button type="button" className="link-button" onClick={onDismiss}>
        {strings.errors.dismiss}
      </button>
    </div>
  )
}
