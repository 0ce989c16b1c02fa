import { formatNumber } from '../../../shared/i18n/plural'
/** Strings of the meeting-wide search and idea filter. */
export const searchStrings = {
  open: 'Search',
  openHint: 'Search ideas and actions (Ctrl+F or /)',
  dialogLabel: 'Search this meeting',
  queryLabel: 'Search ideas and actions',
  queryPlaceholder: 'Words to find',
  departmentFilter: 'Department',
  roundFilter: 'Round',
  themeFilter: 'Theme',
  any: 'Any',
  noTheme: 'No theme',
  close: 'Close (Esc)',
  ideasHeading: (shown: number, total: number) =>
    shown === total
      ? `Ideas (${formatNumber('en', total)})`
      : `Ideas (first ${formatNumber('en', shown)} of ${formatNumber('en', total)})`,
  actionsHeading: (shown: number, total: number) =>
    shown === total
      ? `Actions (${formatNumber('en', total)})`
      : `Actions (first ${formatNumber('en', shown)} of ${formatNumber('en', total)})`,
  nothing: 'Nothing matches.',
  typeToSearch: 'Type words to find, or pick a filter to list ideas.',
  ideaResult: (number: number, round: string, department: string) =>
    `#${number} · ${round} · ${department}`,
  actionResult: (owner: string, due: string) => `${owner} · due ${due}`,
  hint: '↑ / ↓ choose a result, Enter jumps to it. During the rounds an idea is picked to build on without leaving the round.'
}
