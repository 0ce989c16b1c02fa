import { useEffect, useState } from 'react'

/** The current time as an ISO string, refreshed every `intervalMs` while mounted. */
export function useNow(intervalMs = 1000): string {
  const [now, setNow] = useState(() => new Date().toISOString())
  useEffect(() => {
    // A new pace (a pause just started) must not wait one old interval for the first tick.
    setNow(new Date().toISOString())
    const timer = setInterval(() => setNow(new Date().toISOString()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
