import { isValid, parseISO } from 'date-fns'
import type { AppError } from '../../result'
import { countAndLimit } from '../limits'
import type { Meeting } from '../schema'

/** Thrown inside a handler to refuse a command; apply() turns it into a Result. */
export class CommandRefused extends Error {
  constructor(readonly error: AppError) {
    super(error.message)
  }
}

export function refuse(code: AppError['code'], message: string): never {
  throw new CommandRefused({ code, message })
}

/** Trims text and refuses it when empty (if required) or longer than `max`. */
export function checkText(value: string, label: string, max: number, required = true): string {
  const trimmed = value.trim()
  if (required && trimmed.length === 0) refuse('empty_text', `${label} cannot be empty.`)
  if (trimmed.length > max) {
    refuse('too_long', `${label} is too long: ${countAndLimit(trimmed.length, max, 'characters')}.`)
  }
  return trimmed
}

/** A real calendar date `YYYY-MM-DD`; empty is allowed when `optional`. */
export function checkDate(value: string, label: string, optional = false): string {
  const trimmed = value.trim()
  if (optional && trimmed === '') return ''
  if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed) || !isValid(parseISO(trimmed))) {
    refuse('invalid_input', `${label} must be a date like 2026-12-01.`)
  }
  return trimmed
}

export function checkInt(value: number, label: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    refuse('invalid_input', `${label} must be a whole number from ${min} to ${max}.`)
  }
  return value
}

export function checkCount(current: number, max: number, what: string): void {
  if (current >= max)
    refuse('too_many', `This meeting already has ${countAndLimit(current, max, what)}.`)
}

export function findOrRefuse<T extends { id: string }>(
  items: readonly T[],
  id: string,
  what: string
): T {
  const found = items.find((item) => item.id === id)
  if (!found) refuse('unknown_id', `That ${what} no longer exists. It may have been deleted.`)
  return found
}

export function checkDepartment(meeting: Meeting, departmentId: string): void {
  if (!meeting.departments.some((d) => d.id === departmentId)) {
    refuse('unknown_department', 'Pick one of the meeting’s departments.')
  }
}

/** Replaces the item with the same id. */
export function replaceById<T extends { id: string }>(items: readonly T[], next: T): T[] {
  return items.map((item) => (item.id === next.id ? next : item))
}
