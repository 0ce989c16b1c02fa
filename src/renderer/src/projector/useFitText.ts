import { useLayoutEffect, useRef } from 'react'
import type { DependencyList } from 'react'

/**
 * Scales the font of a box down (from `max` to `min` em) until its content fits without scrolling, so
 * long text shrinks before anything is cut. Re-fits when the content or the window size changes.
 * Returns the ref to put on the box (which must have a fixed height and `overflow: hidden`-free CSS).
 */
export function useFitText<E extends HTMLElement>(deps: DependencyList, max = 1, min = 0.45) {
  const ref = useRef<E>(null)
  useLayoutEffect(() => {
    const box = ref.current
    if (!box) return
    const fits = (scale: number) => {
      box.style.fontSize = `${scale}em`
      return box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1
    }
    const fit = () => {
      if (fits(max)) return
      // Binary search: a handful of layouts even for the longest story.
      let low = min
      let high = max
      for (let i = 0; i < 8; i++) {
        const mid = (low + high) / 2
        if (fits(mid)) low = mid
        else high = mid
      }
      fits(low)
    }
    fit()
    window.addEventListener('resize', fit)
    return () => window.removeEventListener('resize', fit)
    // The caller names what the content depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  return ref
}
