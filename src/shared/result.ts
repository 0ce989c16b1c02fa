import type { ErrorReason } from './errors/reasons'
import { wordErrorEn } from './i18n/en/errors'

export type { ErrorReason } from './errors/reasons'

/** Machine-readable classes of refusal, for code that handles them; `reason` says exactly why. */
export type ErrorCode =
  | 'invalid_input'
  | 'empty_text'
  | 'too_long'
  | 'too_many'
  | 'unknown_id'
  | 'unknown_department'
  | 'in_use'
  | 'duplicate'
  | 'nothing_to_undo'
  | 'nothing_to_redo'
  | 'not_found'
  | 'damaged_file'
  | 'read_only'
  | 'io_error'
  | 'forbidden'
  | 'unknown_method'
  | 'internal'

/**
 * A refusal: a code for machine handling and a reason with its parameters, never a worded sentence.
 * The renderer words it through its strings module (strings.errors.reason), the CLI and logs through
 * the English catalogue (src/shared/i18n/en/errors.ts).
 */
export interface AppError {
  code: ErrorCode
  reason: ErrorReason
}

/** Signal-style envelope: only plain data crosses IPC, so errors travel as values. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, reason: ErrorReason): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, reason }
})

/**
 * Thrown by services for a refusal the user should read; the IPC layer turns it into a Result.
 * Its `message` is the English wording, for logs, stack traces and the CLI only: what the
 * facilitator reads is `reason`, worded by the renderer's strings module in the meeting's language.
 */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: ErrorReason
  ) {
    super(wordErrorEn(reason))
  }

  /** The same refusal as a plain value (for a Result). */
  get error(): AppError {
    return { code: this.code, reason: this.reason }
  }
}
