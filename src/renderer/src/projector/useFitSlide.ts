import { useLayoutEffect, useRef } from 'react'
import type { DependencyList } from 'react'

/** One way to lay out a slide's list: a type size (em of the projector's base) and a column count. */
export interface FitStep {
  scale: number
  columns: number
}

/**
 * Fits a projector list into its box without cutting anything, in the order the room is best served:
 * 1. the type steps down through `steps` (largest first) at the first column count;
 * 2. the columns reflow (the later steps, with more and narrower columns);
 * 3. only then are items left out, lowest `data-fit-order` first (oldest idea, lowest rank), and the
 *    `more` element says how many, so nothing is ever cut mid-text or ended with "…".
 *
 * The box gets the type size as `font-size` and the column count as `--fit-columns`; items to count
 * carry `data-fit-order`; `more` is an element React renders empty (this hook writes its text).
 * Re-fits when `deps` change and when the window is resized. `leftOut` counts items main already
 * left out of the list (the oldest ideas of a long round): they are added to the `more` count.
 * Returns the refs to attach.
 */
export function useFitSlide<E extends HTMLElement>(
  deps: DependencyList,
  steps: readonly FitStep[],
  moreText: (hidden: number) => string,
  leftOut = 0
) {
  const ref = useRef<E>(null)
  const moreRef = useRef<HTMLParagraphElement>(null)
  const latestMore = useRef(moreText)
  latestMore.current = moreText

  useLayoutEffect(() => {
    const box = ref.current
    if (!box || steps.length === 0) return
    const fits = () =>
      box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1
    const apply = (step: FitStep) => {
      box.style.fontSize = `${step.scale}em`
      box.style.setProperty('--fit-columns', String(step.columns))
    }
    const hide = (items: HTMLElement[], count: number) => {
      items.forEach((item, index) => {
        item.hidden = index < count
      })
      const more = moreRef.current
      const total = count + leftOut
      if (more) {
        more.hidden = total === 0
        more.textContent = total === 0 ? '' : latestMore.current(total)
      }
    }
    const fit = () => {
      const items = Array.from(box.querySelectorAll<HTMLElement>('[data-fit-order]')).sort(
        (a, b) => Number(a.dataset.fitOrder) - Number(b.dataset.fitOrder)
      )
      hide(items, 0)
      for (const step of steps) {
        apply(step)
        if (fits()) return
      }
      // Still too much at the smallest type: leave out as few items as possible (binary search).
      let low = 1
      let high = Math.max(1, items.length - 1)
      while (low < high) {
        const mid = Math.floor((low + high) / 2)
        hide(items, mid)
        if (fits()) high = mid
        else low = mid + 1
      }
      hide(items, low)
    }
    fit()
    window.addEventListener('resize', fit)
    return () => window.removeEventListener('resize', fit)
    // The caller names what the content depends on; the steps are constants.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, leftOut])
  return { ref, moreRef }
}
