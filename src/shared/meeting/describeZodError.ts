import type { z } from 'zod'
import { countAndLimit, thousands } from './limits'

export { thousands } from './limits'

/** Turns a schema failure into one sentence a facilitator can read (never a stack or a JSON dump). */
export function describeZodError(error: z.ZodError, subject: string): string {
  const issue = error.issues[0]
  if (!issue) return `${subject} was not understood.`
  const where = issue.path.length > 0 ? ` (at “${issue.path.map(String).join('.')}”)` : ''
  switch (issue.code) {
    case 'invalid_type':
      return `${subject} has a missing or wrong value${where}.`
    case 'too_big': {
      const limit = Number(issue.maximum)
      // The input is there when the caller parsed with reportInput: then the count is named too.
      const count =
        Array.isArray(issue.input) || typeof issue.input === 'string' ? issue.input.length : null
      if (issue.origin === 'array' && Number.isFinite(limit)) {
        return count === null
          ? `${subject} holds more items than the limit of ${thousands(limit)}${where}.`
          : `${subject} holds ${countAndLimit(count, limit, 'items')}${where}.`
      }
      if (issue.origin === 'string' && Number.isFinite(limit)) {
        return count === null
          ? `${subject} has a text longer than the limit of ${thousands(limit)} characters${where}.`
          : `${subject} has a text of ${countAndLimit(count, limit, 'characters')}${where}.`
      }
      if (issue.origin === 'number' && typeof issue.input === 'number' && Number.isFinite(limit)) {
        return `${subject} has a value of ${thousands(issue.input)}${where}, the limit is ${thousands(limit)}.`
      }
      return `${subject} has a value that is too large${where}.`
    }
    case 'too_small':
      return `${subject} has a value that is too small or empty${where}.`
    case 'unrecognized_keys':
      return `${subject} has fields this version does not know${where}.`
    case 'invalid_union':
      return `${subject} is not a kind of change this version knows${where}.`
    default:
      return `${subject} has an invalid value${where}: ${issue.message}.`
  }
}
