import type { Department } from '../meeting/schema'

/** What the capture bar understood from a line the facilitator typed. */
export interface ParsedCapture {
  text: string
  /** Department picked with an `@prefix`, if any. */
  departmentId: string | null
  /** 1-based number of the idea to build on, from `^N`, if any. */
  buildsOnNumber: number | null
}

/**
 * Parses `@mark ^3 Offer trials to music teachers`: `@` plus the start of a department's name (or its
 * key letter) picks the department; `^N` builds on idea number N of the round. Both may appear anywhere
 * as whole words; everything else is the idea text.
 */
export function parseCapture(input: string, departments: readonly Department[]): ParsedCapture {
  let departmentId: string | null = null
  let buildsOnNumber: number | null = null
  const words = input.split(/\s+/).filter((word) => {
    const dept = /^@(\S+)$/.exec(word)
    if (dept && departmentId === null) {
      const found = matchDepartment(dept[1]!, departments)
      if (found) {
        departmentId = found.id
        return false
      }
    }
    const build = /^\^(\d{1,5})$/.exec(word)
    if (build && buildsOnNumber === null) {
      buildsOnNumber = Number(build[1])
      return false
    }
    return true
  })
  return { text: words.join(' ').trim(), departmentId, buildsOnNumber }
}

/** A department by exact key letter, else by unique name prefix (case- and accent-insensitive). */
export function matchDepartment(
  prefix: string,
  departments: readonly Department[]
): Department | null {
  const fold = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, '')
  const p = fold(prefix)
  if (!p) return null
  if (p.length === 1) {
    const byKey = departments.find((d) => d.key === p)
    if (byKey) return byKey
  }
  const matches = departments.filter((d) => fold(d.name).startsWith(p))
  return matches.length === 1 ? matches[0]! : null
}
