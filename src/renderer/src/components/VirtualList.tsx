import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState
} from 'react'
import type { CSSProperties, FocusEvent, HTMLAttributes, ReactNode, Ref } from 'react'
import {
  defaultRangeExtractor,
  elementScroll,
  observeElementOffset,
  observeElementRect,
  observeWindowOffset,
  observeWindowRect,
  useVirtualizer,
  windowScroll
} from '@tanstack/react-virtual'
import type { Range, Rect, Virtualizer, VirtualizerOptions } from '@tanstack/react-virtual'
import { listNear, OVERSCAN } from './virtualNear'
import type { NearInstance } from './virtualNear'

/** What a row's `<li>` takes from the list: where it sits, its measuring ref and its place in the set. */
export interface VirtualRowProps {
  ref: Ref<HTMLLIElement>
  'data-index': number
  style: CSSProperties
  'aria-posinset': number
  'aria-setsize': number
}

export interface VirtualListProps<T> extends Omit<HTMLAttributes<HTMLUListElement>, 'children'> {
  items: readonly T[]
  itemKey: (item: T) => string
  /** A row's height in px before it is measured (and where nothing can be measured, as in jsdom). */
  estimateSize: number
  /** Draws one row: an `<li>` that spreads `row` on itself. */
  renderItem: (item: T, row: VirtualRowProps) => ReactNode
  /** The box that scrolls the list; the window when left out. */
  scrollElement?: () => HTMLElement | null
  /** A row kept drawn and scrolled into view whenever it changes (the selected or jumped-to one). */
  activeKey?: string | null
  /** Opens at the last row and follows new rows while the list is scrolled to its end. */
  followEnd?: boolean
}

type Scroller = Element | Window
/** useVirtualizer with the window or a box: the window observers are core's own, typed for Window. */
type ListOptions = VirtualizerOptions<Scroller, HTMLLIElement>
type ElementOptions = Parameters<typeof useVirtualizer<Element, HTMLLIElement>>[0]
/** The viewport a list uses where nothing has a size yet (jsdom, a box not laid out). */
const FALLBACK_RECT: Rect = { width: 1024, height: 768 }

/** Rect observers that never report an empty viewport, so unmeasurable pages still draw rows. */
const withFallback =
  (observe: ListOptions['observeElementRect']): ListOptions['observeElementRect'] =>
  (instance, cb) =>
    observe(instance, (rect: Rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT))

/**
 * The one virtual list behind Converge, Rounds, Search and the Library: only the rows near the
 * viewport are in the page (@tanstack/react-virtual, headless, so the markup and ARIA stay ours).
 * It stays a real `<ul>` of `<li>`s with aria-setsize/aria-posinset; the row holding focus and the
 * active row are always drawn, so keyboard focus survives scrolling, and the active row is scrolled
 * into view with the virtualizer when it changes.
 */
export function VirtualList<T>({
  items,
  itemKey,
  estimateSize,
  renderItem,
  scrollElement,
  activeKey = null,
  followEnd = false,
  style,
  onFocus,
  onBlur,
  ...listProps
}: VirtualListProps<T>) {
  const listRef = useRef<HTMLUListElement>(null)
  // Where the list starts in what scrolls; null until measured (before the first paint).
  const [margin, setMargin] = useState<number | null>(null)
  const [focusedKey, setFocusedKey] = useState<string | null>(null)
  const indexOf = useMemo(
    () => new Map(items.map((item, i) => [itemKey(item), i])),
    [items, itemKey]
  )
  // Once each: the active row is often the focused one too, and a far list draws exactly these.
  const pinned = [
    ...new Set(
      [activeKey, focusedKey]
        .map((key) => (key === null ? undefined : indexOf.get(key)))
        .filter((i): i is number => i !== undefined)
    )
  ]
  const pinnedKey = pinned.join(' ')

  const rangeExtractor = useCallback(
    (range: Range) => {
      const drawn = defaultRangeExtractor(range)
      const extra = pinnedKey ? pinnedKey.split(' ').map(Number) : []
      return extra.length === 0 ? drawn : [...new Set([...drawn, ...extra])].sort((a, b) => a - b)
    },
    [pinnedKey]
  )
  const ownBox = scrollElement !== undefined
  // The core redraws when its range changes; a list coming near the viewport (or leaving it) does
  // not change the range, so scrolling and resizing redraw it themselves when that changes.
  const [, redraw] = useReducer((n: number) => n + 1, 0)
  const drawnNear = useRef(false)
  const nearNow = useRef<(instance: NearInstance) => boolean>(() => false)
  nearNow.current = (instance) => listNear(instance, margin, estimateSize)
  const redrawWhenNearChanges = <
    O extends ListOptions['observeElementRect'] | ListOptions['observeElementOffset']
  >(
    observe: O
  ): O =>
    ((instance: Virtualizer<Scroller, HTMLLIElement>, cb: (...args: unknown[]) => void) =>
      observe(instance, (...args: unknown[]) => {
        cb(...args)
        if (nearNow.current(instance) !== drawnNear.current) redraw()
      })) as unknown as O
  const options: ListOptions = {
    count: items.length,
    getScrollElement: ownBox ? scrollElement : () => window,
    estimateSize: () => estimateSize,
    getItemKey: (i) => itemKey(items[i]!),
    overscan: OVERSCAN,
    scrollMargin: margin ?? 0,
    rangeExtractor,
    initialRect: FALLBACK_RECT,
    // Sizes come from the items' ResizeObserver (after layout, no forced layout); until then, the
    // size last seen or the estimate (also all jsdom ever has).
    measureElement: (el, entry, instance) => {
      const box = entry?.borderBoxSize[0]
      if (box && box.blockSize > 0) return Math.round(box.blockSize)
      return (
        instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(el))) ??
        estimateSize
      )
    },
    observeElementRect: redrawWhenNearChanges(
      withFallback(
        (ownBox ? observeElementRect : observeWindowRect) as ListOptions['observeElementRect']
      )
    ),
    observeElementOffset: redrawWhenNearChanges(
      (ownBox ? observeElementOffset : observeWindowOffset) as ListOptions['observeElementOffset']
    ),
    scrollToFn: (ownBox ? elementScroll : windowScroll) as ListOptions['scrollToFn'],
    initialOffset: () => (ownBox ? 0 : window.scrollY)
  }
  const virtualizer = useVirtualizer(options as unknown as ElementOptions)

  // Where the list starts inside what scrolls: read when it is first drawn, then whenever the page
  // or the box changes size (content above it moves it); a ResizeObserver runs after layout, so the
  // reads never force one.
  const measureMargin = useCallback(() => {
    const list = listRef.current
    if (!list) return
    const box = scrollElement?.()
    const top = list.getBoundingClientRect().top
    const next = box ? top - box.getBoundingClientRect().top + box.scrollTop : top + window.scrollY
    setMargin((current) => (current !== null && Math.abs(current - next) < 1 ? current : next))
  }, [scrollElement])
  useLayoutEffect(measureMargin, [measureMargin])
  useEffect(() => {
    const observed = scrollElement?.() ?? document.body
    if (typeof ResizeObserver === 'undefined') return // jsdom: nothing is laid out to move
    const observer = new ResizeObserver(measureMargin)
    observer.observe(observed)
    if (listRef.current) observer.observe(listRef.current)
    return () => observer.disconnect()
  }, [measureMargin, scrollElement])

  const activeIndex = activeKey === null ? undefined : indexOf.get(activeKey)
  useEffect(() => {
    if (activeIndex !== undefined) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeKey]) // eslint-disable-line react-hooks/exhaustive-deps -- only when the active row changes

  useFollowEnd(virtualizer, items.length, followEnd ? scrollElement : undefined)

  const keyAt = (target: EventTarget) => {
    const row = target instanceof Element ? target.closest<HTMLElement>('[data-index]') : null
    const item = row ? items[Number(row.dataset.index)] : undefined
    return item === undefined ? null : itemKey(item)
  }
  // From the list's own start (the core takes scrollMargin off its total).
  const total = virtualizer.getTotalSize()
  const near = listNear(virtualizer, margin, estimateSize)
  drawnNear.current = near
  // A list far from the viewport draws only its active and focused rows.
  const rows = near
    ? virtualizer.getVirtualItems()
    : pinned.flatMap((i) => virtualizer.measurementsCache[i] ?? [])
  return (
    <ul
      ref={listRef}
      {...listProps}
      style={{ ...style, position: 'relative', height: total }}
      onFocus={(e: FocusEvent<HTMLUListElement>) => {
        setFocusedKey(keyAt(e.target))
        onFocus?.(e)
      }}
      onBlur={(e: FocusEvent<HTMLUListElement>) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)))
          setFocusedKey(null)
        onBlur?.(e)
      }}
    >
      {rows.map((row) =>
        renderItem(items[row.index]!, {
          ref: virtualizer.measureElement,
          'data-index': row.index,
          'aria-posinset': row.index + 1,
          'aria-setsize': items.length,
          style: {
            position: 'absolute',
            top: 0,
            left: 0,
            width: '100%',
            transform: `translateY(${row.start - (margin ?? 0)}px)`
          }
        })
      )}
    </ul>
  )
}

/** Opens the box at its last row and keeps following new rows while it was scrolled to the end. */
function useFollowEnd(
  virtualizer: Virtualizer<Element, HTMLLIElement>,
  count: number,
  scrollElement: (() => HTMLElement | null) | undefined
) {
  const atEnd = useRef(true)
  const on = scrollElement !== undefined
  useEffect(() => {
    const box = scrollElement?.()
    if (!box) return
    const onScroll = () => {
      atEnd.current = box.scrollHeight - box.scrollTop - box.clientHeight < 48
    }
    box.addEventListener('scroll', onScroll, { passive: true })
    return () => box.removeEventListener('scroll', onScroll)
  }, [scrollElement])
  useEffect(() => {
    if (on && count > 0 && atEnd.current) virtualizer.scrollToIndex(count - 1, { align: 'end' })
  }, [on, count, virtualizer])
}
