import type { ErrorReason, OverLimit } from '../../../../shared/errors/reasons'
import { readOnlySentence, wordErrorPt } from '../../../../shared/i18n/pt-PT/errors'
import type { errorStrings as english } from '../errors'

/** How the facilitator reads a refusal, in European Portuguese (see ../errors.ts). */
export const errorStrings: typeof english = {
  reason: (reason: ErrorReason): string => wordErrorPt(reason),
  readOnly: (overLimits: OverLimit[]): string => readOnlySentence(overLimits),
  unreachable: wordErrorPt({ key: 'storageUnreachable' }),
  dismiss: 'Fechar'
}
