import type { Notice } from '../../errors/reasons'
import type { ErrorCatalogue } from '../catalogue'
import { errorWorder } from '../catalogue'
import { APP_ERRORS_EN } from './appErrors'
import { COMMAND_ERRORS_EN } from './commandErrors'
import { FILE_ERRORS_EN } from './fileErrors'
import { NOTICE_WORDINGS_EN } from './noticeWordings'
import { STORAGE_ERRORS_EN } from './storageErrors'

export { FORMAT_NAMES_EN } from './storageErrors'
export { readOnlySentence } from './numbers'

/** The English error catalogue: the renderer's strings module, the phone page, the CLI and logs use it. */
export const ERRORS_EN: ErrorCatalogue = {
  locale: 'en',
  reasons: {
    ...COMMAND_ERRORS_EN,
    ...FILE_ERRORS_EN,
    ...STORAGE_ERRORS_EN,
    ...APP_ERRORS_EN,
    ...NOTICE_WORDINGS_EN
  }
}

/** Any error reason as an English sentence. */
export const wordErrorEn = errorWorder(ERRORS_EN)

/** A notice (what opening or importing changed), its reasons worded one after another. */
export const wordNoticeEn = (notice: Notice): string => notice.map(wordErrorEn).join(' ')
