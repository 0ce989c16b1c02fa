import { Toast } from '../components/Toast'
import { useAppStore } from '../store/StoreProvider'
import { strings } from '../strings'

/** The one toast of the app, with Undo when it reports a deletion. */
export function ToastHost() {
  const toast = useAppStore((s) => s.toast)
  const dismissToast = useAppStore((s) => s.dismissToast)
  const undoDelete = useAppStore((s) => s.undoDelete)
  if (!toast) return null
  if (toast.kind === 'deleted') {
    return (
      <Toast
        message={strings.toast.deleted(toast.title)}
        onUndo={() => void undoDelete()}
        onDismiss={dismissToast}
      />
    )
  }
  return <Toast message={toast.message} onDismiss={dismissToast} />
}
