import { ErrorNotice } from '../components/ErrorNotice'
import { useAppStore } from '../store/StoreProvider'
import type { ErrorScope } from '../store/uiSlice'

/** Shows the error filed under `scope`, right where it is placed. */
export function ScopedError({ scope }: { scope: ErrorScope }) {
  const message = useAppStore((s) => s.errors[scope])
  const clearError = useAppStore((s) => s.clearError)
  return <ErrorNotice message={message} onDismiss={() => clearError(scope)} />
}
