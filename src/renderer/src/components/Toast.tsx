import { useEffect } from 'react'
import { strings } from '../strings'

interface ToastProps {
  message: string
  /** Shown as a button when the toast offers to undo what it reports. */
  onUndo?: () => void
  onDismiss: () => void
  /** How long the toast stays, in milliseconds. */
  timeoutMs?: number
}

/** A notice at the bottom of the screen that leaves on its own. */
export function Toast({ message, onUndo, onDismiss, timeoutMs = 12_000 }: ToastProps) {
  useEffect(() => {
    const timer = window.setTimeout(onDismiss, timeoutMs)
    return () => window.clearTimeout(timer)
  }, [message, onDismiss, timeoutMs])
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      {onUndo && (
        <button type="button" className="primary" onClick={onUndo}>
          {strings.toast.undo}
        </button>
      )}
      <button type="button" className="link-button" onClick={onDismiss}>
        {strings.errors.dismiss}
      </button>
    </div>
  )
}
