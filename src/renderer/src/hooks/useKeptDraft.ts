import { useCallback, useState } from 'react'

const kept = new Map<string, string>()

/**
 * `useState('')` for text typed into a form that is not saved yet, kept across a remount of the tree
 * (switching a meeting's language remounts every screen under `LocaleRoot`), so nothing typed is lost.
 * `key` names the field; put the meeting's id in it so drafts never cross meetings.
 */
export function useKeptDraft(key: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => kept.get(key) ?? '')
  const set = useCallback(
    (next: string) => {
      if (next) kept.set(key, next)
      else kept.delete(key)
      setValue(next)
    },
    [key]
  )
  return [value, set]
}

/** Forgets every kept draft: a fresh window (or a test's fresh app) starts with empty forms. */
export function forgetKeptDrafts(): void {
  kept.clear()
}
