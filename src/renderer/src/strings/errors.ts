import type { ErrorReason, Notice, OverLimit } from '../../../shared/errors/reasons'
import { readOnlySentence, wordErrorEn, wordNoticeEn } from '../../../shared/i18n/en/errors'

/**
 * How the facilitator reads a refusal: main and shared send a reason (a key and its values), the
 * language's catalogue (src/shared/i18n/<language>/) words it. One place per language.
 */
export const errorStrings = {
  /** Any refusal from main or shared, in words. */
  reason: (reason: ErrorReason): string => wordErrorEn(reason),
  /** What opening or importing repaired, left out or made read-only: its reasons, one after another. */
  notice: (notice: Notice): string => wordNoticeEn(notice),
  /** Why the open meeting is read-only (the banner after "Read-only."). */
  readOnly: (overLimits: OverLimit[]): string => readOnlySentence(overLimits),
  unreachable: wordErrorEn({ key: 'storageUnreachable' }),
  dismiss: 'Dismiss'
}
