import { useRef } from 'react'

/**
 * The value as it was when `frozen` became true, for as long as it stays true; the live value
 * otherwise. The projector uses it to keep showing its last view while the facilitator edits.
 */
export function useFrozen<T>(live: T, frozen: boolean): T {
  const shown = useRef(live)
  // Assigning during render is idempotent here (the same inputs give the same ref), so a repeated
  // render in StrictMode shows the same thing.
  if (!frozen) shown.current = live
  return shown.current
}
