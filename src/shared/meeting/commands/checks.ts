import { isValid, parseISO } from 'date-fns'
import type { Field, Thing } from '../../errors/subjects'
import { wordErrorEn } from '../../i18n/en/errors'
import type { AppError, ErrorReason } from '../../result'
import type { Meeting } from '../schema'

/** Thrown inside a handler to refuse a command; apply() turns it into a Result. */
export class CommandRefused extends Error {
  constructor(readonly error: AppError) {
    super(wordErrorEn(error.reason))
  }
}

export function refuse(code: AppError['code'], reason: ErrorReason): never {
  throw new CommandRefused({ code, reason })
}

/** Trims text and refuses it when empty (if required) or longer than `max`. */
export function checkText(value: string, field: Field, max: number, required = true): string {
  const trimmed = value.trim()
  if (required && trimmed.length === 0) refuse('empty_text', { key: 'emptyText', field })
  if (trimmed.length > max) refuse('too_long', { key: 'tooLong', field, length: trimmed.length, max })
  return trimmed
}

/** A real calendar date `YYYY-MM-DD`; empty is allowed when `optional`. */
export function checkDate(value: string, field: Field, optional = false): string {
  const trimmed = value.trim()
  if (optional && trimmed === '') return ''
  if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed) || !isValid(parseISO(trimmed))) {
    refuse('invalid_input', { key: 'notADate', field })
  }
  return trimmed
}

export function checkInt(value: number, field: Field, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    refuse('invalid_input', { key: 'notAWholeNumber', field, min, max })
  }
  return value
}

export function checkCount(current: number, max: number, thing: Thing): void {
  if (current >= max) refuse('too_many', { key: 'meetingFull', thing, count: current, max })
}

export function findOrRefuse<T extends { id: string }>(
  items: readonly T[],
  id: string,
  thing: Thing
): T {
  const found = items.find((item) => item.id === id)
  if (!found) refuse('unknown_id', { key: 'noLongerExists', thing })
  return found
}

export function checkDepartment(meeting: Meeting, departmentId: string): void {
  if (!meeting.departments.some((d) => d.id === departmentId)) {
    refuse('unknown_department', { key: 'unknownDepartment' })
  }
}

/** Replaces the item with the same id. */
export function replaceById<T extends { id: string }>(items: readonly T[], next: T): T[] {
  return items.map((item) => (item.id === next.id ? next : item))
}
