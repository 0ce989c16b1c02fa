import type { ErrorReason, Notice, OverLimit } from '../../../../shared/errors/reasons'
import { readOnlySentence, wordErrorPt, wordNoticePt } from '../../../../shared/i18n/pt-PT/errors'
import type { errorStrings as english } from '../errors'

/** How the facilitator reads a refusal, in European Portuguese (see ../errors.ts). */
export const errorStrings: typeof english = {
  reason: (reason: ErrorReason): string => wordErrorPt(reason),
  notice: (notice: Notice): string => wordNoticePt(notice),
  readOnly: (overLimits: OverLimit[]): string => readOnlySentence(overLimits),
  unreachable: wordErrorPt({ key: 'storageUnreachable' }),
  dismiss: 'Fechar'
}
