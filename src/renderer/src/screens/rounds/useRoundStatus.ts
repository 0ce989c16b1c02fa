import { useEffect, useState } from 'react'

/**
 * The status line: what the last tool did. It describes one change, so it goes once the meeting
 * changes after it (`updatedAt` moves) or the round changes.
 */
export function useRoundStatus(updatedAt: string, roundId: string) {
  const [status, setStatus] = useState<{ message: string; after: string | null } | null>(null)
  useEffect(() => setStatus(null), [roundId])
  useEffect(() => {
    if (!status) return
    if (status.after === null) setStatus({ ...status, after: updatedAt })
    else if (status.after !== updatedAt) setStatus(null)
  }, [status, updatedAt])
  return {
    message: status?.message,
    show: (message: string) => setStatus({ message, after: null })
  }
}
