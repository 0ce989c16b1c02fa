import { useEffect, useRef } from 'react'
import type { ActionOf, KeyScope } from './keymap'
import { actionFor, describeKeyPress } from './keymap'

/** A scope's handlers: one per action. Returning false says "not now" (the key keeps its meaning). */
export type KeyHandlers<S extends KeyScope> = Record<ActionOf<S>, () => boolean | void>

interface Options {
  /** Listen only while true (e.g. not while the framing question is being edited). */
  enabled?: boolean
  /** Ignore auto-repeat (a held key must not toggle the projector on and off). */
  ignoreRepeat?: boolean
}

/**
 * Listens on the whole window for one scope's keys while mounted: the only window keydown listener
 * of the app. A handled key's default is prevented (Ctrl+P would print, Ctrl+B would bold).
 */
export function useKeymap<S extends KeyScope>(
  scope: S,
  handlers: KeyHandlers<S>,
  { enabled = true, ignoreRepeat = false }: Options = {}
): void {
  // The latest handlers, without re-subscribing on every render.
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || (ignoreRepeat && event.repeat)) return
      const action = actionFor(scope, describeKeyPress(event))
      if (action && latest.current[action]() !== false) event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [scope, enabled, ignoreRepeat])
}
