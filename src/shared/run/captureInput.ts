import type { Department } from '../meeting/schema'

/** An `@name` at the start of the line that names no single department. */
export interface DepartmentProblem {
  /** What followed the `@`, as typed. */
  prefix: string
  /** The departments it could mean: none (unknown) or several (ambiguous). */
  candidates: Department[]
}

/** What the capture bar understood from a line the facilitator typed. */
export interface ParsedCapture {
  text: string
  /** Department picked with an `@prefix`, if any. */
  departmentId: string | null
  /** Number of the idea to build on, from `^N` (the idea's number in the meeting), if any. */
  buildsOnNumber: number | null
  /**
   * Set when the line starts with an `@name` that matches no department, or several: the idea must
   * not be added under another department with the prefix left in its text.
   */
  departmentProblem?: DepartmentProblem
}

/**
 * Parses `@mark ^3 Offer trials to music teachers`: `@` plus a department's name (its start, its
 * initials like `@cs`, an abbreviation like `@ops`, or its key letter; any case) picks the department;
 * `^N` builds on idea number N of the meeting. Both may appear anywhere as whole words; everything
 * else is the idea text. An `@word` before the text that names no single department is reported in
 * `departmentProblem`; later in the text it is an ordinary word ("ask @anna").
 */
export function parseCapture(input: string, departments: readonly Department[]): ParsedCapture {
  let departmentId: string | null = null
  let buildsOnNumber: number | null = null
  let departmentProblem: DepartmentProblem | undefined
  let inText = false
  const words = input.split(/\s+/).filter((word) => {
    if (!word) return false
    const dept = /^@(\S+)$/.exec(word)
    if (dept && departmentId === null) {
      const candidates = departmentCandidates(dept[1]!, departments)
      if (candidates.length === 1) {
        departmentId = candidates[0]!.id
        return false
      }
      if (!inText && !departmentProblem) departmentProblem = { prefix: dept[1]!, candidates }
    }
    const build = /^\^(\d{1,5})$/.exec(word)
    if (build && buildsOnNumber === null) {
      buildsOnNumber = Number(build[1])
      return false
    }
    if (!dept) inText = true
    return true
  })
  // A department named later on the line settles what an unclear leading `@word` meant.
  if (departmentId !== null) departmentProblem = undefined
  return {
    text: words.join(' ').trim(),
    departmentId,
    buildsOnNumber,
    ...(departmentProblem && { departmentProblem })
  }
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()

/** True when every letter of `short` appears in `long` in order, starting with its first letter. */
function abbreviates(short: string, long: string): boolean {
  if (!short || short[0] !== long[0]) return false
  let at = 0
  for (const letter of long) if (letter === short[at]) at++
  return at >= short.length
}

/**
 * The departments an `@prefix` could mean, best kind of match first: the key letter, then the start of
 * the name, then the initials of its words (`cs` → Customer Service), then an abbreviation (`ops` →
 * Operations). Case- and accent-insensitive. One result is a match; several are ambiguous.
 */
export function departmentCandidates(
  prefix: string,
  departments: readonly Department[]
): Department[] {
  const p = fold(prefix).replace(/ /g, '')
  if (!p) return []
  if (p.length === 1) {
    const byKey = departments.find((d) => d.key === p)
    if (byKey) return [byKey]
  }
  const name = (d: Department) => fold(d.name)
  const tests: Array<(d: Department) => boolean> = [
    (d) => name(d).replace(/ /g, '').startsWith(p),
    (d) =>
      name(d)
        .split(' ')
        .map((w) => w[0] ?? '')
        .join('') === p,
    (d) => abbreviates(p, name(d).replace(/ /g, ''))
  ]
  for (const test of tests) {
    const matches = departments.filter(test)
    if (matches.length > 0) return matches
  }
  return []
}

/** A department by key letter, name start, initials or abbreviation, when exactly one fits. */
export function matchDepartment(
  prefix: string,
  departments: readonly Department[]
): Department | null {
  const candidates = departmentCandidates(prefix, departments)
  return candidates.length === 1 ? candidates[0]! : null
}
