import { useEffect, useRef } from 'react'

/** True when the key press would type into a text field, select or editable region. */
function typingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  )
}

/** Whether a key press opens search: Ctrl/Cmd+F anywhere, `/` outside text fields. */
export function opensSearch(event: {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
  target: EventTarget | null
}): boolean {
  if (event.altKey) return false
  if ((event.ctrlKey || event.metaKey) && !event.shiftKey) return event.key.toLowerCase() === 'f'
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !typingTarget(event.target)
}

/** Calls `open` on the search shortcut while mounted. */
export function useSearchShortcut(open: () => void) {
  const latest = useRef(open)
  useEffect(() => {
    latest.current = open
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !opensSearch(event)) return
      event.preventDefault()
      latest.current()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
