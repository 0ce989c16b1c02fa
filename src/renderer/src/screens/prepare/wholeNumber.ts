/** Reads a whole number typed in a field; null when it is not one (empty, decimal, letters). */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim()
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : null
}
