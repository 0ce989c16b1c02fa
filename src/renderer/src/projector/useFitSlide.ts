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
 * Re-fits when `deps` change and when the window is resized. Returns the refs to attach.
 */
export function useFitSlide<E extends HTMLElement>(
  deps: DependencyList,
  steps: readonly FitStep[],
  moreText: (hidden: number) => string
) {
  const ref = useRef<E>(null)
  const moreRef = useRef<HTMLParagraphElement>(null)
  const latestMore = useRef(moreText)
  latestMore.current = moreText

  /** The last fit: which step, and how many items it left out (content changes start from it). */
  const last = useRef<{ step: number; hidden: number } | null>(null)

  useLayoutEffect(() => {
    const box = ref.current
    if (!box || steps.length === 0) return
    const smallest = steps.length - 1
    const fits = () =>
      box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1
    const apply = (step: FitStep) => {
      box.style.fontSize = `${step.scale}em`
      box.style.setProperty('--fit-columns', String(step.columns))
    }
    const hide = (items: HTMLElement[], count: number) => {
      items.forEach((item, index) => {
        // Only what changes is written: rewriting every item's flag would restyle them all.
        if (item.hidden !== index < count) item.hidden = index < count
      })
      const more = moreRef.current
      if (more) {
        more.hidden = count === 0
        more.textContent = count === 0 ? '' : latestMore.current(count)
      }
    }
    /** The fewest items to leave out in [low, high] so the list fits at the smallest step. */
    const fewestHidden = (items: HTMLElement[], low: number, high: number) => {
      while (low < high) {
        const mid = Math.floor((low + high) / 2)
        hide(items, mid)
        if (fits()) high = mid
        else low = mid + 1
      }
      hide(items, low)
      return low
    }
    const fitFromScratch = (items: HTMLElement[]) => {
      hide(items, 0)
      for (const [index, step] of steps.entries()) {
        apply(step)
        if (fits()) return { step: index, hidden: 0 }
      }
      // Still too much at the smallest type: leave out as few items as possible (binary search).
      return { step: smallest, hidden: fewestHidden(items, 1, Math.max(1, items.length - 1)) }
    }
    /*
     * A round that already overflows gets an idea every few hundred ms in a full room: searching from
     * the last answer takes two or three layouts instead of a layout per step plus a binary search
     * over every idea (which, at hundreds of ideas, kept the projector busy for seconds per idea).
     * The answer is the same: the fewest oldest items left out at the smallest step.
     */
    const fitFromLast = (items: HTMLElement[], hidden: number) => {
      const max = Math.max(1, items.length - 1)
      let count = Math.min(hidden, max)
      apply(steps[smallest]!)
      hide(items, count)
      if (!fits()) {
        // More content: widen the range by doubling, then search inside it.
        let width = 1
        let low = count + 1
        let high = Math.min(max, count + width)
        hide(items, high)
        while (high < max && !fits()) {
          low = high + 1
          width *= 2
          high = Math.min(max, high + width)
          hide(items, high)
        }
        return { step: smallest, hidden: fewestHidden(items, low, high) }
      }
      // Less content (an idea deleted or shortened): show items back while the list still fits.
      for (let tries = 0; count > 1 && tries < 8; tries++) {
        hide(items, count - 1)
        if (!fits()) {
          hide(items, count)
          return { step: smallest, hidden: count }
        }
        count--
      }
      // Far fewer: a larger type may fit again.
      return fitFromScratch(items)
    }
    const fit = (fresh: boolean) => {
      const items = Array.from(box.querySelectorAll<HTMLElement>('[data-fit-order]')).sort(
        (a, b) => Number(a.dataset.fitOrder) - Number(b.dataset.fitOrder)
      )
      const previous = fresh ? null : last.current
      last.current =
        previous && previous.hidden > 0
          ? fitFromLast(items, previous.hidden)
          : fitFromScratch(items)
    }
    fit(false)
    const refit = () => fit(true)
    window.addEventListener('resize', refit)
    return () => window.removeEventListener('resize', refit)
    // The caller names what the content depends on; the steps are constants.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  return { ref, moreRef }
}
