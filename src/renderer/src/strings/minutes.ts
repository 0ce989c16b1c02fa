import { formatNumber, plural } from '../../../shared/i18n/plural'
import type { ExportFormat } from '../../../shared/ipc/contract'

/** Strings of the Minutes stage: the export dialog. */
export const minutesStrings = {
  intro:
    'Export the action minutes. The meeting stays open and capture keeps working while it runs.',
  formatsLegend: 'Formats',
  formats: {
    pdf: 'PDF action minutes',
    md: 'Markdown (for email or a wiki)',
    csv: 'CSV of actions (for a spreadsheet)',
    ics: 'Calendar (.ics) with due dates and the next review'
  } satisfies Record<ExportFormat, string>,
  formatShort: { pdf: 'PDF', md: 'Markdown', csv: 'CSV', ics: 'Calendar' } satisfies Record<
    ExportFormat,
    string
  >,
  chooseFolder: 'Choose folder and export…',
  exportToLast: (folder: string) => `Export to ${folder}`,
  noFormat: 'Pick at least one format.',
  busy: 'Exporting the minutes…',
  cancelled: 'Export cancelled: no folder was chosen.',
  done: (count: number) =>
    plural('en', count, { one: 'Exported # file.', other: 'Exported # files.' }),
  resultsHeading: 'Exported files',
  open: 'Open',
  openLabel: (name: string) => `Open ${name}`,
  show: 'Show in folder',
  showLabel: (name: string) => `Show ${name} in its folder`,
  warningsHeading: 'Worth knowing',
  checking: 'Checking which characters the PDF can draw…',
  allDrawn: 'The PDF fonts draw every character of this meeting.',
  undrawableHeading: 'Characters the PDF cannot draw',
  undrawableIntro:
    'No font in the PDF has these characters: it will show � in their place. The Markdown, CSV and calendar files keep them as typed. Rewrite them here before exporting if the PDF must show them.',
  undrawableItem: (character: string, name: string, codePoints: string, field: string) =>
    `“${character}”, ${name} (${codePoints}), in ${field}`,
  undrawableTimes: (count: number) => (count > 1 ? ` — ${formatNumber('en', count)} times` : '')
}
