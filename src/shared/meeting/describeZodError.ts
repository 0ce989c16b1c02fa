import type { z } from 'zod'
import type { ErrorReason, SchemaProblem } from '../errors/reasons'
import type { SchemaSubject } from '../errors/subjects'

/** What the first issue of a schema failure is, as data (never a stack or a JSON dump). */
function problemOf(issue: z.core.$ZodIssue): SchemaProblem {
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'wrongType' }
    case 'too_big': {
      const limit = Number(issue.maximum)
      // The input is there when the caller parsed with reportInput: then the count is named too.
      const count =
        Array.isArray(issue.input) || typeof issue.input === 'string' ? issue.input.length : null
      if (issue.origin === 'array' && Number.isFinite(limit))
        return { kind: 'tooManyItems', count, limit }
      if (issue.origin === 'string' && Number.isFinite(limit))
        return { kind: 'textTooLong', count, limit }
      if (issue.origin === 'number' && typeof issue.input === 'number' && Number.isFinite(limit))
        return { kind: 'valueTooLarge', value: issue.input, limit }
      return { kind: 'tooLarge' }
    }
    case 'too_small':
      return { kind: 'tooSmall' }
    case 'unrecognized_keys':
      return { kind: 'unknownFields' }
    case 'invalid_union':
      return { kind: 'unknownChange' }
    default:
      return { kind: 'invalid', detail: issue.message }
  }
}

/** Turns a schema failure into a reason naming what was read, where, and what is wrong. */
export function describeZodError(error: z.ZodError, subject: SchemaSubject): ErrorReason {
  const issue = error.issues[0]
  if (!issue) return { key: 'schema', subject, path: null, problem: { kind: 'notUnderstood' } }
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : null
  return { key: 'schema', subject, path, problem: problemOf(issue) }
}
