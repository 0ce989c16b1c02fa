import { useEffect, useState } from 'react'

/**
 * The current time (epoch ms), refreshed every `intervalMs` while `ticking`. Only the clock ticks: the
 * state itself arrives by broadcast, never by polling.
 */
export function useNow(ticking: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    setNow(Date.now())
    if (!ticking) return
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs)
    return () => window.clearInterval(timer)
  }, [ticking, intervalMs])
  return now
}
