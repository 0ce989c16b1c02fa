import type { OpenDialogOptions } from 'electron'
import type { Locale } from '../../shared/i18n/locale'
import { minutesWording } from '../../shared/minutes/minutesWording'

/**
 * The export folder dialog, worded in the meeting's language (the minutes wording's `exportDialog`),
 * opening on the folder chosen last time.
 */
export function exportFolderDialog(last: string | null, language: Locale): OpenDialogOptions {
  const words = minutesWording(language).exportDialog
  return {
    title: words.title,
    buttonLabel: words.button,
    properties: ['openDirectory', 'createDirectory'],
    ...(last ? { defaultPath: last } : {})
  }
}
