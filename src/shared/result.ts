/** Machine-readable reasons a request was refused. The message is always a human sentence. */
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

/** A refusal with a plain-language message meant for the facilitator. */
export interface AppError {
  code: ErrorCode
  message: string
}

/** Signal-style envelope: only plain data crosses IPC, so errors travel as values. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, message }
})

/** Thrown by services for a refusal the user should read; the IPC layer turns it into a Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
  }
}
