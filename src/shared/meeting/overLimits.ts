import type { z } from 'zod'
import type { OverLimit } from '../errors/reasons'

/*
 * A file over one of the limits (20,001 ideas, an idea of 2,001 characters) is not damaged: another
 * program or an older build wrote more than this version allows. Refusing it would lock the user
 * out of everything in it, so it is read with the limits lifted and opened read-only, with a sentence
 * naming each count and its limit. Everything else in the schema still applies.
 */

interface Def {
  type: string
  checks?: Array<{ _zod: { def: { check: string; maximum?: number } } }>
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  options?: z.ZodType[]
}

const defOf = (schema: z.ZodType): Def => schema._zod.def
const isMaxLength = (check: NonNullable<Def['checks']>[number]): boolean =>
  check._zod.def.check === 'max_length'

/** The same schema with every maximum length of a text or a list lifted (nothing else changes). */
export function withoutMaxima<T extends z.ZodType>(schema: T): T {
  const def = defOf(schema)
  const checks = def.checks?.filter((check) => !isMaxLength(check))
  const clone = (changes: Partial<Def>): T =>
    schema.clone({ ...(schema._zod.def as object), ...changes } as T['_zod']['def'])
  switch (def.type) {
    case 'object':
      return clone({
        shape: Object.fromEntries(
          Object.entries(def.shape ?? {}).map(([key, value]) => [key, withoutMaxima(value)])
        ),
        checks
      })
    case 'array':
      return clone({ element: withoutMaxima(def.element as z.ZodType), checks })
    case 'nullable':
    case 'optional':
      return clone({ innerType: withoutMaxima(def.innerType as z.ZodType) })
    case 'union':
      return clone({ options: (def.options ?? []).map((option) => withoutMaxima(option)) })
    default:
      return checks?.length === def.checks?.length ? schema : clone({ checks })
  }
}

const maximumOf = (def: Def): number | null => {
  const check = def.checks?.find(isMaxLength)
  return check?._zod.def.maximum ?? null
}

/**
 * Every text and list in `value` (already valid against `withoutMaxima(schema)`) that is longer than
 * `schema` allows, with its path, count and limit (worded by the catalogue: "20,001 ideas, the limit
 * is 20,000"). In document order; empty when the value is within limits.
 */
export function overLimits(schema: z.ZodType, value: unknown, path: string[] = []): OverLimit[] {
  const def = defOf(schema)
  const max = maximumOf(def)
  switch (def.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null) return []
      const record = value as Record<string, unknown>
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) =>
        overLimits(field, record[key], [...path, key])
      )
    }
    case 'array': {
      if (!Array.isArray(value)) return []
      const own =
        max !== null && value.length > max
          ? [{ kind: 'list' as const, path, count: value.length, limit: max }]
          : []
      const element = def.element as z.ZodType
      return [
        ...own,
        ...value.flatMap((item, i) => overLimits(element, item, [...path, String(i)]))
      ]
    }
    case 'nullable':
    case 'optional':
      return value === null || value === undefined
        ? []
        : overLimits(def.innerType as z.ZodType, value, path)
    case 'union':
      // The first option the value fits (a union of a text and a literal, in this schema).
      return (
        (def.options ?? [])
          .map((option) => overLimits(option, value, path))
          .find((found) => found.length > 0) ?? []
      )
    case 'string':
      return typeof value === 'string' && max !== null && value.length > max
        ? [{ kind: 'text' as const, path, count: value.length, limit: max }]
        : []
    default:
      return []
  }
}
