/**
 * The strings module's live catalogue: one object tree that switching language rewrites in place.
 * Screens keep references to its sections (`const s = strings.converge` at module level), so a switch
 * must change what those sections hold rather than swap them for other objects.
 */

type Tree = Record<string, unknown>

const isTree = (value: unknown): value is Tree =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** A copy of `catalogue` whose sections and lists are its own, so rewriting it never touches the original. */
export function liveCopy<T extends object>(catalogue: T): T {
  const copy = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(copy)
      : isTree(value)
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)]))
        : value
  return copy(catalogue) as T
}

/** Rewrites `live` in place with `catalogue`'s entries (same shape), sections and lists included. */
export function rewriteInPlace<T extends object>(live: T, catalogue: T): void {
  const into = live as Tree
  for (const [key, value] of Object.entries(catalogue as Tree)) {
    const current = into[key]
    if (Array.isArray(value) && Array.isArray(current))
      current.splice(0, current.length, ...(liveCopy(value) as unknown[]))
    else if (isTree(value) && isTree(current)) rewriteInPlace(current, value)
    else into[key] = liveCopy({ value }).value
  }
}
