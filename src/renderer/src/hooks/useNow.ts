import { useEffect, useState } from 'react'

/**
 * The current time (epoch ms), refreshed every `everyMs` while `ticking` (the one clock hook of the
 * renderer: stages, the schedule badge and the projector all read it). Only the clock ticks: meeting
 * state arrives by broadcast, never by polling. Use `new Date(now).toISOString()` for an ISO time.
 */
export function useNow(everyMs = 1000, ticking = true): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    // A new pace (a pause just started) must not wait one old interval for the first tick.
    setNow(Date.now())
    if (!ticking) return
    const timer = window.setInterval(() => setNow(Date.now()), everyMs)
    return () => window.clearInterval(timer)
  }, [ticking, everyMs])
  return now
}
