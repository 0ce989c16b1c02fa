import { useEffect, useRef } from 'react'
import type { ProjectorKey } from './projectorKeys'
import { projectorKeyFor } from './projectorKeys'

/** Listens for the projector window's presentation keys while mounted. */
export function useProjectorKeys(handlers: Record<ProjectorKey, () => void>) {
  // The latest handlers, without re-subscribing on every render.
  const latest = useRef(handlers)
  latest.current = handlers
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.repeat) return
      const key = projectorKeyFor(event)
      if (!key) return
      event.preventDefault()
      latest.current[key]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
