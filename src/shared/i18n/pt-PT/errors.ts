import type { Notice } from '../../errors/reasons'
import type { ErrorCatalogue } from '../catalogue'
import { errorWorder } from '../catalogue'
import { APP_ERRORS_PT } from './appErrors'
import { COMMAND_ERRORS_PT } from './commandErrors'
import { FILE_ERRORS_PT } from './fileErrors'
import { NOTICE_WORDINGS_PT } from './noticeWordings'
import { STORAGE_ERRORS_PT } from './storageErrors'

export { FORMAT_NAMES_PT } from './storageErrors'
export { readOnlySentence } from './numbers'

/** The European Portuguese error catalogue: mirrors ../en/errors.ts reason for reason. */
export const ERRORS_PT: ErrorCatalogue = {
  locale: 'pt-PT',
  reasons: {
    ...COMMAND_ERRORS_PT,
    ...FILE_ERRORS_PT,
    ...STORAGE_ERRORS_PT,
    ...APP_ERRORS_PT,
    ...NOTICE_WORDINGS_PT
  }
}

/** Any error reason as a European Portuguese sentence. */
export const wordErrorPt = errorWorder(ERRORS_PT)

/** A notice (what opening or importing changed), its reasons worded one after another. */
export const wordNoticePt = (notice: Notice): string => notice.map(wordErrorPt).join(' ')
