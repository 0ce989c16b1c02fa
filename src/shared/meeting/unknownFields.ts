/**
 * The fields of `raw` (a meeting file as parsed JSON) that validation left out of `known` (the
 * validated meeting): fields a newer or another program wrote that this version does not know, and
 * would drop at the next save. Paths like `facts.colour` or `ideas[].mood`, each named once.
 */
export function unknownFields(raw: unknown, known: unknown, at = ''): string[] {
  if (Array.isArray(raw) && Array.isArray(known)) {
    const found = new Set<string>()
    raw.forEach((item, i) => {
      for (const field of unknownFields(item, known[i], `${at}[]`)) found.add(field)
    })
    return [...found]
  }
  if (!isPlainObject(raw) || !isPlainObject(known)) return []
  const found: string[] = []
  for (const key of Object.keys(raw)) {
    const path = at ? `${at}.${key}` : key
    if (!Object.hasOwn(known, key)) found.push(path)
    else found.push(...unknownFields(raw[key], known[key], path))
  }
  return found
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
