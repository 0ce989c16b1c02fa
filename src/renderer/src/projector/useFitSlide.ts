import { useLayoutEffect, useRef } from 'react'
import type { DependencyList } from 'react'

/** One way to lay out a slide's list: a type size (em of the projector's base) and a column count. */
export interface FitStep {
  scale: number
  columns: number
}

/** A fit: the step, how many items were left out, and out of how many. */
interface Fit {
  step: number
  hidden: number
  items: number
}

/**
 * How long after a change the fitting checks whether it could show more than the answer it painted
 * (one more earlier item, a larger type): after the frame, so that check never delays the new item.
 */
const REFINE_AFTER_MS = 120

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
 * After a change, the first frame shows as many items as before if they fit (one layout: a new idea
 * most often takes the place of the oldest shown); whether one more would fit too, or a larger type,
 * is checked REFINE_AFTER_MS later, so the new item is painted without waiting for those layouts.
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
  // The step and the number of items left out at the last fit, to start the next one from.
  const lastFit = useRef<Fit | null>(null)
  latestMore.current = moreText

  useLayoutEffect(() => {
    const box = ref.current
    if (!box || steps.length === 0) return
    const fits = () =>
      box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1
    // Only what changes is written, everywhere below: a write of the same text or style still
    // invalidates the layout, so every check after it (and the frame) would lay the list out again.
    const apply = (step: FitStep) => {
      const size = `${step.scale}em`
      const columns = String(step.columns)
      if (box.style.fontSize !== size) box.style.fontSize = size
      if (box.style.getPropertyValue('--fit-columns') !== columns)
        box.style.setProperty('--fit-columns', columns)
    }
    const hide = (items: HTMLElement[], count: number) => {
      items.forEach((item, index) => {
        if (item.hidden !== index < count) item.hidden = index < count
      })
      const more = moreRef.current
      const total = count + leftOut
      if (more) {
        if (more.hidden !== (total === 0)) more.hidden = total === 0
        const text = total === 0 ? '' : moreTextFor(total)
        if (more.textContent !== text) more.textContent = text
      }
    }
    // The line's words per count (a fit's checks try a few counts, often the same), in the
    // language of the words last rendered.
    const moreTexts = new Map<number, string>()
    let wordedBy = latestMore.current
    const moreTextFor = (total: number) => {
      if (wordedBy !== latestMore.current) {
        moreTexts.clear()
        wordedBy = latestMore.current
      }
      let text = moreTexts.get(total)
      if (text === undefined) moreTexts.set(total, (text = latestMore.current(total)))
      return text
    }
    /** Whether showing the items from `count` on fits at the current step. */
    const fitsHiding = (items: HTMLElement[], count: number) => {
      hide(items, count)
      return fits()
    }
    /** The fewest items to leave out at the smallest type (binary search over [low, high]). */
    const fewestHidden = (items: HTMLElement[], low: number, high: number) => {
      while (low < high) {
        const mid = Math.floor((low + high) / 2)
        if (fitsHiding(items, mid)) high = mid
        else low = mid + 1
      }
      return low
    }
    const fullFit = (items: HTMLElement[]): Omit<Fit, 'items'> => {
      hide(items, 0)
      const smallest = steps.length - 1
      // A type change lays out the whole list again (the costly part): when even the smallest type
      // cannot show everything, the larger ones are not tried.
      apply(steps[smallest]!)
      if (fits()) {
        for (const [index, step] of steps.entries()) {
          apply(step)
          if (fits()) return { step: index, hidden: 0 }
        }
      }
      // Too much at the smallest type: leave out as few items as possible.
      apply(steps[smallest]!)
      return { step: smallest, hidden: fewestHidden(items, 1, Math.max(1, items.length - 1)) }
    }
    /**
     * Starts from the last fit (a new idea most often leaves the step as it was, or hides one more):
     * a few layouts instead of one per step and per halving. Null when the answer is not near it.
     */
    const nearFit = (items: HTMLElement[], last: Fit): Omit<Fit, 'items'> | null => {
      apply(steps[last.step]!)
      if (last.hidden === 0) {
        if (!fitsHiding(items, 0)) return null
        // It fits: the answer unless the next larger step fits too (items were taken away).
        if (last.step === 0) return last
        apply(steps[last.step - 1]!)
        const larger = fits()
        apply(steps[last.step]!)
        return larger ? null : last
      }
      const top = Math.max(1, items.length - 1)
      let count = Math.min(last.hidden, top)
      if (fitsHiding(items, count)) {
        // The fewest is at or below `count`: step down while one fewer still fits.
        for (let tries = 0; tries < 4 && count > 1; tries++) {
          if (!fitsHiding(items, count - 1)) return { step: last.step, hidden: count }
          count--
        }
        // Maybe nothing needs leaving out any more: the whole search decides.
        if (count <= 1) return null
        return { step: last.step, hidden: fewestHidden(items, 1, count) }
      }
      for (let tries = 0; tries < 4 && count < top; tries++) {
        count++
        if (fitsHiding(items, count)) return { step: last.step, hidden: count }
      }
      return { step: last.step, hidden: fewestHidden(items, count, top) }
    }
    /**
     * The first answer after a change: as many items shown as at the last fit, at its step, if they
     * fit (one layout); else one more left out at a time. `settled`: no fewer can be left out.
     */
    const quickFit = (items: HTMLElement[], last: Fit) => {
      apply(steps[last.step]!)
      const top = Math.max(1, items.length - 1)
      let count =
        last.hidden === 0
          ? 0
          : Math.min(top, Math.max(1, items.length - (last.items - last.hidden)))
      if (fitsHiding(items, count)) {
        return { step: last.step, hidden: count, settled: count === 0 && last.step === 0 }
      }
      if (count === 0) return null
      for (let tries = 0; tries < 4 && count < top; tries++) {
        count++
        if (fitsHiding(items, count)) return { step: last.step, hidden: count, settled: true }
      }
      return { step: last.step, hidden: fewestHidden(items, count, top), settled: true }
    }
    // Each item's order is read once (not once per comparison: dataset reads are not free).
    const itemsNow = () =>
      Array.from(box.querySelectorAll<HTMLElement>('[data-fit-order]'), (item) => ({
        item,
        order: Number(item.dataset.fitOrder)
      }))
        .sort((a, b) => a.order - b.order)
        .map(({ item }) => item)
    const show = (items: HTMLElement[], found: Omit<Fit, 'items'>) => {
      apply(steps[found.step]!)
      hide(items, found.hidden)
      lastFit.current = { step: found.step, hidden: found.hidden, items: items.length }
    }
    let refineTimer: number | undefined
    /** The whole answer, starting from the last one (a few layouts, or a full fit). */
    const refine = (fresh: boolean) => {
      const items = itemsNow()
      const last = fresh ? null : lastFit.current
      show(items, (last && nearFit(items, last)) ?? fullFit(items))
    }
    const items = itemsNow()
    const quick = lastFit.current && quickFit(items, lastFit.current)
    if (quick) {
      show(items, quick)
      if (!quick.settled) refineTimer = window.setTimeout(() => refine(false), REFINE_AFTER_MS)
    } else show(items, fullFit(items))
    const refit = () => refine(true)
    window.addEventListener('resize', refit)
    return () => {
      window.clearTimeout(refineTimer)
      window.removeEventListener('resize', refit)
    }
    // The caller names what the content depends on; the steps are constants.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, leftOut])
  return { ref, moreRef }
}
