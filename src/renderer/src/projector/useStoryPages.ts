import { useEffect, useMemo, useState } from 'react'
import { paginateStory } from '../../../shared/projector/storyPages'

/** Characters per story slide: at this size the fitted type stays large at 1280×720. */
export const STORY_PAGE_CHARS = 650
/** Reading pace used to turn pages on their own (words per second, read aloud in a room). */
const WORDS_PER_SECOND = 2.5
const MIN_PAGE_MS = 12_000

/** How long a slide stays before turning on its own: long enough to read it aloud. */
export const readingMs = (text: string): number =>
  Math.max(MIN_PAGE_MS, (text.split(/\s+/).length / WORDS_PER_SECOND) * 1000)

/**
 * The story's slides and which one shows. Pages turn on their own at reading pace (stopping on the
 * last one) and by key; a changed story, or leaving the story stage, starts again at the first page.
 */
export function useStoryPages(text: string, active: boolean) {
  const pages = useMemo(() => paginateStory(text, STORY_PAGE_CHARS), [text])
  const [page, setPage] = useState(0)
  useEffect(() => setPage(0), [text, active])

  const current = Math.min(page, pages.length - 1)
  useEffect(() => {
    if (!active || current >= pages.length - 1) return
    const timer = window.setTimeout(() => setPage(current + 1), readingMs(pages[current] ?? ''))
    return () => window.clearTimeout(timer)
  }, [active, current, pages])

  return {
    pages,
    page: current,
    /** Turns forward; false when already on the last page (the key then moves to the next stage). */
    next: () => {
      if (current >= pages.length - 1) return false
      setPage(current + 1)
      return true
    },
    previous: () => {
      if (current <= 0) return false
      setPage(current - 1)
      return true
    }
  }
}
