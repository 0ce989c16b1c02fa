import { useCallback, useEffect, useState } from 'react'

/** A row the keyboard moved to: `key` is its key in a VirtualList, `elementId` what takes focus. */
export interface FocusRequest {
  key: string
  elementId: string
  tick: number
}

/**
 * Moving focus along a virtual list: the row asked for may not be drawn yet, so the request is
 * passed to the list as its `activeKey` (drawn, scrolled to) and focused once that render is in the
 * page. Asking for the same row again focuses it again.
 */
export function useFocusRequest(): [FocusRequest | null, (key: string, elementId: string) => void] {
  const [request, setRequest] = useState<FocusRequest | null>(null)
  useEffect(() => {
    if (request) document.getElementById(request.elementId)?.focus()
  }, [request])
  const ask = useCallback(
    (key: string, elementId: string) =>
      setRequest((r) => ({ key, elementId, tick: (r?.tick ?? 0) + 1 })),
    []
  )
  return [request, ask]
}
